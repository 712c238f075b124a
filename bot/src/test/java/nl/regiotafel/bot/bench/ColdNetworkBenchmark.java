package nl.regiotafel.bot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.readmodel.ReadModel;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The read model's cold side (issue 13):
 *
 * <ul>
 *   <li>{@code cold [projects] [runs]}: the first command on a network whose model is not loaded ({@code /status},
 *       then {@code /project list}), against the same commands once it is loaded; the model is dropped before each
 *       run, so every run loads the whole network (settings, projects, every update version, milestones).
 *   <li>{@code generate DIR [networks] [projects]}: writes that many networks into an embedded store in {@code DIR}
 *       and stops.
 *   <li>{@code load DIR}: starts the bot on that store as the packaged jar runs it (plain context, no web side, default
 *       JVM flags when started with {@code java -cp bot/target/regiotafel.jar:bot/target/test-classes}), reads every
 *       network once ({@code /summary}, {@code /status}, {@code /project list}), and prints the resident memory.
 * </ul>
 */
public final class ColdNetworkBenchmark {

    private static final Invoker MANAGER = new Invoker("m1", "Manager", Set.of(Role.MANAGER, Role.MEMBER));
    private static final Instant NOW = Instant.parse("2021-09-20T08:00:00Z");

    private ColdNetworkBenchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "cold";
        switch (mode) {
            case "cold" ->
                cold(
                        args.length > 1 ? Integer.parseInt(args[1]) : 300,
                        args.length > 2 ? Integer.parseInt(args[2]) : 20);
            case "generate" ->
                generate(
                        Path.of(args[1]),
                        args.length > 2 ? Integer.parseInt(args[2]) : 100,
                        args.length > 3 ? Integer.parseInt(args[3]) : 30);
            case "load" -> load(Path.of(args[1]));
            default -> throw new IllegalArgumentException("cold, generate or load, not " + mode);
        }
        System.exit(0);
    }

    private static void cold(int size, int runs) throws Exception {
        try (BenchmarkContext bench = new BenchmarkContext()) {
            bench.bean(AdjustableClock.class).set(NOW);
            CommandRegistry registry = bench.bean(CommandRegistry.class);
            ReadModel model = bench.bean(ReadModel.class);
            String network = "bench-cold-" + UUID.randomUUID();
            CommandBenchmark.generate(bench.bean(MongoTemplate.class), network, size);
            // Warm the JVM on the commands first (another network of the same size), so the JIT is not measured
            String warm = "bench-warm-" + UUID.randomUUID();
            CommandBenchmark.generate(bench.bean(MongoTemplate.class), warm, size);
            for (int i = 0; i < 10; i++) {
                model.clear();
                dispatch(registry, warm, "status", null, Map.of("project", "p-7"));
                dispatch(registry, warm, "project", "list", Map.of());
            }
            long[] coldStatus = new long[runs];
            long[] warmStatus = new long[runs];
            long[] coldList = new long[runs];
            long[] trips = new long[runs];
            for (int i = 0; i < runs; i++) {
                model.clear();
                long before = BenchmarkContext.ROUND_TRIPS.get();
                long start = System.nanoTime();
                dispatch(registry, network, "status", null, Map.of("project", "p-7"));
                coldStatus[i] = System.nanoTime() - start;
                trips[i] = BenchmarkContext.ROUND_TRIPS.get() - before;
                start = System.nanoTime();
                dispatch(registry, network, "status", null, Map.of("project", "p-7"));
                warmStatus[i] = System.nanoTime() - start;
                model.clear();
                start = System.nanoTime();
                dispatch(registry, network, "project", "list", Map.of());
                coldList[i] = System.nanoTime() - start;
            }
            System.out.println("| projects | request | runs | median (ms) | p99 (ms) | round trips |");
            System.out.println("|---:|---|---:|---:|---:|---:|");
            row(size, "first /status (model not loaded)", coldStatus, trips[runs - 1]);
            row(size, "first /project list (model not loaded)", coldList, trips[runs - 1]);
            row(size, "/status (model loaded)", warmStatus, 1);
            System.out.printf(
                    Locale.ROOT,
                    "%s; load average %.1f%n",
                    model.held(network).map(m -> m.sizes()).orElse("?"),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void row(int size, String label, long[] nanos, long trips) {
        double[] mp = BenchmarkContext.medianAndP99(nanos);
        System.out.printf(
                Locale.ROOT, "| %,d | %s | %d | %.1f | %.1f | %d |%n", size, label, nanos.length, mp[0], mp[1], trips);
    }

    private static void generate(Path dir, int networks, int size) throws Exception {
        ConfigurableApplicationContext context = start(dir, true);
        try {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            for (int i = 0; i < networks; i++) {
                CommandBenchmark.generate(mongo, "bench-net-" + i, size);
            }
            System.out.printf(Locale.ROOT, "%d networks of %d projects written to %s%n", networks, size, dir);
        } finally {
            context.close();
        }
    }

    private static void load(Path dir) throws Exception {
        ConfigurableApplicationContext context = start(dir, false);
        long rssStarted = residentMb();
        CommandRegistry registry = context.getBean(CommandRegistry.class);
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        List<String> networks = new ArrayList<>();
        mongo.getCollection("projects").distinct("networkId", String.class).into(networks);
        long started = System.nanoTime();
        for (String network : networks) {
            dispatch(registry, network, "summary", null, Map.of());
            dispatch(registry, network, "status", null, Map.of("project", "p-7"));
            dispatch(registry, network, "project", "list", Map.of());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long rssRead = residentMb();
        System.gc();
        Thread.sleep(2000);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "%d networks read in %.1f s: resident %d MB after start-up, %d MB after reading, %d MB after a full GC;"
                        + " Java heap used %d MB (committed %d MB, max %d MB), JDK %s, %d cores, load average %.1f%n",
                networks.size(),
                seconds,
                rssStarted,
                rssRead,
                residentMb(),
                (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.totalMemory() >> 20,
                rt.maxMemory() >> 20,
                Runtime.version(),
                rt.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (Boolean.getBoolean("bench.histogram")) {
            // What the live heap holds, largest classes first (as jcmd GC.class_histogram prints it)
            String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            histogram.lines().limit(40).forEach(System.out::println);
        }
        if (Boolean.getBoolean("bench.hold")) {
            // Time for jcmd (e.g. VM.native_memory summary) to look at the process as measured
            Thread.sleep(10_000);
        }
        context.close();
    }

    /** The bot on the store in {@code dir}, as the packaged jar starts it, without console, scheduler or web side. */
    private static ConfigurableApplicationContext start(Path dir, boolean quietLogs) throws Exception {
        Files.createDirectories(dir);
        SpringApplication app = new SpringApplication(RegiotafelApplication.class);
        ConfigurableApplicationContext context = app.run(
                "--regiotafel.console.enabled=false",
                "--regiotafel.scheduler.enabled=false",
                "--spring.main.web-application-type=none",
                "--regiotafel.storage.data-dir=" + dir,
                "--regiotafel.storage.timeout=60s",
                "--logging.level.nl.regiotafel=" + (quietLogs ? "WARN" : "INFO"));
        context.getBean(AdjustableClock.class).set(NOW);
        return context;
    }

    private static CommandResponse dispatch(
            CommandRegistry registry, String network, String command, String sub, Map<String, Object> options) {
        CommandResponse response = registry.dispatch(new CommandRequest(
                network,
                "bench",
                MANAGER,
                Messages.DUTCH,
                command,
                sub,
                options,
                UUID.randomUUID().toString()));
        if (response.tone() == Tone.ERROR) {
            throw new IllegalStateException(command + " failed: " + response);
        }
        return response;
    }

    private static long residentMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
