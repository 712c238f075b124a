package nl.regiotafel.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.Precision;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A milestone; {@code _id} is {@code networkId/projectCode/number}. Dates are ISO strings so they sort. */
@Document("milestones")
record MilestoneDocument(
        @Id String id,
        String networkId,
        String projectCode,
        int number,
        String title,
        String dueDate,
        String duePrecision,
        String dueLabel,
        String status,
        String doneOn,
        String ownerId,
        int moves,
        String snoozedUntil,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Milestone.Move> history) {

    /** The field names queries and indexes use (the components' names; {@code _id} for the id). */
    static final class Fields {
        static final String ID = "_id";
        static final String NETWORK_ID = "networkId";
        static final String PROJECT_CODE = "projectCode";
        static final String STATUS = "status";
        static final String DUE_DATE = "dueDate";
        static final String NUMBER = "number";
        static final String VERSION = "version";

        private Fields() {}
    }

    static String id(String networkId, String projectCode, int number) {
        return networkId + "/" + projectCode + "/" + number;
    }

    static MilestoneDocument from(Milestone m, int number, long version) {
        return new MilestoneDocument(
                id(m.networkId(), m.projectCode(), number),
                m.networkId(),
                m.projectCode(),
                number,
                m.title(),
                m.due().date().toString(),
                m.due().precision().name(),
                m.due().label(),
                m.status().name(),
                m.doneOn() == null ? null : m.doneOn().toString(),
                m.ownerId(),
                m.moves(),
                m.snoozedUntil() == null ? null : m.snoozedUntil().toString(),
                m.createdAt(),
                m.updatedAt(),
                version,
                m.history().isEmpty() ? null : m.history());
    }

    Milestone toMilestone() {
        return new Milestone(
                networkId,
                projectCode,
                number,
                title,
                new DueDate(LocalDate.parse(dueDate), Precision.valueOf(duePrecision), dueLabel),
                MilestoneStatus.valueOf(status),
                doneOn == null ? null : LocalDate.parse(doneOn),
                ownerId,
                moves,
                snoozedUntil == null ? null : LocalDate.parse(snoozedUntil),
                createdAt,
                updatedAt,
                version,
                history);
    }
}
