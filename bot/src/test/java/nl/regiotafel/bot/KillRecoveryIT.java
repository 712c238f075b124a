package nl.regiotafel.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, killed with SIGKILL right after it acknowledged a write, still has the write after a restart:
 * the embedded store commits before the reply is printed.
 */
final class KillRecoveryIT {

    private static final Path JAR = Path.of("target/regiotafel.jar");

    @TempDir
    Path work;

    private Process start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        List.of(java, "-jar", JAR.toAbsolutePath().toString(), "--lang=en", "--server.port=0"))
                .directory(work.toFile())
                .redirectError(work.resolve("stderr.log").toFile())
                .start();
    }

    @Test
    void keepsAnAcknowledgedProjectAfterKillMinusNine() throws Exception {
        assertThat(JAR).exists();

        // GIVEN a running bot that acknowledged /project add
        Process first = start();
        var out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        Writer in = new OutputStreamWriter(first.getOutputStream(), StandardCharsets.UTF_8);
        in.write("/help\n");
        in.flush();
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.startsWith("Regiotafel"));
        // Idle past the store's one-second background commit, so only our own commit can save the next write
        Thread.sleep(2500);
        in.write("/project add code:zomerzorg name:ZomerZorg region:Zeeland theme:Instroom\n");
        in.flush();
        do {
            line = out.readLine();
        } while (line != null && !line.startsWith("Project zomerzorg added"));
        assertThat(line)
                .as("acknowledgement; stderr: " + Files.readString(work.resolve("stderr.log")))
                .isNotNull();

        // WHEN it is killed at once, without any chance to flush
        first.toHandle().destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(137);

        // THEN a restarted bot lists the project
        Process second = start();
        try (Writer script = new OutputStreamWriter(second.getOutputStream(), StandardCharsets.UTF_8)) {
            script.write("/project list\n");
        }
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(output).contains("zomerzorg — ZomerZorg · Zeeland");
    }
}
