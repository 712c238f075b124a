package nl.regiotafel.storage;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a round's snapshot. {@code _id} is {@code networkId|period|version}: two instances freezing the same
 * round at once collide here, and the one whose insert succeeds owns the round. Its projects are in {@code
 * round_projects} under ids that carry this document's {@code writer}, so a losing writer's copies are never read.
 * Written after all its projects, never changed.
 */
@Document("rounds")
record RoundDocument(
        @Id String id,
        String networkId,
        String period,
        int version,
        Instant asOf,
        Instant takenAt,
        boolean reconstructed,
        String revisedById,
        String revisedByName,
        String reason,
        String writer,
        List<String> codes) {

    /** The field names queries and indexes use (the components' names; {@code _id} for the id). */
    static final class Fields {
        static final String ID = "_id";
        static final String NETWORK_ID = "networkId";
        static final String PERIOD = "period";

        private Fields() {}
    }

    static String id(String networkId, String period, int version) {
        return networkId + "|" + period + "|" + version;
    }

    String projectId(String code) {
        return id + "|" + writer + "|" + code;
    }
}
