package nl.regiotafel.commands.privacy;

import java.util.Objects;

/**
 * How long a network keeps what ages: updates (their authorship), the audit log and the reminder ledger.
 *
 * @param networkId the network
 * @param updateDays days after which an update's author is no longer kept (the text stays as the project's history);
 *     null keeps it until changed
 * @param auditDays days after which audit entries are deleted; null keeps them until changed
 * @param ledgerDays days after which finished reminder-ledger entries (sent, skipped, failed) are deleted
 */
public record Retention(String networkId, Integer updateDays, Integer auditDays, int ledgerDays) {

    /** The default for the ledger: long enough to answer "was I reminded?" for two quarters. */
    public static final int DEFAULT_LEDGER_DAYS = 180;

    /**
     * The ledger decides what has been sent; it must outlive the planner's look-back so nothing is planned twice.
     */
    public static final int MIN_LEDGER_DAYS = 30;

    /** The longest setting accepted: ten years. */
    public static final int MAX_DAYS = 3650;

    public Retention {
        Objects.requireNonNull(networkId);
    }

    /** Updates and audit until changed, ledger 180 days. */
    public static Retention defaults(String networkId) {
        return new Retention(networkId, null, null, DEFAULT_LEDGER_DAYS);
    }
}
