package nl.regiotafel.commands.audit;

import java.util.List;

/** Port: the append-only audit log. */
public interface AuditStore {

    void record(AuditEntry entry);

    /**
     * Records entries that belong to one batch, such as an import. Idempotent per {@code batchKey}: recording the same
     * batch again (after a crash) adds no second copy of an entry already recorded.
     */
    default void recordAll(String batchKey, List<AuditEntry> entries) {
        entries.forEach(this::record);
    }

    /** The latest entries about {@code subject} in a network, newest first. */
    List<AuditEntry> history(String networkId, String subject, int limit);

    /**
     * Every entry of the network recorded at or after {@code from}, oldest first: what must be undone to see the
     * network as it was at {@code from}.
     */
    List<AuditEntry> since(String networkId, java.time.Instant from);
}
