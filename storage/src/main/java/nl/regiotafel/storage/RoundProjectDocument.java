package nl.regiotafel.storage;

import java.util.List;
import nl.regiotafel.commands.project.KpiTrend;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One project in one version of a round's snapshot, written by one writer; see {@link RoundDocument}. */
@Document("round_projects")
record RoundProjectDocument(
        @Id String id,
        String networkId,
        ProjectDocument project,
        UpdateDocument update,
        List<MilestoneDocument> milestones,
        List<KpiTrend.Point> trend) {

    /** The field names queries and indexes use (the components' names; {@code _id} for the id). */
    static final class Fields {
        static final String ID = "_id";

        private Fields() {}
    }
}
