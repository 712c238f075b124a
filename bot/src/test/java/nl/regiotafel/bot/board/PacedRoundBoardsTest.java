package nl.regiotafel.bot.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException;
import org.junit.jupiter.api.Test;

/** Pacing on a hand-turned clock and worker: no real time passes, so nothing here depends on the machine's speed. */
final class PacedRoundBoardsTest {

    private static final RoundBoardProperties PACE = new RoundBoardProperties(
            Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofSeconds(30));

    /** Tasks with the moment they are due; {@link #until} runs those due by then, in order. */
    static final class ManualWorker implements PacedRoundBoards.Worker {

        record Task(long dueNanos, long order, Runnable task) {}

        final List<Task> tasks = new ArrayList<>();
        long now;
        long order;

        @Override
        public void schedule(Runnable task, Duration delay) {
            tasks.add(new Task(now + delay.toNanos(), order++, task));
        }

        void until(Duration time) {
            long end = now + time.toNanos();
            while (true) {
                Task next = tasks.stream()
                        .filter(t -> t.dueNanos() <= end)
                        .min(Comparator.comparingLong(Task::dueNanos).thenComparingLong(Task::order))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
                now = Math.max(now, next.dueNanos());
                next.task().run();
            }
            now = end;
        }

        @Override
        public void close() {}
    }

    /** Records each redraw with the moment it ran; fails while {@code down}. */
    static final class RecordingBoards implements PacedRoundBoards.Boards {

        record Drawn(String networkId, boolean force, long atNanos) {}

        final List<Drawn> drawn = new ArrayList<>();
        final ManualWorker worker;
        boolean down;
        Set<String> due = Set.of();

        RecordingBoards(ManualWorker worker) {
            this.worker = worker;
        }

        @Override
        public List<String> show(String networkId, boolean force) {
            if (down) {
                throw new ChatUnavailableException("Discord is not connected", null);
            }
            drawn.add(new Drawn(networkId, force, worker.now));
            return List.of("2021-Q3");
        }

        @Override
        public boolean due(String networkId) {
            return due.contains(networkId);
        }
    }

    private final ManualWorker worker = new ManualWorker();
    private final RecordingBoards boards = new RecordingBoards(worker);
    private final PacedRoundBoards paced =
            new PacedRoundBoards(boards, () -> List.of("n1", "n2"), worker, () -> worker.now, PACE);

    @Test
    void sixtyUpdatesInAMinuteMakeAtMostFiveEditsAndTheLastChangeIsAlwaysShown() {
        // WHEN 60 leaders report, one a second
        for (int i = 0; i < 60; i++) {
            paced.refresh("n1");
            worker.until(Duration.ofSeconds(1));
        }
        worker.until(Duration.ofMinutes(1));

        // THEN the board was redrawn at most once per 15 s (the first after 2 s), and once after the last report
        List<Long> at =
                boards.drawn.stream().map(RecordingBoards.Drawn::atNanos).toList();
        assertThat(at).hasSizeBetween(4, 5);
        for (int i = 1; i < at.size(); i++) {
            assertThat(at.get(i) - at.get(i - 1))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(15).toNanos());
        }
        assertThat(at.get(0)).isEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(at.get(at.size() - 1))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(59).toNanos());
    }

    @Test
    void aBurstMakesOneEditAndNetworksArePacedApart() {
        // WHEN three changes come within a second in one network and one in another
        paced.refresh("n1");
        paced.refresh("n1");
        paced.refresh("n2");
        paced.refresh("n1");
        worker.until(Duration.ofSeconds(10));

        // THEN each network's boards are drawn once
        assertThat(boards.drawn).extracting(RecordingBoards.Drawn::networkId).containsExactlyInAnyOrder("n1", "n2");
    }

    @Test
    void triesAgainLaterWhileDiscordIsUnreachableAndGivesUpAfterAFewTries() {
        // GIVEN Discord down
        boards.down = true;

        // WHEN a change comes and two minutes pass, then Discord is back
        paced.refresh("n1");
        worker.until(Duration.ofMinutes(2));
        boards.down = false;
        worker.until(Duration.ofMinutes(1));

        // THEN the board was drawn once Discord was back
        assertThat(boards.drawn).hasSize(1);

        // AND when Discord stays down, it stops after a few tries instead of trying forever
        boards.down = true;
        paced.refresh("n1");
        worker.until(Duration.ofHours(1));
        assertThat(worker.tasks).isEmpty();
    }

    @Test
    void atStartUpEveryNetworkIsRedrawnEvenUnchangedAndThePeriodicCheckOnlyWhereSomethingIsDue() {
        // WHEN the bot starts
        paced.refreshEverything();
        worker.until(Duration.ofSeconds(1));

        // THEN both networks were drawn with force (a board deleted while the bot was down comes back)
        assertThat(boards.drawn).extracting(RecordingBoards.Drawn::force).containsExactly(true, true);

        // WHEN the scheduler's check finds a round due only in n2
        boards.due = Set.of("n2");
        worker.until(Duration.ofMinutes(1));
        paced.refreshDue();
        worker.until(Duration.ofMinutes(1));

        // THEN only n2 is drawn again
        assertThat(boards.drawn).extracting(RecordingBoards.Drawn::networkId).containsExactly("n1", "n2", "n2");
    }

    @Test
    void withoutBoardsNothingIsScheduled() {
        PacedRoundBoards console = new PacedRoundBoards(null, List::of, worker, () -> worker.now, PACE);

        console.refresh("n1");
        console.refreshDue();
        console.refreshEverything();

        assertThat(worker.tasks).isEmpty();
    }

    @Test
    void aStandbyThatTakesOverDrawsEveryNetworkInFullAtItsFirstPeriodicCheck() {
        // GIVEN an instance whose start-up redraw found Discord unreachable (a standby: not connected)
        boards.down = true;
        paced.refreshEverything();
        worker.until(Duration.ofMinutes(10));
        assertThat(boards.drawn).isEmpty();

        // WHEN it takes over, connects, and the scheduler's check runs with nothing due
        boards.down = false;
        paced.refreshDue();
        worker.until(Duration.ofMinutes(1));

        // THEN every network is drawn in full once; the next check draws nothing
        assertThat(boards.drawn).extracting(RecordingBoards.Drawn::force).containsExactly(true, true);
        paced.refreshDue();
        worker.until(Duration.ofMinutes(1));
        assertThat(boards.drawn).hasSize(2);
    }
}
