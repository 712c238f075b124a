package nl.regiotafel.commands.readmodel;

import java.time.Instant;
import java.util.EnumSet;
import nl.regiotafel.commands.privacy.Retention;
import nl.regiotafel.commands.privacy.RetentionStore;

/** Retention, with the read model told when old updates (and the round snapshots holding them) are pseudonymised. */
final class ModelledRetentionStore implements RetentionStore {

    private final ReadModel model;
    private final RetentionStore store;

    ModelledRetentionStore(ReadModel model, RetentionStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public Retention get(String networkId) {
        return store.get(networkId);
    }

    @Override
    public void set(Retention retention) {
        store.set(retention);
    }

    @Override
    public int pseudonymiseUpdatesBefore(String networkId, Instant before, String formerAuthor) {
        return model.writeReloading(
                networkId,
                EnumSet.of(Part.UPDATES, Part.ROUNDS),
                () -> store.pseudonymiseUpdatesBefore(networkId, before, formerAuthor));
    }

    @Override
    public int deleteAuditBefore(String networkId, Instant before) {
        return store.deleteAuditBefore(networkId, before);
    }

    @Override
    public int deleteLedgerBefore(String networkId, Instant before) {
        return store.deleteLedgerBefore(networkId, before);
    }
}
