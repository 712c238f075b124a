package nl.regiotafel.commands.update;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectStatus;

/**
 * One version of a status update, in the blocks of the Zeeuwse Zorg Coalitie status slide. Updates are append-only:
 * an edit is a new version with the same number, and the old version is kept.
 *
 * @param networkId the network
 * @param projectCode the project
 * @param number the update's number within the project, from 1
 * @param version 1 for the original, +1 per edit
 * @param authorId who posted this version
 * @param authorName their name at the time
 * @param firstPostedAt when version 1 was posted (orders the history)
 * @param postedAt when this version was posted
 * @param period the reporting period key, e.g. {@code 2021-Q3}
 * @param health the leader's signal, or null
 * @param phase a phase change, or null
 * @param status a status change, or null
 * @param results behaalde resultaten
 * @param nextActions acties korte termijn
 * @param risks risico's en knelpunten
 * @param helpNeeded hulpvraag
 * @param kpiValues new KPI values by label
 * @param idempotencyKey the chat interaction that posted it; a redelivered interaction stores nothing new
 * @param late posted after the deadline of its period's round: kept, shown as late, never part of the closed round
 */
public record Update(
        String networkId,
        String projectCode,
        int number,
        int version,
        String authorId,
        String authorName,
        Instant firstPostedAt,
        Instant postedAt,
        String period,
        Health health,
        Phase phase,
        ProjectStatus status,
        String results,
        String nextActions,
        String risks,
        String helpNeeded,
        Map<String, Double> kpiValues,
        String idempotencyKey,
        boolean late) {

    public Update {
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(projectCode);
        Objects.requireNonNull(postedAt);
        Objects.requireNonNull(period);
        Objects.requireNonNull(idempotencyKey);
        kpiValues = Map.copyOf(kpiValues);
    }

    /**
     * Within one period, which update counts: the one first posted last (then the higher number), and of it the latest
     * version.
     */
    public static final java.util.Comparator<Update> WITHIN_PERIOD = java.util.Comparator.comparing(
                    Update::firstPostedAt)
            .thenComparingInt(Update::number)
            .thenComparingInt(Update::version);

    /** Of two updates for the same period, the one that counts ({@link #WITHIN_PERIOD}). */
    public static Update later(Update a, Update b) {
        return WITHIN_PERIOD.compare(a, b) >= 0 ? a : b;
    }

    public boolean isEdited() {
        return version > 1;
    }
}
