package nl.regiotafel.commands.summary;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What the views of a round computed, kept by key: the pair of snapshots with its summaries, and the rendered chart and
 * report files. Bounded by weight (bytes, estimated for objects), least recently used out first. A key names
 * everything its value was computed from, so an entry is never wrong, only unused: {@link RoundSummaries} puts the
 * network's revision (as the current read scope read it) into every key of an open round, and the round's version into
 * every key of a closed one.
 *
 * <p>A thread that misses a key another thread is computing waits for that value instead of computing it too (the
 * view rendered ahead after a write and the user's {@code /summary} right after it are one computation, not two on a
 * two-core machine). If that computation fails or takes longer than {@link #JOIN_WAIT_MS}, the waiter computes the
 * value itself, so a failure is reported to whoever asked and nothing waits for ever.
 */
public final class ViewCache {

    private final long maxWeight;
    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;
    private long hits;
    private long misses;

    /** The most a thread waits for another thread's computation of the same key. */
    static final long JOIN_WAIT_MS = 5_000;

    /** Keys being computed now, with what their computation will give. */
    private final Map<Object, CompletableFuture<Object>> computing = new HashMap<>();

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

    /**
     * The value kept under {@code key}, or the one another thread is computing for it, or {@code compute}'s, which is
     * kept unless it alone outweighs the cache.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute, ToLongFunction<? super T> weigh) {
        CompletableFuture<Object> mine = null;
        CompletableFuture<Object> theirs;
        synchronized (this) {
            Entry hit = entries.get(key);
            if (hit != null) {
                hits++;
                return (T) hit.value();
            }
            theirs = computing.get(key);
            if (theirs == null) {
                misses++;
                mine = new CompletableFuture<>();
                computing.put(key, mine);
            } else {
                hits++;
            }
        }
        if (theirs != null) {
            T value = joined(theirs);
            if (value != null) {
                return value;
            }
            // Their computation failed or is slow: ours says why, or gives the value
            value = compute.get();
            keep(key, value, weigh);
            return value;
        }
        try {
            T value = compute.get();
            keep(key, value, weigh);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                computing.remove(key, mine);
            }
        }
    }

    /** Their value, or null when their computation failed or did not end in time. */
    @SuppressWarnings("unchecked")
    private static <T> T joined(CompletableFuture<Object> theirs) {
        try {
            return (T) theirs.get(JOIN_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private <T> void keep(Object key, T value, ToLongFunction<? super T> weigh) {
        long w = Math.max(1, weigh.applyAsLong(value));
        if (w > maxWeight) {
            return;
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
