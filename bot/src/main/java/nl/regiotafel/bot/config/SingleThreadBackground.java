package nl.regiotafel.bot.config;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.regiotafel.commands.summary.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's {@link Background}: one daemon thread, so work done ahead never takes more than one of the machine's cores
 * from the commands. Work starts once its key has been quiet for {@link #QUIET} (a burst of writes to one network —
 * leaders reporting on deadline day, a script posting updates — is rendered once, after the burst, instead of racing
 * every write for the CPU), but never later than {@link #AT_MOST} after the first write of the burst. One piece of
 * work waits per key.
 */
public final class SingleThreadBackground implements Background, AutoCloseable {

    /** How long a key must be quiet before its work starts. */
    public static final Duration QUIET = Duration.ofMillis(400);

    /** The longest a burst can put work off. */
    public static final Duration AT_MOST = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(SingleThreadBackground.class);

    private final Duration quiet;
    private final Duration atMost;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, work -> {
        Thread thread = new Thread(work, "regiotafel-ahead");
        thread.setDaemon(true);
        return thread;
    });

    /** Work waiting under a key: when its burst began, and the start planned for it. */
    private record Waiting(long since, ScheduledFuture<?> start) {}

    public SingleThreadBackground() {
        this(QUIET, AT_MOST);
    }

    SingleThreadBackground(Duration quiet, Duration atMost) {
        this.quiet = quiet;
        this.atMost = atMost;
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void submit(String key, Runnable work) {
        long now = System.nanoTime();
        try {
            waiting.compute(key, (k, had) -> {
                long since = had == null ? now : had.since();
                if (had != null && !had.start().cancel(false)) {
                    // Already started: this write needs another run after it
                    since = now;
                }
                long delay = Math.min(quiet.toNanos(), Math.max(0, since + atMost.toNanos() - now));
                Waiting[] self = new Waiting[1];
                ScheduledFuture<?> start =
                        executor.schedule(() -> run(key, self[0], work), delay, TimeUnit.NANOSECONDS);
                self[0] = new Waiting(since, start);
                return self[0];
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(key);
        }
    }

    private void run(String key, Waiting self, Runnable work) {
        // Only this start's own entry is removed: a write after it has planned the next start
        waiting.remove(key, self);
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            // Work done ahead only saves later work; the thread goes on with the next
            log.warn("Background work {} failed: {}", key, e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
