package nl.regiotafel.bot.bench;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.round.Rounds;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryScope;
import nl.regiotafel.commands.summary.SummaryStore;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Measures {@code /summary} and {@code /report} on the embedded store for networks of 30, 300 and 3,000 projects, each
 * with 10 updates, 5 milestones and 10 audit entries per project, inserted in bulk. Reports the median and p99
 * latency and the database commands per request, counted by a MongoDB driver {@link CommandListener}.
 *
 * <p>Not a test: run it by hand (see {@code docs/benchmarks.md}).
 *
 * <pre>
 * ./mvnw -q -o -pl bot -am -Pbench process-test-classes
 * ./mvnw -q -o -pl bot -am -Pbench process-test-classes -Dbench.sizes="30 300"
 * </pre>
 */
public final class SummaryBenchmark {

    /** 20 September 2021, 10:00 in Amsterdam: Q3 2021 is running. */
    static final Instant NOW = Instant.parse("2021-09-20T08:00:00Z");

    /** 12 October 2021: the Q3 round closed on the 10th. */
    static final Instant CLOSED = Instant.parse("2021-10-12T08:00:00Z");

    static final int UPDATES_PER_PROJECT = 10;
    static final int MILESTONES_PER_PROJECT = 5;
    static final int AUDIT_PER_PROJECT = 10;

    private static final ZoneId ZONE = NetworkDefaults.ZONE;
    private static final Invoker MANAGER = new Invoker("bench", "Bench", Set.of(Role.MANAGER, Role.MEMBER));
    private static final List<String> PILLARS = NetworkDefaults.PILLARS;

    private SummaryBenchmark() {}

    /** Counts the commands the driver sends; set from the Spring context. */
    static final AtomicInteger COMMANDS = new AtomicInteger();

