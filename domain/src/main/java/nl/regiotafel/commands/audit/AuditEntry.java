package nl.regiotafel.commands.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change to configuration or a project: who, when, what, old to new.
 *
 * @param networkId the network
 * @param at when
 * @param actorId who (user id)
 * @param actorName who (display name at the time)
 * @param action what was done
 * @param subject what it was done to, e.g. a project code
 * @param changes field changes
 */
public record AuditEntry(
        String networkId,
        Instant at,
        String actorId,
        String actorName,
        AuditAction action,
        String subject,
        List<Change> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /**
     * One field's change.
     *
     * @param field the field
     * @param before old value, or null
     * @param after new value, or null
     */
    public record Change(String field, String before, String after) {}
}
