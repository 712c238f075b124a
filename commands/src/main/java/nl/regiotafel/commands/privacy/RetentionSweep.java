package nl.regiotafel.commands.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;

/** Applies every network's retention: run nightly by the scheduler, and by tests directly. */
public final class RetentionSweep {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RetentionSweep.class);

    private final RetentionStore retention;
    private final ProjectStore projects;
    private final NetworkStore networks;
    private final Clock clock;

    public RetentionSweep(RetentionStore retention, ProjectStore projects, NetworkStore networks, Clock clock) {
        this.retention = retention;
        this.projects = projects;
        this.networks = networks;
        this.clock = clock;
    }

    /** Every network that has projects. */
    public void sweep() {
        projects.networkIds().forEach(this::sweep);
    }

    /** One network: pseudonymises old updates' authors, deletes old audit entries and finished ledger entries. */
    public void sweep(String networkId) {
        sweep(networkId, clock.instant());
    }

    /** One network as the nightly job at {@code now} would: what the console's clock runs when it passes the job. */
    public void sweep(String networkId, Instant now) {
        Retention r = retention.get(networkId);
        int updates = 0;
        int audit = 0;
        if (r.updateDays() != null) {
            // Stored text: in the network's language
            String former = Messages.of(networks.get(networkId).locale()).get("privacy.retention.formerAuthor");
            updates =
                    retention.pseudonymiseUpdatesBefore(networkId, now.minus(Duration.ofDays(r.updateDays())), former);
        }
        if (r.auditDays() != null) {
            audit = retention.deleteAuditBefore(networkId, now.minus(Duration.ofDays(r.auditDays())));
        }
        int ledger = retention.deleteLedgerBefore(networkId, now.minus(Duration.ofDays(r.ledgerDays())));
        if (updates + audit + ledger > 0) {
            log.info(
                    "Retention in network {}: {} update authors pseudonymised, {} audit entries and {} ledger entries deleted",
                    networkId,
                    updates,
                    audit,
                    ledger);
        }
    }
}
