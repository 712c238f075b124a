package nl.regiotafel.commands.readmodel;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import nl.regiotafel.commands.privacy.PersonalDataStore;

/**
 * Personal data, with the read model told of erasures (which rewrite projects, milestones, updates and round
 * snapshots in place) and of network deletion.
 */
final class ModelledPersonalDataStore implements PersonalDataStore {

    private final ReadModel model;
    private final PersonalDataStore store;

    ModelledPersonalDataStore(ReadModel model, PersonalDataStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public Map<String, Object> export(String networkId, String userId) {
        return store.export(networkId, userId);
    }

    @Override
    public Erasure erase(String networkId, String userId, Collection<String> names, Pseudonym pseudonym) {
        return model.writeReloading(
                networkId, EnumSet.allOf(Part.class), () -> store.erase(networkId, userId, names, pseudonym));
    }

    @Override
    public long deleteNetwork(String networkId) {
        // The revision document goes with the network: every instance sees its epoch change and loads it again
        return model.deleting(networkId, () -> store.deleteNetwork(networkId));
    }

    @Override
    public int nextFormerMember(String networkId) {
        return store.nextFormerMember(networkId);
    }
}
