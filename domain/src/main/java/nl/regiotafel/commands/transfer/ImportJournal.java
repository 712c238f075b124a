package nl.regiotafel.commands.transfer;

import java.util.List;

/**
 * Port: the import journal. Without transactions, an import is made all-or-nothing by writing its whole plan here
 * first (state pending), then the idempotent patches, then marking it done; a pending batch found later — at start-up
 * or before the network's next import — is written again to the end.
 */
public interface ImportJournal {

    /** Stores a batch as pending. Only once this returns may any of its patches be written. */
    void begin(ImportBatch batch);

    /** Pending batches of every network, oldest first. */
    List<ImportBatch> pending();

    /** Pending batches of one network, oldest first. */
    List<ImportBatch> pending(String networkId);

    /** Marks a batch done; its patches are no longer kept. */
    void finish(String batchId);
}
