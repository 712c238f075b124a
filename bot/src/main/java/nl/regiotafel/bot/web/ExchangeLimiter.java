package nl.regiotafel.bot.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most N link exchanges per client per minute, so nobody can try tokens by the thousand. A fixed window per minute;
 * the table is emptied when it grows past {@link #MAX_CLIENTS}, so a flood of addresses cannot exhaust memory.
 */
final class ExchangeLimiter {

    static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute = -1;

    ExchangeLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether this client may make one more attempt now; counts the attempt. */
    boolean allow(String client) {
        // The machine's clock, not the bot's adjustable one: console --now must not open or close windows
        long now = clock.millis() / 60_000;
        if (now != minute || counts.size() > MAX_CLIENTS) {
            counts.clear();
            minute = now;
        }
        return counts.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }
}
