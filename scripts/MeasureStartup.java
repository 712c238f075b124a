import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time and memory of the packaged bot: launches {@code java -jar JAR} in a fresh directory (console mode,
 * embedded store), sends {@code /help} and waits, blocked on the bot's output (so the measuring costs no CPU the bot
 * could use), for the first line of the reply. Prints a Markdown row per run: the time from launch to that line and
 * the bot's resident memory at that moment. Run with {@code java scripts/MeasureStartup.java JAR RUNS [JVM flags]}.
 */
public final class MeasureStartup {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        List<String> flags = List.of(args).subList(2, args.length);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("| run | JDK | ready (ms) | RSS after ready (MB) |");
        System.out.println("|---|---|---|---|");
        for (int run = 1; run <= runs; run++) {
            Path work = Files.createTempDirectory("regiotafel-startup");
            List<String> command = new ArrayList<>();
            command.add(javaBin);
            command.addAll(flags);
            command.add("-jar");
            command.add(jar.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectError(work.resolve("err").toFile());
            long start = System.nanoTime();
            Process bot = builder.start();
            try (Writer in = new OutputStreamWriter(bot.getOutputStream(), StandardCharsets.UTF_8);
                    BufferedReader out = new BufferedReader(
                            new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8))) {
                in.write("/help\n");
                in.flush();
                String line;
                while ((line = out.readLine()) != null && !line.contains("Regiotafel")) {
                    // the welcome tip or the help itself names Regiotafel
                }
                long ready = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                long rss = rssMegabytes(bot.pid());
                System.out.printf("| %d | %s | %d | %d |%n", run, System.getProperty("java.version"), ready, rss);
            }
            bot.waitFor(60, TimeUnit.SECONDS);
            bot.destroyForcibly();
            delete(work);
        }
    }

    private static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static void delete(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
