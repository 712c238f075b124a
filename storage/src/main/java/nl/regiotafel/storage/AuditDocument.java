package nl.regiotafel.storage;

import java.time.Instant;
import java.util.List;
import nl.regiotafel.commands.audit.AuditEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One audit entry; never updated or deleted. */
@Document("audit")
record AuditDocument(
        @Id String id,
        String networkId,
        Instant at,
        String actorId,
        String actorName,
        String action,
        String subject,
        List<ChangeDocument> changes) {

    record ChangeDocument(String field, String before, String after) {}

    static AuditDocument from(AuditEntry e) {
        return new AuditDocument(
                null,
                e.networkId(),
                e.at(),
                e.actorId(),
                e.actorName(),
                e.action(),
                e.subject(),
                e.changes().stream()
                        .map(c -> new ChangeDocument(c.field(), c.before(), c.after()))
                        .toList());
    }

    AuditDocument withId(String newId) {
        return new AuditDocument(newId, networkId, at, actorId, actorName, action, subject, changes);
    }

    AuditEntry toEntry() {
        return new AuditEntry(
                networkId,
                at,
                actorId,
                actorName,
                action,
                subject,
                changes.stream()
                        .map(c -> new AuditEntry.Change(c.field(), c.before(), c.after()))
                        .toList());
    }
}
