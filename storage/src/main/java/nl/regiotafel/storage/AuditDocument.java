package nl.regiotafel.storage;

import java.time.Instant;
import java.util.List;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One audit entry; never updated or deleted (retention deletes old ones, erasure pseudonymises the actor). The action
 * is stored as {@link AuditAction#key()}.
 */
@Document(AuditDocument.COLLECTION)
record AuditDocument(
        @Id String id,
        String networkId,
        Instant at,
        String actorId,
        String actorName,
        String action,
        String subject,
        List<ChangeDocument> changes) {

    static final String COLLECTION = "audit";

    /** The field names the queries use, as the record's components name them. */
    static final class Fields {
        static final String NETWORK_ID = "networkId";
        static final String AT = "at";
        static final String ACTOR_ID = "actorId";
        static final String ACTOR_NAME = "actorName";
        static final String ACTION = "action";
        static final String SUBJECT = "subject";
        static final String CHANGES = "changes";

        private Fields() {}
    }

    record ChangeDocument(String field, String before, String after) {}

    static AuditDocument from(AuditEntry e) {
        return new AuditDocument(
                null,
                e.networkId(),
                e.at(),
                e.actorId(),
                e.actorName(),
                e.action().key(),
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
                AuditAction.ofKey(action),
                subject,
                changes.stream()
                        .map(c -> new AuditEntry.Change(c.field(), c.before(), c.after()))
                        .toList());
    }
}
