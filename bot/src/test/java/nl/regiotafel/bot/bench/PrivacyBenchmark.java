package nl.regiotafel.bot.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.privacy.ClientDataCheck;
import nl.regiotafel.commands.privacy.RetentionSweep;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Cost of the privacy commands on networks of 30, 300 and 3,000 projects (10 updates and 5 milestones each, the
 * {@link CommandBenchmark} data): an export and an erasure of one leader, a retention sweep, and deleting the network;
 * and the client-data check on a 4,000-character text. Each of the store operations scans every collection, so it is
 * run a few times (export, sweep) or once (erase, delete) per size. Prints a Markdown table.
 *
 * <pre>
 * scripts/bench.sh PrivacyBenchmark [sizes…]
 * </pre>
 */
public final class PrivacyBenchmark {

    private static final Invoker ADMIN = new Invoker("a1", "Beheerder", Set.of(Role.ADMIN, Role.MEMBER));

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {30, 300, 3000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        try (BenchmarkContext bench = new BenchmarkContext()) {
            bench.bean(AdjustableClock.class).set(Instant.parse("2021-09-20T08:00:00Z"));
            CommandRegistry registry = bench.bean(CommandRegistry.class);
            System.out.println("| projects | operation | runs | median (ms) | max (ms) |");
            System.out.println("|---|---|---|---|---|");
            String text = "Zeven organisaties doen mee, overleg op 30-09-2021 over € 1.234.567,00. ".repeat(60);
            measure(0, "client-data check, 4,000 characters", 200, () -> ClientDataCheck.find(text.substring(0, 4000)));
            for (int size : sizes) {
                String network = "bench-" + size + "-" + UUID.randomUUID();
                CommandBenchmark.generate(bench.bean(MongoTemplate.class), network, size);
                String leader = "leader-" + (size / 2);
                measure(
                        size,
                        "/privacy export (one leader)",
                        5,
                        () -> registry.dispatch(
                                request(network, "privacy", "export", "user", new UserRef(leader, leader))));
                measure(size, "retention sweep (defaults)", 5, () -> {
                    bench.bean(RetentionSweep.class).sweep(network);
                    return null;
                });
                measure(
                        size,
                        "/privacy erase (one leader)",
                        1,
                        () -> registry.dispatch(request(
                                network, "privacy", "erase", "user", new UserRef(leader, leader), "confirm", true)));
                measure(
                        size,
                        "/setup delete (whole network)",
                        1,
                        () -> registry.dispatch(request(network, "setup", "delete", "confirm", true)));
            }
            System.out.println();
            System.out.println("JDK " + Runtime.version() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, embedded store");
        }
        System.exit(0);
    }

    private static void measure(int size, String name, int runs, Supplier<Object> work) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(
                java.util.Locale.ROOT,
                "| %s | %s | %d | %.1f | %.1f |%n",
                size == 0 ? "–" : Integer.toString(size),
                name,
                runs,
                nanos[runs / 2] / 1e6,
                nanos[runs - 1] / 1e6);
    }

    private static CommandRequest request(String network, String command, String sub, Object... options) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            map.put((String) options[i], options[i + 1]);
        }
        return new CommandRequest(
                network,
                "c1",
                ADMIN,
                java.util.Locale.ENGLISH,
                command,
                sub,
                map,
                UUID.randomUUID().toString());
    }
}
