package nl.regiotafel.storage;

import java.time.Instant;
import java.util.Map;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.update.Update;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of an update. {@code _id} is {@code networkId/idempotencyKey}: a redelivered interaction collides with
 * the stored one instead of creating a second update. Never updated or deleted.
 */
@Document("updates")
record UpdateDocument(
        @Id String id,
        String networkId,
        String projectCode,
        int number,
        int version,
        String authorId,
        String authorName,
        Instant firstPostedAt,
        Instant postedAt,
        String period,
        String health,
        String phase,
        String status,
        String results,
        String nextActions,
        String risks,
        String helpNeeded,
        Map<String, Double> kpiValues,
        String idempotencyKey,
        Boolean late) {

    /** The field names queries and indexes use (the components' names; {@code _id} for the id). */
    static final class Fields {
        static final String NETWORK_ID = "networkId";
        static final String PROJECT_CODE = "projectCode";
        static final String NUMBER = "number";
        static final String VERSION = "version";
        static final String PERIOD = "period";
        static final String FIRST_POSTED_AT = "firstPostedAt";

        private Fields() {}
    }

    static String id(String networkId, String idempotencyKey) {
        return networkId + "/" + idempotencyKey;
    }

    static UpdateDocument from(Update u, int number) {
        return new UpdateDocument(
                id(u.networkId(), u.idempotencyKey()),
                u.networkId(),
                u.projectCode(),
                number,
                u.version(),
                u.authorId(),
                u.authorName(),
                u.firstPostedAt(),
                u.postedAt(),
                u.period(),
                u.health() == null ? null : u.health().slug(),
                u.phase() == null ? null : u.phase().slug(),
                u.status() == null ? null : u.status().slug(),
                u.results(),
                u.nextActions(),
                u.risks(),
                u.helpNeeded(),
                u.kpiValues(),
                u.idempotencyKey(),
                u.late() ? Boolean.TRUE : null);
    }

    Update toUpdate() {
        return new Update(
                networkId,
                projectCode,
                number,
                version,
                authorId,
                authorName,
                firstPostedAt,
                postedAt,
                period,
                health == null ? null : Health.fromSlug(health).orElseThrow(),
                phase == null ? null : Phase.fromSlug(phase).orElseThrow(),
                status == null ? null : ProjectStatus.fromSlug(status).orElseThrow(),
                results,
                nextActions,
                risks,
                helpNeeded,
                kpiValues == null ? Map.of() : kpiValues,
                idempotencyKey,
                Boolean.TRUE.equals(late));
    }
}
