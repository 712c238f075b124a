package nl.regiotafel.commands.audit;

import java.util.List;

/** Port: the append-only audit log. */
public interface AuditStore {

    void record(AuditEntry entry);

    /** The latest entries about {@code subject} in a network, newest first. */
    List<AuditEntry> history(String networkId, String subject, int limit);
}
