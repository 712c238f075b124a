package nl.regiotafel.storage;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The journal entry of one confirmed import; {@code _id} is the batch id. Written after all its parts, so a pending
 * entry always has its whole plan; kept after it is done, without the parts, as a record of the import.
 *
 * @param state {@code pending} until every patch is written, then {@code done}
 * @param parts how many {@link ImportPartDocument}s hold its patches
 */
@Document("imports")
record ImportDocument(
        @Id String id,
        String networkId,
        String state,
        Instant at,
        String actorId,
        String actorName,
        String fileName,
        List<String> newRegions,
        List<String> newThemes,
        int parts,
        int projects,
        int milestones) {

    static final String PENDING = "pending";
    static final String DONE = "done";
}
