package nl.regiotafel.commands.readmodel;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How far a network's data has been written: one counter per {@link Part}, raised after every write of that part.
 * Counters only grow within an epoch; the epoch changes when the revision document is created anew (the network was
 * deleted, or the store restored), so that equal counters of different epochs are never taken as the same state.
 *
 * @param epoch chosen at random when the document was created, or null when there is none yet
 * @param counters per part; a missing part counts 0
 */
public record Revision(String epoch, Map<Part, Long> counters) {

    /** The revision of a network nothing was written to through a read model yet. */
    public static final Revision NONE = new Revision(null, Map.of());

    public Revision {
        EnumMap<Part, Long> copy = new EnumMap<>(Part.class);
        counters.forEach((part, value) -> {
            if (value != 0) {
                copy.put(part, value);
            }
        });
        counters = Map.copyOf(copy);
    }

    public long of(Part part) {
        return counters.getOrDefault(Objects.requireNonNull(part), 0L);
    }

    /** Whether a part is marked to be reloaded (counter -1). */
    public boolean hasStaleParts() {
        return counters.values().stream().anyMatch(v -> v < 0);
    }

    /** The same revision with one counter set. */
    public Revision with(Part part, long value) {
        EnumMap<Part, Long> copy = new EnumMap<>(Part.class);
        copy.putAll(counters);
        copy.put(part, value);
        return new Revision(epoch, copy);
    }
}