    @Configuration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        MongoClientSettingsBuilderCustomizer countCommands() {
            return builder -> builder.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    COMMANDS.incrementAndGet();
                }
            });
        }
    }

    /** One measured request: a command through the registry, or (command null) the store's aggregations alone. */
    /**
     * @param afterWrite each run first stores an /update (not timed)
     * @param pauseMs how long after that write the command is asked: the bot renders the open round's summary ahead
     *     in the background meanwhile (ViewsAhead); 0 asks at once, racing it
     */
    record Case(String label, String command, Map<String, Object> options, int runs, boolean afterWrite, long pauseMs) {

        Case(String label, String command, Map<String, Object> options, int runs) {
            this(label, command, options, runs, false, 0);
        }

        Case(String label, String command, Map<String, Object> options, int runs, boolean afterWrite) {
            this(label, command, options, runs, afterWrite, 0);
        }
    }

    /** The figures of one case. */
    record Result(
            int projects,
            String label,
            int runs,
            double medianMs,
            double p99Ms,
            int roundTrips,
            int bytes,
            double cpuMedianMs) {

        Result(int projects, String label, int runs, double medianMs, double p99Ms, int roundTrips, int bytes) {
            this(projects, label, runs, medianMs, p99Ms, roundTrips, bytes, Double.NaN);
        }
    }

    /** CPU time of the measuring thread: on a machine shared with other builds, what the request itself cost. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0
                ? new int[] {30, 300, 3000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dataDir = Path.of("target", "bench-data", UUID.randomUUID().toString());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        RegiotafelApplication.class, Counting.class)
                .properties(
                        "regiotafel.console.enabled=false",
                        // No reminders going out while it measures: they would share the CPU and the command count
                        "regiotafel.scheduler.enabled=false",
                        "discord.token=",
                        "regiotafel.storage.data-dir=" + dataDir,
                        "regiotafel.storage.timeout=60s",
                        "logging.level.root=WARN",
                        "logging.level.nl.regiotafel=WARN")
                .run();
        List<Result> results = new ArrayList<>();
        try {
            context.getBean(AdjustableClock.class).set(NOW);
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            CommandRegistry registry = context.getBean(CommandRegistry.class);
            SummaryStore store = context.getBean(SummaryStore.class);
            for (int size : sizes) {
                String network = "bench-" + size;
                long started = System.nanoTime();
                generate(mongo, network, size);
                System.err.printf(
                        Locale.ROOT, "Generated %d projects in %.1f s%n", size, (System.nanoTime() - started) / 1e9);
                // -Dbench.runs=N runs every case N times (a p99 of 30 runs is their slowest)
                int runs = Integer.getInteger("bench.runs", 0);
                int summaryRuns = runs > 0 ? runs : size >= 3000 ? 20 : 30;
                int heavyRuns = runs > 0 ? runs : size >= 3000 ? 5 : size >= 300 ? 10 : 20;
                List<Case> cases = List.of(
                        new Case("SummaryStore.summarize (whole network)", null, Map.of(), summaryRuns),
                        new Case("/summary", "summary", Map.of(), summaryRuns),
                        // Each run after an /update (not timed): an open round's summary is computed again
                        new Case("/summary after an /update", "summary", Map.of(), summaryRuns, true),
                        new Case(
                                "/summary 1 s after an /update (rendered ahead)",
                                "summary",
                                Map.of(),
                                summaryRuns,
                                true,
                                1_000),
                        new Case("/summary region:Zeeland", "summary", Map.of("region", "Zeeland"), summaryRuns),
                        new Case("/report format:csv", "report", Map.of("format", "csv"), heavyRuns),
                        new Case("/report format:md", "report", Map.of("format", "md"), heavyRuns),
                        new Case("/report format:pdf", "report", Map.of("format", "pdf"), heavyRuns),
                        new Case(
                                "/report format:pdf after an /update",
                                "report",
                                Map.of("format", "pdf"),
                                heavyRuns,
                                true));
                // -Dbench.storeOnly=true measures the aggregations alone, for profiling them
                if (Boolean.getBoolean("bench.storeOnly")) {
                    cases = List.of(new Case(cases.get(0).label(), null, Map.of(), 5));
                } else {
                    // The first command on the network since start-up: the read model (if on) loads it now
                    Case first = new Case("first /summary (network not loaded yet)", "summary", Map.of(), 1);
                    int trips = COMMANDS.get();
                    long start = System.nanoTime();
                    int bytes = run(registry, store, network, first);
                    double ms = (System.nanoTime() - start) / 1e6;
                    results.add(new Result(size, first.label(), 1, ms, ms, COMMANDS.get() - trips, bytes));
                    System.err.println(results.get(results.size() - 1));
                }
                for (Case c : cases) {
                    results.add(measure(registry, store, network, size, c));
                }
                if (Boolean.getBoolean("bench.storeOnly")) {
                    continue;
                }
                // The same network after the Q3 deadline: close the round once, then read its snapshot
                AdjustableClock clock = context.getBean(AdjustableClock.class);
                clock.set(CLOSED);
                Rounds rounds = context.getBean(Rounds.class);
                var settings = context.getBean(nl.regiotafel.commands.network.NetworkStore.class)
                        .get(network);
                int before = COMMANDS.get();
                long closing = System.nanoTime();
                List<String> closed = rounds.closeDue(network, settings, 1);
                double closeMs = (System.nanoTime() - closing) / 1e6;
                results.add(new Result(
                        size, "closing the round " + closed, 1, closeMs, closeMs, COMMANDS.get() - before, 0));
                System.err.println(results.get(results.size() - 1));
                Map<String, Object> q3 = Map.of("period", "Q3 2021");
                for (Case c : List.of(
                        new Case("/summary period:Q3 (closed)", "summary", q3, summaryRuns),
                        new Case(
                                "/report format:csv period:Q3 (closed)",
                                "report",
                                Map.of("period", "Q3 2021", "format", "csv"),
                                heavyRuns),
                        new Case(
                                "/report format:md period:Q3 (closed)",
                                "report",
                                Map.of("period", "Q3 2021", "format", "md"),
                                heavyRuns),
                        new Case(
                                "/report format:pdf period:Q3 (closed)",
                                "report",
                                Map.of("period", "Q3 2021", "format", "pdf"),
                                heavyRuns))) {
                    results.add(measure(registry, store, network, size, c));
                }
                clock.set(NOW);
                var cache = context.getBean(nl.regiotafel.commands.summary.RoundSummaries.class)
                        .cache();
                long[] hm = cache.hitsAndMisses();
                System.err.printf(
                        Locale.ROOT,
                        "View cache after %d projects: %d hits, %d misses, %d entries, %.1f MB%n",
                        size,
                        hm[0],
                        hm[1],
                        cache.size(),
                        cache.weight() / 1e6);
            }
        } finally {
            context.close();
        }
        String table = table(results);
        System.out.println(table);
        Path out = Path.of("target", "bench", "summary-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private static Result measure(CommandRegistry registry, SummaryStore store, String network, int size, Case c) {
        for (int i = 0; i < 3; i++) {
            if (c.afterWrite()) {
                write(registry, network, 1_000 + i);
            }
            run(registry, store, network, c);
        }
        double[] millis = new double[c.runs()];
        double[] cpu = new double[c.runs()];
        int trips = 0;
        int bytes = 0;
        for (int i = 0; i < c.runs(); i++) {
            if (c.afterWrite()) {
                write(registry, network, i);
                pause(c.pauseMs());
            }
            int before = COMMANDS.get();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            bytes = run(registry, store, network, c);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            trips = COMMANDS.get() - before;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        if (Boolean.getBoolean("bench.samples")) {
            System.err.println(c.label() + " (ms, sorted): " + Arrays.toString(millis));
        }
        Result result = new Result(
                size,
                c.label(),
                c.runs(),
                percentile(millis, 50),
                percentile(millis, 99),
                trips,
                bytes,
                percentile(cpu, 50));
        System.err.println(result);
        return result;
    }

    /** An /update of one project, so that the network's revision moves. */
    private static void pause(long ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void write(CommandRegistry registry, String network, int i) {
        CommandResponse response = registry.dispatch(new CommandRequest(
                network,
                "bench",
                MANAGER,
                Messages.DUTCH,
                "update",
                null,
                Map.of("project", String.format(Locale.ROOT, "p%05d", i % 20), "results", "Tussenstand " + i),
                UUID.randomUUID().toString()));
        if (response.tone() == Tone.ERROR) {
            throw new IllegalStateException(
                    "/update failed: " + response.pages().get(0).text());
        }
    }

    /** Runs a case once; returns the bytes of the files it made. */
    private static int run(CommandRegistry registry, SummaryStore store, String network, Case c) {
        if (c.command() == null) {
            store.summarize(SummaryQuery.of(
                    network,
                    SummaryScope.wholeNetwork(),
                    ReportingPeriod.quarterOf(LocalDate.ofInstant(NOW, ZONE)),
                    ReportingCalendar.DEFAULT,
                    ZONE,
                    NOW,
                    5_000));
            return 0;
        }
        CommandResponse response = registry.dispatch(new CommandRequest(
                network,
                "bench",
                MANAGER,
                Messages.DUTCH,
                c.command(),
                null,
                c.options(),
                UUID.randomUUID().toString()));
        if (response.tone() == Tone.ERROR) {
            throw new IllegalStateException(
                    c.label() + " failed: " + response.pages().get(0).text());
        }
        return response.attachments().stream().mapToInt(a -> a.size()).sum();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String table(List<Result> results) {
        StringBuilder md = new StringBuilder();
        md.append(
                "| projects | request | runs | median (ms) | p99 (ms) | CPU median (ms) | database round trips | files (KiB) |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %,d | `%s` | %d | %.1f | %.1f | %.1f | %d | %.0f |%n",
                    r.projects(),
                    r.label(),
                    r.runs(),
                    r.medianMs(),
                    r.p99Ms(),
                    r.cpuMedianMs(),
                    r.roundTrips(),
                    r.bytes() / 1024.0));
        }
        return md.toString();
    }

    // ------------------------------------------------------------------ data, in the stored shape, inserted in bulk

    static void generate(MongoTemplate mongo, String network, int size) {
        List<Document> projects = new ArrayList<>();
        List<Document> updates = new ArrayList<>();
        List<Document> milestones = new ArrayList<>();
        List<Document> audit = new ArrayList<>();
        List<String> regions =
                NetworkDefaults.REGIONS.stream().map(r -> r.name()).toList();
        ReportingPeriod period = new ReportingPeriod(ReportingPeriod.Kind.QUARTER, 2019, 2);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int i = 0; i < UPDATES_PER_PROJECT; i++) {
            periods.add(period);
            period = period.next();
        }
        for (int i = 0; i < size; i++) {
            String code = String.format(Locale.ROOT, "p%05d", i);
            String pillar = PILLARS.get(i % PILLARS.size());
            Instant created = periods.get(0).startInstant(ZONE).plusSeconds(3600L * (i % 500));
            ProjectStatus status = i % 10 == 0
                    ? ProjectStatus.AFGEROND_SUCCESVOL
                    : i % 17 == 0 ? ProjectStatus.NOG_NIET_GESTART : ProjectStatus.LOPEND;
            Phase phase = Phase.values()[i % Phase.values().length];
            projects.add(new Document("_id", network + "/" + code)
                    .append("networkId", network)
                    .append("code", code)
                    .append("name", "Project " + i + " in de regio")
                    .append("region", regions.get(i % regions.size()))
                    .append("theme", pillar)
                    .append("pillar", pillar)
                    .append("goal", "Doel van project " + i + ": meer instroom en behoud van zorgmedewerkers.")
                    .append("phase", phase.slug())
                    .append("status", status.slug())
                    .append(
                            "health",
                            List.of("op-schema", "aandacht", "vertraagd").get(i % 3))
                    .append("leaders", List.of("leader-" + (i % 200)))
                    .append("portfolioHolders", List.of("Bestuurder " + (i % 40)))
                    .append("organisations", List.of("Organisatie " + (i % 300), "Organisatie " + ((i + 7) % 300)))
                    .append(
                            "kpis",
                            List.of(new Document("label", "Deelnemers")
                                    .append("unit", "personen")
                                    .append("target", 20.0)
                                    .append("actual", (double) (i % 20))))
                    .append("related", List.of())
                    .append("archived", false)
                    .append("createdAt", Date.from(created))
                    .append("updatedAt", Date.from(created))
                    .append("version", (long) UPDATES_PER_PROJECT));
            for (int u = 0; u < UPDATES_PER_PROJECT; u++) {
                ReportingPeriod p = periods.get(u);
                Instant posted = p.start()
                        .plusDays(40 + i % 40)
                        .atTime(10, 0)
                        .atZone(ZONE)
                        .toInstant();
                if (posted.isAfter(NOW)) {
                    posted = NOW.minusSeconds(3600L * (1 + i % 24));
                }
                updates.add(new Document("_id", network + "/bench-" + code + "-" + u)
                        .append("networkId", network)
                        .append("projectCode", code)
                        .append("number", u + 1)
                        .append("version", 1)
                        .append("authorId", "leader-" + (i % 200))
                        .append("authorName", "Leider " + (i % 200))
                        .append("firstPostedAt", Date.from(posted))
                        .append("postedAt", Date.from(posted))
                        .append("period", p.key())
                        .append(
                                "health",
                                List.of("op-schema", "aandacht", "vertraagd").get((i + u) % 3))
                        .append("results", "Resultaten van kwartaal " + p.key() + " voor project " + i + ".")
                        .append("nextActions", "Volgende stappen voor project " + i + ".")
                        .append("risks", u % 3 == 0 ? "Personeelstekort" : null)
                        .append("helpNeeded", u % 4 == 0 ? "Hulp gevraagd bij project " + i : null)
                        .append("kpiValues", new Document("Deelnemers", (double) (u + i % 10)))
                        .append("idempotencyKey", "bench-" + code + "-" + u));
                Document changes = new Document("field", "health")
                        .append("before", "op-schema")
                        .append("after", "aandacht");
                List<Document> changed = new ArrayList<>(List.of(changes));
                if (u % 5 == 4) {
                    changed.add(new Document("field", "phase")
                            .append("before", Phase.values()[(i + u) % 6].slug())
                            .append("after", phase.slug()));
                }
                if (u == UPDATES_PER_PROJECT - 1 && status != ProjectStatus.LOPEND) {
                    changed.add(new Document("field", "status")
                            .append("before", "lopend")
                            .append("after", status.slug()));
                }
                audit.add(new Document("networkId", network)
                        .append("at", Date.from(posted))
                        .append("actorId", "leader-" + (i % 200))
                        .append("actorName", "Leider " + (i % 200))
                        .append("action", "update.apply")
                        .append("subject", code)
                        .append("changes", changed));
            }
            for (int k = 1; k <= MILESTONES_PER_PROJECT; k++) {
                LocalDate due = LocalDate.of(2021, 1, 31).plusMonths((i + 3L * k) % 18);
                due = due.withDayOfMonth(due.lengthOfMonth());
                boolean done = due.isBefore(LocalDate.of(2021, 9, 1)) && (i + k) % 3 != 0;
                milestones.add(new Document("_id", network + "/" + code + "/" + k)
                        .append("networkId", network)
                        .append("projectCode", code)
                        .append("number", k)
                        .append("title", "Mijlpaal " + k + " van project " + i)
                        .append("dueDate", due.toString())
                        .append("duePrecision", "MONTH")
                        .append("dueLabel", due.getMonth().toString().toLowerCase(Locale.ROOT) + " " + due.getYear())
                        .append("status", done ? "DONE" : "OPEN")
                        .append("doneOn", done ? due.minusDays(3).toString() : null)
                        .append("moves", 0)
                        .append("createdAt", Date.from(created))
                        .append("updatedAt", Date.from(created))
                        .append("version", 0L));
            }
        }
        insert(mongo, "projects", projects);
        insert(mongo, "updates", updates);
        insert(mongo, "milestones", milestones);
        insert(mongo, "audit", audit);
    }

    private static void insert(MongoTemplate mongo, String collection, List<Document> documents) {
        for (int from = 0; from < documents.size(); from += 1000) {
            List<Document> batch = documents.subList(from, Math.min(documents.size(), from + 1000));
            mongo.getCollection(collection).insertMany(batch);
        }
    }
}
