package nl.regiotafel.commands.summary;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What the views of a round computed, kept by key: the pair of snapshots with its summaries, and the rendered chart and
 * report files. Bounded by weight (bytes, estimated for objects), least recently used out first. A key names
 * everything its value was computed from, so an entry is never wrong, only unused: {@link RoundSummaries} puts the
 * network's revision (as the current read scope read it) into every key of an open round, and the round's version into
 * every key of a closed one.
 *
 * <p>Two threads that miss the same key at once both compute it; the values are equal, the second is kept.
 */
public final class ViewCache {

    private final long maxWeight;
    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;
    private long hits;
    private long misses;

    private record Entry(Object value, long weight) {}

    /** @param maxWeight the most bytes kept; 0 keeps nothing */
    public ViewCache(long maxWeight) {
        if (maxWeight < 0) {
            throw new IllegalArgumentException("A cache cannot hold " + maxWeight + " bytes");
        }
        this.maxWeight = maxWeight;
    }

    /** Whether anything is kept at all. */
    public boolean keeps() {
        return maxWeight > 0;
    }

    /** The value kept under {@code key}, or {@code compute}'s, which is kept unless it alone outweighs the cache. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute, ToLongFunction<? super T> weigh) {
        synchronized (this) {
            Entry hit = entries.get(key);
            if (hit != null) {
                hits++;
                return (T) hit.value();
            }
            misses++;
        }
        T value = compute.get();
        long w = Math.max(1, weigh.applyAsLong(value));
        if (w > maxWeight) {
            return value;
        }
        synchronized (this) {
            Entry old = entries.put(key, new Entry(value, w));
            weight += w - (old == null ? 0 : old.weight());
            Iterator<Entry> eldest = entries.values().iterator();
            while (weight > maxWeight && eldest.hasNext()) {
                weight -= eldest.next().weight();
                eldest.remove();
            }
        }
        return value;
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
        weight = 0;
    }

    /** The bytes kept now. */
    public synchronized long weight() {
        return weight;
    }

    /** The entries kept now. */
    public synchronized int size() {
        return entries.size();
    }

    /** How often a key was found, and how often it was not; for tests and benchmarks. */
    public synchronized long[] hitsAndMisses() {
        return new long[] {hits, misses};
    }
}
