package nl.regiotafel.commands.update;

import java.util.List;
import java.util.Optional;

/** Port: the append-only history of status updates. */
public interface UpdateStore {

    /**
     * What {@link #append} did.
     *
     * @param update the stored update (the earlier one when this was a redelivery)
     * @param created false when an update with the same idempotency key already existed
     */
    record Appended(Update update, boolean created) {}

    /**
     * Stores a new update (number 0 gets the project's next number) or a new version of one. Idempotent on the
     * network and idempotency key.
     */
    Appended append(Update update);

    /** The latest version of the project's most recent update. */
    Optional<Update> latest(String networkId, String projectCode);

    /** The latest version of update {@code number} of the project. */
    Optional<Update> find(String networkId, String projectCode, int number);

    /** The latest version of every update of the project, newest first. */
    List<Update> history(String networkId, String projectCode);

    /** Every version of one update, oldest first. */
    List<Update> versions(String networkId, String projectCode, int number);

    /** The latest version of every update posted in [from, to) in the network, oldest first. */
    List<Update> postedBetween(String networkId, java.time.Instant from, java.time.Instant to);

    /** Codes of the projects with at least one update for the period key. */
    java.util.Set<String> reportedProjects(String networkId, String period);

    /** Every version of every update of the network, by project, number and version; for exports. */
    List<Update> everyVersion(String networkId);

    /** Every version of every update of the network for the period key, in no particular order. */
    List<Update> ofPeriod(String networkId, String period);
}
