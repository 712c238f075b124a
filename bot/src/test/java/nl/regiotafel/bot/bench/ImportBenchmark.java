package nl.regiotafel.bot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.Region;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures {@code /import} of large files on the embedded store: the preview (read and check everything), the
 * confirmed import (check again, journal, write), and importing the same file again (all unchanged). Each round uses a
 * fresh network in one fresh data directory; the first round is a cold JVM, as a user's first import is.
 *
 * <p>Run: {@code scripts/benchmark-import.sh [rows] [rounds]} — see docs/benchmarks.md. {@code
 * -Dbench.drop=projects.id_version,milestones.id_version} drops those indexes first, to measure what maintaining them
 * costs an import.
 */
public final class ImportBenchmark {

    private static final Invoker ADMIN = new Invoker("bench", "Benchmark", Set.of(Role.ADMIN, Role.MEMBER));

    private ImportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dataDir = Files.createTempDirectory("regiotafel-bench");
        PrintStream out = System.out;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegiotafelApplication.class)
                .properties(
                        "regiotafel.console.enabled=false",
                        "regiotafel.storage.data-dir=" + dataDir,
                        "discord.token=",
                        "logging.level.root=WARN")
                .logStartupInfo(false)
                .run()) {
            CommandRegistry registry = context.getBean(CommandRegistry.class);
            String drop = System.getProperty("bench.drop", "");
            for (String index : drop.split(",")) {
                if (!index.isBlank()) {
                    String[] parts = index.split("\\.");
                    context.getBean(org.springframework.data.mongodb.core.MongoTemplate.class)
                            .indexOps(parts[0])
                            .dropIndex(parts[1]);
                }
            }
            out.printf("| file | rows | round | preview (ms) | import (ms) | import, CPU of the process (ms) |"
                    + " same file again (ms) | load average |%n");
            out.printf("|---|---|---|---|---|---|---|---|%n");
            for (String kind : List.of("projects", "mixed")) {
                byte[] csv = kind.equals("projects") ? projectsOnly(rows) : mixed(rows);
                for (int round = 1; round <= rounds; round++) {
                    // The views the previous round's import made the bot render ahead are done first: each round
                    // measures one import, not one import racing the previous network's summary for the CPU
                    awaitBackground(context);
                    String network = "bench-" + UUID.randomUUID();
                    long preview = time(() -> expect(run(registry, network, csv, false), Tone.NEUTRAL));
                    long cpuBefore = cpu();
                    long imported = time(() -> expect(run(registry, network, csv, true), Tone.SUCCESS));
                    long importCpu = (cpu() - cpuBefore) / 1_000_000;
                    long again = time(() -> expect(run(registry, network, csv, true), Tone.NEUTRAL));
                    out.printf(
                            "| %s | %d | %d | %d | %d | %d | %d | %.1f |%n",
                            kind.equals("projects") ? "projects only" : "projects + milestones",
                            rows,
                            round,
                            preview,
                            imported,
                            importCpu,
                            again,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                }
            }
        }
    }

    /** Waits until the bot's background thread has run what was waiting (work runs in the order it is due). */
    static void awaitBackground(ConfigurableApplicationContext context) {
        java.util.concurrent.CountDownLatch idle = new java.util.concurrent.CountDownLatch(1);
        context.getBean(nl.regiotafel.commands.summary.Background.class)
                .submit("bench-idle-" + UUID.randomUUID(), idle::countDown);
        try {
            if (!idle.await(2, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("The background work did not end within two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static CommandResponse run(CommandRegistry registry, String network, byte[] csv, boolean confirm) {
        AttachmentInput file = AttachmentInput.of("projecten.csv", csv);
        return registry.dispatch(new CommandRequest(
                network,
                "bench",
                ADMIN,
                Messages.DUTCH,
                "import",
                null,
                confirm ? java.util.Map.of("file", file, "confirm", true) : java.util.Map.of("file", file),
                UUID.randomUUID().toString()));
    }

    private static CommandResponse expect(CommandResponse response, Tone tone) {
        if (response.tone() != tone) {
            throw new IllegalStateException(
                    "Unexpected reply: " + response.pages().get(0));
        }
        return response;
    }

    /**
     * CPU time of the whole process (the embedded store's threads do the writes), in nanoseconds: on a shared machine
     * this says what the import costs when the wall clock also counts other people's work.
     */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static final String HEADER =
            "code;projectnaam;regio;thema;fase;status;projectleider;doel;organisaties;mijlpaal;datum\r\n";
    private static final String[] PHASES = {"Plan van aanpak", "uitvoering", "Realisatie", "borging"};
    private static final String[] STATUSES = {"lopend", "Nog niet gestart", "afgerond-succesvol"};
    private static final String[] DUES = {"Q4 2021", "1-10-21", "zomer 2022", "eind 2022", "H1 2023"};

    /** {@code rows} project rows. */
    static byte[] projectsOnly(int rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
        for (int i = 0; i < rows; i++) {
            project(csv, i);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code rows} rows: two fifths projects, the rest their milestones (one or two each). */
    static byte[] mixed(int rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
        int projects = rows * 2 / 5;
        int milestones = rows - projects;
        for (int i = 0; i < projects; i++) {
            project(csv, i);
            int own = milestones / projects + (i < milestones % projects ? 1 : 0);
            for (int j = 0; j < own; j++) {
                csv.append(code(i))
                        .append(";;;;;;;;;Mijlpaal ")
                        .append(j + 1)
                        .append(';')
                        .append(DUES[(i + j) % DUES.length])
                        .append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void project(StringBuilder csv, int i) {
        List<Region> regions = NetworkDefaults.REGIONS;
        List<String> themes = new ArrayList<>(NetworkDefaults.PILLARS);
        csv.append(code(i))
                .append(";Project ")
                .append(i)
                .append(" voor de regionale arbeidsmarkt;")
                .append(regions.get(i % regions.size()).name())
                .append(';')
                .append(themes.get(i % themes.size()))
                .append(';')
                .append(PHASES[i % PHASES.length])
                .append(';')
                .append(STATUSES[i % STATUSES.length])
                .append(";<@")
                .append(100000000000000000L + i)
                .append(">;\"Meer medewerkers behouden door samen op te leiden; ")
                .append("werkdruk verlagen en de instroom vergroten in de regio\";")
                .append("\"SVRZ, Zorgstroom, Allévo\";;\r\n");
    }

    private static String code(int i) {
        return String.format("p-%05d", i);
    }
}
