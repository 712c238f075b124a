package nl.regiotafel.bot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.board.RoundBoard;
import nl.regiotafel.commands.board.RoundBoardGateway;
import nl.regiotafel.commands.board.RoundBoardStore;
import nl.regiotafel.commands.board.RoundBoards;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.reminder.AbsenceStore;
import nl.regiotafel.commands.round.Rounds;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Measures drawing the live round board (the open round's snapshot, the count, the missing list) on the embedded store
 * for networks of 30, 300 and 3,000 projects generated as in {@link SummaryBenchmark}, with a gateway that only
 * counts. This is the work one paced redraw does after a burst of updates; Discord's own time is not included.
 *
 * <pre>
 * scripts/bench.sh RoundBoardBenchmark            (30 300 3000)
 * scripts/bench.sh RoundBoardBenchmark 30 300
 * </pre>
 */
public final class RoundBoardBenchmark {

    private RoundBoardBenchmark() {}

    /** Counts posts and edits; keeps the last board for its size. */
    static final class CountingGateway implements RoundBoardGateway {

        int posts;
        int edits;
        RoundBoard last;

        @Override
        public String post(RoundBoard board) {
            posts++;
            last = board;
            return "m" + posts;
        }

        @Override
        public String update(String messageId, RoundBoard board) {
            edits++;
            last = board;
            return messageId;
        }
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0
                ? new int[] {30, 300, 3000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dataDir = Path.of("target", "bench-data", UUID.randomUUID().toString());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RegiotafelApplication.class)
                .properties(
                        "regiotafel.console.enabled=false",
                        "regiotafel.scheduler.enabled=false",
                        "discord.token=",
                        "server.port=-1",
                        "regiotafel.storage.data-dir=" + dataDir,
                        "regiotafel.storage.timeout=300s",
                        "logging.level.root=WARN",
                        "logging.level.nl.regiotafel=WARN")
                .run();
        StringBuilder table = new StringBuilder(
                "| projects | draw (forced edit) median ms | p99 ms | runs | reported / expected | missing listed |\n"
                        + "|---:|---:|---:|---:|---|---:|\n");
        try {
            context.getBean(AdjustableClock.class).set(SummaryBenchmark.NOW);
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            NetworkStore networks = context.getBean(NetworkStore.class);
            for (int size : sizes) {
                String network = "board-" + size;
                SummaryBenchmark.generate(mongo, network, size);
                var settings = networks.get(network).toBuilder();
                settings.channels = new Channels("updates", null, null, null);
                networks.save(settings.build());
                CountingGateway gateway = new CountingGateway();
                RoundBoards boards = new RoundBoards(
                        context.getBean(Rounds.class),
                        networks,
                        context.getBean(AbsenceStore.class),
                        context.getBean(RoundBoardStore.class),
                        gateway);
                int runs = size >= 3000 ? 10 : 30;
                for (int i = 0; i < 3; i++) {
                    boards.show(network, true);
                }
                double[] millis = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    boards.show(network, true);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                String row = String.format(
                        Locale.ROOT,
                        "| %,d | %.0f | %.0f | %d | %d / %d | %d |%n",
                        size,
                        SummaryBenchmark.percentile(millis, 50),
                        SummaryBenchmark.percentile(millis, 99),
                        runs,
                        gateway.last.reported(),
                        gateway.last.total(),
                        gateway.last.missing().size());
                System.err.print(row);
                table.append(row);
            }
        } finally {
            context.close();
        }
        System.out.println(table);
        Path out = Path.of("target", "bench", "round-board-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }
}
