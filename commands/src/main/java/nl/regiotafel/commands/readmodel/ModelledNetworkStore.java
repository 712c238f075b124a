package nl.regiotafel.commands.readmodel;

import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;

/** Network settings read from the read model; a save goes to the store of record and then into the model. */
final class ModelledNetworkStore implements NetworkStore {

    private final ReadModel model;
    private final NetworkStore store;

    ModelledNetworkStore(ReadModel model, NetworkStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public NetworkSettings get(String networkId) {
        return model.current(networkId).settings();
    }

    @Override
    public NetworkSettings save(NetworkSettings settings) {
        return model.write(settings.networkId(), Part.SETTINGS, () -> store.save(settings), NetworkModel::withSettings);
    }
}
