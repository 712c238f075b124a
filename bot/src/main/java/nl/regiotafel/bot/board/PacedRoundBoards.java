package nl.regiotafel.bot.board;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import nl.regiotafel.commands.board.RoundBoardRefresh;
import nl.regiotafel.commands.board.RoundBoards;
import nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redraws round boards after changes, paced: the first change waits {@link RoundBoardProperties#delay()} so a burst
 * becomes one edit, and one network's boards are redrawn at most once per {@link RoundBoardProperties#gap()}; changes
 * meanwhile are coalesced into the next redraw. Everything runs on one worker thread, so two redraws never race to
 * post the same board. When Discord cannot be reached it tries again later, a few times.
 */
public final class PacedRoundBoards implements RoundBoardRefresh, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PacedRoundBoards.class);

    /** Tries per redraw while Discord is unreachable (with {@link RoundBoardProperties#retry()} between them). */
    static final int TRIES = 5;

    /** Runs tasks one at a time after a delay. */
    interface Worker extends AutoCloseable {

        void schedule(Runnable task, Duration delay);

        @Override
        void close();

        /** A daemon thread of its own. */
        static Worker ofThread(String name) {
            java.util.concurrent.ScheduledExecutorService executor =
                    java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, name);
                        t.setDaemon(true);
                        return t;
                    });
            return new Worker() {
                @Override
                public void schedule(Runnable task, Duration delay) {
                    executor.schedule(task, delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                }

                @Override
                public void close() {
                    executor.shutdownNow();
                }
            };
        }
    }

    /** What draws the boards: {@link RoundBoards} in production. */
    interface Boards {

        java.util.List<String> show(String networkId, boolean force);

        boolean due(String networkId);

        static Boards of(RoundBoards boards) {
            return new Boards() {
                @Override
                public java.util.List<String> show(String networkId, boolean force) {
                    return boards.show(networkId, force);
                }

                @Override
                public boolean due(String networkId) {
                    return boards.due(networkId);
                }
            };
        }
    }

    /** A redraw waiting to run: whether it must edit even unchanged boards, and how many times it failed. */
    private record Pending(boolean force, int failures) {}

    private final Boards boards;
    private final Supplier<? extends Iterable<String>> networkIds;
    private final Worker worker;
    private final LongSupplier nanos;
    private final RoundBoardProperties pace;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRun = new ConcurrentHashMap<>();
    private final java.util.Set<String> drawnSinceStart = ConcurrentHashMap.newKeySet();

    /**
     * @param boards what draws the boards, or null where there are none (the console): then nothing happens
     * @param networkIds every network, for the redraw at start-up and the periodic check
     * @param nanos a monotonic clock ({@code System::nanoTime})
     */
    PacedRoundBoards(
            Boards boards,
            Supplier<? extends Iterable<String>> networkIds,
            Worker worker,
            LongSupplier nanos,
            RoundBoardProperties pace) {
        this.boards = boards;
        this.networkIds = networkIds;
        this.worker = worker;
        this.nanos = nanos;
        this.pace = pace;
    }

    @Override
    public void refresh(String networkId) {
        request(networkId, false, 0, pace.delay());
    }

    /** Redraws every network's boards, editing even unchanged ones: at start-up. */
    void refreshEverything() {
        if (boards == null) {
            return;
        }
        worker.schedule(
                () -> {
                    for (String networkId : networkIds.get()) {
                        request(networkId, true, 0, Duration.ZERO);
                    }
                },
                Duration.ZERO);
    }

    /**
     * Redraws the boards of networks where a round opened without a board or a board's round closed: nothing a user
     * does triggers those, so the scheduler asks every few minutes. A network not drawn since this process started
     * (Discord was not connected at start-up, or this instance was a standby that just took over) is drawn in full.
     */
    public void refreshDue() {
        if (boards == null) {
            return;
        }
        worker.schedule(
                () -> {
                    for (String networkId : networkIds.get()) {
                        try {
                            if (!drawnSinceStart.contains(networkId)) {
                                request(networkId, true, 0, Duration.ZERO);
                            } else if (boards.due(networkId)) {
                                request(networkId, false, 0, Duration.ZERO);
                            }
                        } catch (RuntimeException e) {
                            log.warn("Round boards of network {} not checked: {}", networkId, e.toString());
                        }
                    }
                },
                Duration.ZERO);
    }

    private void request(String networkId, boolean force, int failures, Duration delay) {
        if (boards == null) {
            return;
        }
        Pending wanted = new Pending(force, failures);
        Pending before = pending.putIfAbsent(networkId, wanted);
        if (before != null) {
            // A redraw is already on its way and will show this change too
            if (force && !before.force()) {
                pending.computeIfPresent(networkId, (id, p) -> new Pending(true, p.failures()));
            }
            return;
        }
        long sinceLast = lastRun.containsKey(networkId) ? nanos.getAsLong() - lastRun.get(networkId) : Long.MAX_VALUE;
        Duration wait = delay;
        if (sinceLast < pace.gap().toNanos()) {
            Duration left = pace.gap().minusNanos(sinceLast);
            wait = left.compareTo(wait) > 0 ? left : wait;
        }
        worker.schedule(() -> run(networkId), wait);
    }

    private void run(String networkId) {
        // Changes from now on need another redraw, which the gap keeps apart from this one
        Pending task = pending.remove(networkId);
        if (task == null) {
            return;
        }
        lastRun.put(networkId, nanos.getAsLong());
        try {
            var drawn = boards.show(networkId, task.force());
            if (task.force()) {
                drawnSinceStart.add(networkId);
            }
            if (!drawn.isEmpty()) {
                log.info("Round boards {} of network {} drawn", drawn, networkId);
            }
        } catch (ChatUnavailableException e) {
            if (task.failures() + 1 < TRIES) {
                log.info("Round boards of network {} wait for Discord: {}", networkId, e.getMessage());
                request(networkId, task.force(), task.failures() + 1, pace.retry());
            } else {
                log.warn("Round boards of network {} not drawn after {} tries: {}", networkId, TRIES, e.getMessage());
            }
        } catch (RuntimeException e) {
            // The next change draws them again; one network's failure never stops the others
            log.warn("Round boards of network {} not drawn", networkId, e);
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
