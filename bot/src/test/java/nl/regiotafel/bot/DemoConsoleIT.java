package nl.regiotafel.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar started with {@code --demo} has the demo network before it reads the first command. */
final class DemoConsoleIT {

    private static final Path JAR = Path.of("target/regiotafel.jar");

    @TempDir
    Path work;

    @Test
    void startsWithTheDemoNetworkAndSummarisesIt() throws Exception {
        assertThat(JAR).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process bot = new ProcessBuilder(List.of(
                        java,
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--demo",
                        "--now=2021-09-20T10:00:00+02:00",
                        "--lang=en",
                        // the meeting view on a free port: builds share the machine
                        "--server.port=0"))
                .directory(work.toFile())
                .redirectError(work.resolve("stderr.log").toFile())
                .start();
        try (Writer script = new OutputStreamWriter(bot.getOutputStream(), StandardCharsets.UTF_8)) {
            script.write("/summary region:Zeeland\n/report format:md\n");
        }
        String output = new String(bot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bot.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(bot.exitValue())
                .as(Files.readString(work.resolve("stderr.log")))
                .isZero();
        assertThat(output)
                .contains("Regional summary — Zeeland · 2021-Q3")
                .contains("Projects: 13 (previous round: 13)")
                .contains("The report is attached as progress-report-network-2021-Q3.md (25 projects).");
        assertThat(work.resolve("exports/summary-zeeland-2021-Q3.png")).exists();
        assertThat(Files.readString(work.resolve("exports/progress-report-network-2021-Q3.md")))
                .contains("#### Pilot Smart Glasses (tizv-glasses)");
        assertThat(Files.readString(work.resolve("stderr.log")))
                .contains("Demo network in console: added 25 projects, 33 milestones (9 reached) and 67 updates");
    }
}
