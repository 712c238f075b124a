package nl.regiotafel.bot.discord;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Short-lived state behind buttons and modals, keyed by a random token that fits in a component's custom id
 * (Discord allows 100 characters). Entries expire, and the oldest are dropped beyond a bound, so memory stays flat.
 *
 * @param <T> what is kept
 */
final class Interactions<T> {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private record Entry<T>(T value, Instant expires) {}

    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    Interactions(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    synchronized String put(T value) {
        evict();
        String token = token();
        entries.put(token, new Entry<>(value, clock.instant().plus(ttl)));
        return token;
    }

    synchronized Optional<T> get(String token) {
        Entry<T> entry = entries.get(token);
        if (entry == null || entry.expires().isBefore(clock.instant())) {
            entries.remove(token);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    synchronized void remove(String token) {
        entries.remove(token);
    }

    private void evict() {
        Instant now = clock.instant();
        Iterator<Entry<T>> it = entries.values().iterator();
        while (it.hasNext()) {
            Entry<T> entry = it.next();
            if (entry.expires().isBefore(now) || entries.size() >= maxEntries) {
                it.remove();
            } else {
                break;
            }
        }
    }

    private static String token() {
        char[] chars = new char[10];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
