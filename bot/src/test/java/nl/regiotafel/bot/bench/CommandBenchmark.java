package nl.regiotafel.bot.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Latency of the everyday commands, in process from request to response, on networks of 30, 300 and 3,000 projects
 * with 10 updates and 5 milestones each, next to the bare MongoDB reads each command needs (its floor). Prints a
 * Markdown table.
 *
 * <pre>
 * scripts/bench.sh CommandBenchmark [sizes…]
 * </pre>
 */
public final class CommandBenchmark {

    private static final Invoker MANAGER = new Invoker("m1", "Manager", Set.of(Role.MANAGER, Role.MEMBER));
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {30, 300, 3000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        try (BenchmarkContext bench = new BenchmarkContext()) {
            bench.bean(AdjustableClock.class).set(Instant.parse("2021-09-20T08:00:00Z"));
            System.out.println("| projects | command | median (ms) | p99 (ms) | round trips | allocated (KB) "
                    + "| floor median (ms) | ratio |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int size : sizes) {
                String network = "bench-" + size + "-" + UUID.randomUUID();
                generate(bench.bean(MongoTemplate.class), network, size);
                run(bench, network, size);
            }
            System.out.println();
            System.out.println("JDK " + Runtime.version() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, embedded store");
        }
        System.exit(0);
    }

    private static void run(BenchmarkContext bench, String network, int size) {
        CommandRegistry registry = bench.bean(CommandRegistry.class);
        // The floor is the bare store reads: the MongoDB adapters themselves, not the read model in front of them
        ProjectStore projects = bench.bean("mongoProjectStore", ProjectStore.class);
        MilestoneStore milestones = bench.bean("mongoMilestoneStore", MilestoneStore.class);
        UpdateStore updates = bench.bean("mongoUpdateStore", UpdateStore.class);
        NetworkStore networks = bench.bean("mongoNetworkStore", NetworkStore.class);
        int iterations = size >= 3000 ? 40 : 150;
        String code = "p-" + (size / 2);
        measure(
                size,
                "/status",
                iterations,
                () -> registry.dispatch(request(network, "status", null, "project", code)),
                () -> {
                    networks.get(network);
                    projects.find(network, code);
                    updates.latest(network, code);
                    return milestones.ofProject(network, code);
                });
        measure(size, "/project list", iterations, () -> registry.dispatch(request(network, "project", "list")), () -> {
            networks.get(network);
            return projects.list(network, ProjectFilter.all());
        });
        measure(
                size,
                "/milestone list",
                iterations,
                () -> registry.dispatch(request(network, "milestone", "list")),
                () -> {
                    networks.get(network);
                    projects.list(network, ProjectFilter.all());
                    return milestones.list(network, null, true, null, 1000);
                });
        measure(
                size,
                "autocomplete (project)",
                iterations,
                () -> registry.suggest(request(network, "status", null, "project", "p-1"), "project"),
                () -> projects.search(network, "p-1", 25));
        int[] n = {0};
        measure(
                size,
                "/update (store)",
                Math.min(iterations, 60),
                () -> registry.dispatch(request(
                        network,
                        "update",
                        null,
                        "project",
                        "p-" + (n[0]++ % size),
                        "health",
                        "aandacht",
                        "results",
                        "Benchmark-update")),
                () -> {
                    networks.get(network);
                    return projects.find(network, code);
                });
    }

    private static void measure(
            int size, String name, int iterations, Supplier<Object> command, Supplier<Object> floor) {
        for (int i = 0; i < 5; i++) {
            command.get();
            floor.get();
        }
        long[] nanos = new long[iterations];
        long trips = 0;
        long allocated = 0;
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < iterations; i++) {
            long tripsBefore = BenchmarkContext.ROUND_TRIPS.get();
            long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            command.get();
            nanos[i] = System.nanoTime() - start;
            allocated += THREADS.getThreadAllocatedBytes(thread) - bytesBefore;
            trips += BenchmarkContext.ROUND_TRIPS.get() - tripsBefore;
        }
        long[] floorNanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            floor.get();
            floorNanos[i] = System.nanoTime() - start;
        }
        double[] stats = BenchmarkContext.medianAndP99(nanos);
        double floorMedian = BenchmarkContext.medianAndP99(floorNanos)[0];
        System.out.printf(
                Locale.ROOT,
                "| %,d | %s | %.2f | %.2f | %.1f | %,d | %.2f | %.1f |%n",
                size,
                name,
                stats[0],
                stats[1],
                (double) trips / iterations,
                allocated / iterations / 1024,
                floorMedian,
                stats[0] / floorMedian);
    }

    private static CommandRequest request(String network, String command, String sub, Object... options) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            map.put((String) options[i], options[i + 1]);
        }
        return new CommandRequest(
                network,
                "c1",
                MANAGER,
                Messages.DUTCH,
                command,
                sub,
                map,
                UUID.randomUUID().toString());
    }

    /** Bulk-inserts a network in the stores' document layout: a few round trips, not one per document. */
    static void generate(MongoTemplate mongo, String network, int size) {
        Date created = Date.from(Instant.parse("2021-01-04T08:00:00Z"));
        String[] themes = {"Instroom", "Behoud", "Arbeidsbesparing", "Ketensamenwerking"};
        String[] statuses = {"lopend", "lopend", "lopend", "nog-niet-gestart", "afgerond-succesvol"};
        String[] phases = {"plan-van-aanpak", "bestuurlijk-akkoord", "uitvoering", "ontwerp", "realisatie"};
        String[] health = {"op-schema", "aandacht", "vertraagd"};
        List<Document> projects = new ArrayList<>();
        List<Document> milestones = new ArrayList<>();
        List<Document> updates = new ArrayList<>();
        for (int p = 0; p < size; p++) {
            String code = "p-" + p;
            projects.add(new Document("_id", network + "/" + code)
                    .append("networkId", network)
                    .append("code", code)
                    .append("name", "Project " + p)
                    .append("region", p % 3 == 0 ? "Zeeland" : "Noord-Holland Noord")
                    .append("theme", themes[p % 4])
                    .append("pillar", themes[p % 4])
                    .append("goal", "Doel van project " + p)
                    .append("phase", phases[p % 5])
                    .append("status", statuses[p % 5])
                    .append("health", health[p % 3])
                    .append("leaders", List.of("leader-" + p))
                    .append("portfolioHolders", List.of("n.t.b."))
                    .append("organisations", List.of("Org A", "Org B", "Org " + p))
                    .append(
                            "kpis",
                            List.of(new Document("label", "Deelnemers")
                                    .append("unit", "personen")
                                    .append("baseline", 0.0)
                                    .append("target", 20.0)
                                    .append("actual", (double) (p % 20))))
                    .append("related", List.of())
                    .append("archived", false)
                    .append("createdAt", created)
                    .append("updatedAt", created)
                    .append("version", 0L));
            for (int m = 1; m <= 5; m++) {
                String due = java.time.LocalDate.parse("2021-03-31")
                        .plusMonths(3L * m)
                        .toString();
                milestones.add(new Document("_id", network + "/" + code + "/" + m)
                        .append("networkId", network)
                        .append("projectCode", code)
                        .append("number", m)
                        .append("title", "Mijlpaal " + m)
                        .append("dueDate", due)
                        .append("duePrecision", "DAY")
                        .append("dueLabel", due)
                        .append("status", m == 1 ? "DONE" : "OPEN")
                        .append("doneOn", m == 1 ? due : null)
                        .append("ownerId", null)
                        .append("moves", 0)
                        .append("snoozedUntil", null)
                        .append("createdAt", created)
                        .append("updatedAt", created)
                        .append("version", 0L));
            }
            for (int u = 1; u <= 10; u++) {
                Date posted = Date.from(created.toInstant().plus(java.time.Duration.ofDays(25L * u)));
                String period = java.time.LocalDate.ofInstant(posted.toInstant(), java.time.ZoneOffset.UTC)
                                .getYear() + "-Q"
                        + ((java.time.LocalDate.ofInstant(posted.toInstant(), java.time.ZoneOffset.UTC)
                                                        .getMonthValue()
                                                - 1)
                                        / 3
                                + 1);
                updates.add(new Document("_id", network + "/gen-" + code + "-" + u)
                        .append("networkId", network)
                        .append("projectCode", code)
                        .append("number", u)
                        .append("version", 1)
                        .append("authorId", "leader-" + p)
                        .append("authorName", "Leider " + p)
                        .append("firstPostedAt", posted)
                        .append("postedAt", posted)
                        .append("period", period)
                        .append("health", health[(p + u) % 3])
                        .append("results", "Resultaten van update " + u)
                        .append("nextActions", "Acties korte termijn")
                        .append("risks", "Geen")
                        .append("helpNeeded", u == 10 ? "Hulp gezocht bij werving" : null)
                        .append("kpiValues", new Document())
                        .append("idempotencyKey", "gen-" + code + "-" + u));
            }
        }
        insert(mongo, "projects", projects);
        insert(mongo, "milestones", milestones);
        insert(mongo, "updates", updates);
        for (int p = 0; p < size; p++) {
            mongo.getCollection("counters")
                    .insertOne(new Document("_id", "updates/" + network + "/p-" + p).append("value", 10));
        }
    }

    private static void insert(MongoTemplate mongo, String collection, List<Document> documents) {
        for (int start = 0; start < documents.size(); start += 1000) {
            mongo.getCollection(collection)
                    .insertMany(documents.subList(start, Math.min(documents.size(), start + 1000)));
        }
    }
}
