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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged bots on one store (issue 13): the first runs the embedded store, the second is connected to its port
 * through {@code SPRING_DATA_MONGODB_URI}, as a second instance would be. Each acknowledges writes; a write through
 * one is seen by the other's next command; then both are killed with {@code kill -9} at once, and the restarted first
 * bot has every write either acknowledged — the embedded store commits each write on its own side before answering,
 * whichever process sent it.
 */
final class TwoProcessesKillIT {

    private static final Path JAR = Path.of("target/regiotafel.jar");
    private static final Pattern STORE = Pattern.compile("on (mongodb://127\\.0\\.0\\.1:\\d+/\\w+)");
    private static final Duration WAIT = Duration.ofSeconds(240);

    @TempDir
    Path work;

    /** A console bot: lines typed in, replies read on their own thread. */
    private static final class Bot {
        final Process process;
        final Path log;
        final Writer in;
        final List<String> lines = new ArrayList<>();

        Bot(Process process, Path log) {
            this.process = process;
            this.log = log;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                            lines.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // The process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void type(String line) throws IOException {
            in.write(line + "\n");
            in.flush();
        }

        /** Waits for a reply line containing {@code text} after line {@code from}; returns the line's index. */
        int await(int from, String text) throws Exception {
            long end = System.nanoTime() + WAIT.toNanos();
            synchronized (lines) {
                while (true) {
                    for (int i = from; i < lines.size(); i++) {
                        if (lines.get(i).contains(text)) {
                            return i;
                        }
                    }
                    long left = end - System.nanoTime();
                    if (left <= 0 || !process.isAlive()) {
                        throw new AssertionError("No \"" + text + "\" in the replies " + lines + " (process alive: "
                                + process.isAlive() + "); log: " + (Files.exists(log) ? Files.readString(log) : ""));
                    }
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            }
        }

        int seen() {
            synchronized (lines) {
                return lines.size();
            }
        }

        /** Types a command and waits for the reply that contains {@code text}. */
        void run(String command, String text) throws Exception {
            int from = seen();
            type(command);
            await(from, text);
        }

        void kill() throws InterruptedException {
            process.toHandle().destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(137);
        }
    }

    private Process start(String name, Map<String, String> environment) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        List.of(java, "-jar", JAR.toAbsolutePath().toString(), "--lang=en", "--server.port=0"))
                .directory(dir.toFile())
                .redirectError(work.resolve(name + ".log").toFile());
        builder.environment().remove("SPRING_DATA_MONGODB_URI");
        builder.environment().remove("SPRING_MONGODB_URI");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private String storeAddress() throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            Path log = work.resolve("first.log");
            if (Files.exists(log)) {
                Matcher found = STORE.matcher(Files.readString(log));
                if (found.find()) {
                    return found.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The first bot did not say where its store listens");
    }

    @Test
    void writesAcknowledgedByEitherProcessSurviveKillMinusNineOfBoth() throws Exception {
        assertThat(JAR).exists();

        // GIVEN the first bot with the embedded store, and a second bot connected to that store's port
        Bot first = new Bot(start("first", Map.of()), work.resolve("first.log"));
        Bot second = null;
        try {
            first.run("/help", "Regiotafel");
            String uri = storeAddress();
            second = new Bot(start("second", Map.of("SPRING_DATA_MONGODB_URI", uri)), work.resolve("second.log"));
            second.run("/help", "Regiotafel");
            assertThat(Files.readString(work.resolve("second.log"))).doesNotContain("No SPRING_DATA_MONGODB_URI set");

            // Both write; each sees the other's write in its next command
            first.run("/project add code:eerste name:Eerste region:Zeeland theme:Instroom", "Project eerste added");
            second.run("/project add code:tweede name:Tweede region:Zeeland theme:Instroom", "Project tweede added");
            second.run("/project list", "eerste — Eerste");
            first.run("/project list", "tweede — Tweede");

            // Idle past the store's one-second background commit, so only the commit of each write can save it
            Thread.sleep(2500);
            second.run(
                    "/update project:eerste results:Geschreven-door-de-tweede",
                    "The progress of Eerste has been recorded");
            second.run("/project edit project:tweede name:Tweede-hernoemd", "Project tweede changed");
            first.run(
                    "/milestone add project:tweede title:Mijlpaal-van-de-eerste due:1-10-2030",
                    "Milestone tweede #1 added");

            // WHEN both are killed at once, without any chance to flush
            second.process.toHandle().destroyForcibly();
            first.process.toHandle().destroyForcibly();
            second.kill();
            first.kill();
        } finally {
            first.process.destroyForcibly();
            if (second != null) {
                second.process.destroyForcibly();
            }
        }

        // THEN the first bot, restarted on its store, has every acknowledged write of both
        Process again = start("first", Map.of());
        try (Writer script = new OutputStreamWriter(again.getOutputStream(), StandardCharsets.UTF_8)) {
            script.write("/project list\n\n/history project:eerste\n\n/milestone list project:tweede\n");
        }
        String output = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(output)
                .as("restarted; log: " + Files.readString(work.resolve("first.log")))
                .contains("eerste — Eerste")
                .contains("tweede — Tweede-hernoemd")
                .contains("Geschreven-door-de-tweede")
                .contains("Mijlpaal-van-de-eerste");
    }
}
