package nl.regiotafel.bot.discord;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Limits how many interactions one user may start in a sliding window, so a flood from one person (a stuck macro, a
 * script) cannot crowd out everyone else. Other users are unaffected; the limit is generous for people.
 */
final class Throttle {

    /** Interactions per user per window. */
    static final int LIMIT = 30;

    /** The window, in nanoseconds (10 seconds). */
    static final long WINDOW_NANOS = 10_000_000_000L;

    private static final int MAX_USERS = 10_000;

    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_USERS;
        }
    };

    Throttle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Records an interaction by {@code userId} in {@code networkId}; false when they are over the limit. */
    synchronized boolean allow(String networkId, String userId) {
        long now = nanoTime.getAsLong();
        Deque<Long> times = recent.computeIfAbsent(networkId + "/" + userId, k -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
            times.pollFirst();
        }
        if (times.size() >= LIMIT) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
