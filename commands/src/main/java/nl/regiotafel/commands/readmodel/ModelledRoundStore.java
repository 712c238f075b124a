package nl.regiotafel.commands.readmodel;

import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.round.RoundSnapshot;
import nl.regiotafel.commands.round.RoundStore;

/** Round snapshots read once from the store of record and then kept (they never change); writes go through. */
final class ModelledRoundStore implements RoundStore {

    private final ReadModel model;
    private final RoundStore store;

    ModelledRoundStore(ReadModel model, RoundStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public boolean insert(RoundSnapshot snapshot) {
        ReadModel.Slot slot = model.slot(snapshot.networkId());
        return model.write(snapshot.networkId(), Part.ROUNDS, () -> store.insert(snapshot), (m, inserted) -> {
            if (inserted) {
                slot.rounds.inserted(snapshot);
            } else {
                // Someone else stored this version first, perhaps not yet counted: what we read of it is stale
                slot.rounds.clear();
            }
            return m;
        });
    }

    @Override
    public Optional<RoundSnapshot> latest(String networkId, String period) {
        model.current(networkId);
        return model.slot(networkId).rounds.latest(period, () -> store.latest(networkId, period));
    }

    @Override
    public Optional<RoundSnapshot> version(String networkId, String period, int version) {
        model.current(networkId);
        return model.slot(networkId).rounds.version(period, version, () -> store.version(networkId, period, version));
    }

    @Override
    public List<RoundSnapshot> headers(String networkId) {
        model.current(networkId);
        return model.slot(networkId).rounds.headers(() -> store.headers(networkId));
    }
}
