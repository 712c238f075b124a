package nl.regiotafel.commands.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.regiotafel.commands.round.RoundSnapshot;

/**
 * A network's round snapshots once read: the latest version per period, single versions, and the list of headers.
 * Snapshots never change once written, so an entry stays right until a round of the network is written (a close or a
 * revision: the {@link Part#ROUNDS} counter moves) or a person is erased from them. Bounded per network, least
 * recently read out first: a 3,000-project snapshot is tens of megabytes.
 */
final class RoundCache {

    private static final int PERIODS = 6;

    private final Map<String, Optional<RoundSnapshot>> latest = bounded();
    private final Map<String, Optional<RoundSnapshot>> versions = bounded();
    private List<RoundSnapshot> headers;
    /** Raised by every change, so that a read that started before it does not store what it read. */
    private long generation;

    private static Map<String, Optional<RoundSnapshot>> bounded() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<RoundSnapshot>> eldest) {
                return size() > PERIODS;
            }
        };
    }

    Optional<RoundSnapshot> latest(String period, Supplier<Optional<RoundSnapshot>> load) {
        return cached(latest, period, load);
    }

    Optional<RoundSnapshot> version(String period, int version, Supplier<Optional<RoundSnapshot>> load) {
        return cached(versions, period + "#" + version, load);
    }

    List<RoundSnapshot> headers(Supplier<List<RoundSnapshot>> load) {
        long seen;
        synchronized (this) {
            if (headers != null) {
                return headers;
            }
            seen = generation;
        }
        List<RoundSnapshot> loaded = List.copyOf(load.get());
        synchronized (this) {
            if (generation == seen) {
                headers = loaded;
            }
        }
        return loaded;
    }

    private Optional<RoundSnapshot> cached(
            Map<String, Optional<RoundSnapshot>> map, String key, Supplier<Optional<RoundSnapshot>> load) {
        long seen;
        synchronized (this) {
            Optional<RoundSnapshot> hit = map.get(key);
            if (hit != null) {
                return hit;
            }
            seen = generation;
        }
        Optional<RoundSnapshot> loaded = load.get();
        synchronized (this) {
            if (generation == seen) {
                map.put(key, loaded);
            }
        }
        return loaded;
    }

    /** This process stored {@code snapshot}, with nobody else writing rounds in between: it is the latest. */
    synchronized void inserted(RoundSnapshot snapshot) {
        generation++;
        headers = null;
        latest.put(snapshot.period(), Optional.of(snapshot));
        versions.put(snapshot.period() + "#" + snapshot.version(), Optional.of(snapshot));
    }

    synchronized void clear() {
        generation++;
        headers = null;
        latest.clear();
        versions.clear();
    }

    /** The latest snapshots held, by period, for checks. */
    synchronized Map<String, Optional<RoundSnapshot>> latestHeld() {
        return Map.copyOf(latest);
    }
}
