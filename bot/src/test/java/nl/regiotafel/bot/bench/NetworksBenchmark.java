package nl.regiotafel.bot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Many small networks in one store (issue 13): the everyday read commands of one 30-project network alone in the
 * store, then the same network's commands again once 99 more networks of 30 projects share the store and every one of
 * them has been read (so each has its read model in memory), with the resident memory at that point. Networks are
 * generated as {@link CommandBenchmark} does (10 updates and 5 milestones per project).
 *
 * <pre>
 * scripts/bench.sh NetworksBenchmark [networks] [projects]
 * </pre>
 */
public final class NetworksBenchmark {

    private static final Invoker MANAGER = new Invoker("m1", "Manager", Set.of(Role.MANAGER, Role.MEMBER));
    private static final int RUNS = 100;
    private static final int WARM_UP = 300;

    private NetworksBenchmark() {}

    public static void main(String[] args) throws Exception {
        int networks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (BenchmarkContext bench = new BenchmarkContext()) {
            bench.bean(AdjustableClock.class).set(Instant.parse("2021-09-20T08:00:00Z"));
            CommandRegistry registry = bench.bean(CommandRegistry.class);
            MongoTemplate mongo = bench.bean(MongoTemplate.class);
            String first = "bench-net-0-" + UUID.randomUUID();
            CommandBenchmark.generate(mongo, first, size);
            System.out.println("| networks in the store | command | median (ms) | p99 (ms) | round trips |");
            System.out.println("|---|---|---|---|---|");
            measureAll(registry, first, 1);
            long started = System.nanoTime();
            for (int i = 1; i < networks; i++) {
                String network = "bench-net-" + i + "-" + UUID.randomUUID();
                CommandBenchmark.generate(mongo, network, size);
                // Read once, as the network's first command would: its model is loaded now
                dispatch(registry, network, "summary", null, Map.of());
            }
            System.err.printf(
                    Locale.ROOT,
                    "Generated and read %d more networks in %.1f s%n",
                    networks - 1,
                    (System.nanoTime() - started) / 1e9);
            measureAll(registry, first, networks);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "%d networks of %d projects read: resident %d MB, Java heap used after GC %d MB"
                            + " (committed %d MB), JDK %s, %d cores, load average %.1f%n",
                    networks,
                    size,
                    residentMb(),
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    rt.totalMemory() >> 20,
                    Runtime.version(),
                    rt.availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        System.exit(0);
    }

    private static void measureAll(CommandRegistry registry, String network, int networks) {
        measure(networks, "/summary", () -> dispatch(registry, network, "summary", null, Map.of()));
        measure(networks, "/status", () -> dispatch(registry, network, "status", null, Map.of("project", "p-7")));
        measure(networks, "/project list", () -> dispatch(registry, network, "project", "list", Map.of()));
        measure(networks, "/milestone list", () -> dispatch(registry, network, "milestone", "list", Map.of()));
        measure(
                networks,
                "autocomplete (project)",
                () -> registry.suggest(request(network, "status", null, Map.of("project", "p-1")), "project"));
    }

    private static void measure(int networks, String name, Supplier<Object> command) {
        // Warmed up as much on one network alone as on a hundred, so the JIT is not what the ratio measures
        for (int i = 0; i < WARM_UP; i++) {
            command.get();
        }
        long[] nanos = new long[RUNS];
        long trips = 0;
        for (int i = 0; i < RUNS; i++) {
            long before = BenchmarkContext.ROUND_TRIPS.get();
            long start = System.nanoTime();
            command.get();
            nanos[i] = System.nanoTime() - start;
            trips += BenchmarkContext.ROUND_TRIPS.get() - before;
        }
        double[] mp = BenchmarkContext.medianAndP99(nanos);
        System.out.printf(
                Locale.ROOT, "| %d | %s | %.2f | %.2f | %.1f |%n", networks, name, mp[0], mp[1], trips / (double) RUNS);
    }

    private static Object dispatch(
            CommandRegistry registry, String network, String command, String sub, Map<String, Object> options) {
        CommandResponse response = registry.dispatch(request(network, command, sub, options));
        if (response.tone() == Tone.ERROR) {
            throw new IllegalStateException(command + " failed: " + response);
        }
        return response;
    }

    private static CommandRequest request(String network, String command, String sub, Map<String, Object> options) {
        return new CommandRequest(
                network,
                "bench",
                MANAGER,
                Messages.DUTCH,
                command,
                sub,
                options,
                UUID.randomUUID().toString());
    }

    private static long residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return -1;
    }
}
