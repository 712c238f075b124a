package nl.regiotafel.commands.reminder;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the epoch under which this instance claims reminder ledger entries. With the active-instance lease it is the
 * lease's epoch, which grows with every change of active instance; without it, one constant for every instance.
 *
 * <p>A claim records the claimer's epoch. Only that epoch may record the outcome ("sent", "failed", "skipped"), and a
 * successor with a higher epoch takes over the claims its predecessor left, so a dead or cut-off instance can neither
 * finish a send the successor has taken over nor claim entries the successor has touched.
 */
@FunctionalInterface
public interface ClaimFence {

    /** The epoch of a deployment without the lease: all instances share it, so only a stale claim is taken over. */
    long WITHOUT_LEASE = 0;

    /** This instance's epoch now; empty when it is not the active instance, and then it claims nothing. */
    Optional<Epoch> current();

    /**
     * An epoch of claims.
     *
     * @param number grows with every change of active instance
     * @param since when this instance's epoch began, by the database's clock: claims of older epochs made before then
     *     belong to a predecessor that no longer runs, and are taken over at once
     */
    record Epoch(long number, Instant since) {}

    /** One constant epoch: the lease is off. Claims are then taken over only once stale by the database's clock. */
    static ClaimFence withoutLease() {
        Optional<Epoch> constant = Optional.of(new Epoch(WITHOUT_LEASE, Instant.EPOCH));
        return () -> constant;
    }
}
