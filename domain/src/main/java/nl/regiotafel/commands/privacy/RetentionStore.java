package nl.regiotafel.commands.privacy;

import java.time.Instant;

/** Port to a network's retention setting and to removing what is older than it. */
public interface RetentionStore {

    /** The network's setting, or {@link Retention#defaults} when none was set. */
    Retention get(String networkId);

    void set(Retention retention);

    /**
     * Replaces the author of every update posted before {@code before} by {@code formerAuthor} (id and name); the
     * update's text, figures and period stay.
     *
     * @return how many update versions were changed
     */
    int pseudonymiseUpdatesBefore(String networkId, Instant before, String formerAuthor);

    /** Deletes audit entries from before {@code before}; returns how many. */
    int deleteAuditBefore(String networkId, Instant before);

    /** Deletes finished ledger entries (sent, skipped, failed) due before {@code before}; returns how many. */
    int deleteLedgerBefore(String networkId, Instant before);
}
