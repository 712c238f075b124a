package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Network settings in the {@code networks} collection; absent networks read as the defaults. */
@Component
final class MongoNetworkStore implements NetworkStore {

    private final MongoTemplate mongo;

    MongoNetworkStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public NetworkSettings get(String networkId) {
        NetworkDocument document =
                StoreCalls.call("read network", () -> mongo.findById(networkId, NetworkDocument.class));
        return document == null ? NetworkDefaults.forNetwork(networkId) : document.toSettings();
    }

    @Override
    public NetworkSettings save(NetworkSettings settings) {
        NetworkDocument replacement = NetworkDocument.from(settings, settings.version() + 1);
        if (settings.version() == 0) {
            try {
                StoreCalls.run("create network", () -> mongo.insert(replacement));
                return replacement.toSettings();
            } catch (DuplicateKeyException e) {
                throw new ConcurrentEditException("network " + settings.networkId());
            }
        }
        Query sameVersion = query(where(NetworkDocument.Fields.ID)
                .is(settings.networkId())
                .and(NetworkDocument.Fields.VERSION)
                .is(settings.version()));
        if (StoreCalls.call("save network", () -> mongo.findAndReplace(sameVersion, replacement)) == null) {
            throw new ConcurrentEditException("network " + settings.networkId());
        }
        return replacement.toSettings();
    }
}
