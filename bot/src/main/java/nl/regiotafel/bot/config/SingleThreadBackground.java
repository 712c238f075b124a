package nl.regiotafel.bot.config;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import nl.regiotafel.commands.summary.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's {@link Background}: one daemon thread, so work done ahead never takes more than one of the machine's cores
 * from the commands, and never more than one piece of waiting work per key (a burst of writes to one network renders
 * its views once).
 */
public final class SingleThreadBackground implements Background, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SingleThreadBackground.class);

    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "regiotafel-ahead");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void submit(String key, Runnable work) {
        if (!waiting.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                waiting.remove(key);
                try {
                    work.run();
                } catch (RuntimeException | Error e) {
                    // Work done ahead only saves later work; the thread goes on with the next
                    log.warn("Background work {} failed: {}", key, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            waiting.remove(key);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
