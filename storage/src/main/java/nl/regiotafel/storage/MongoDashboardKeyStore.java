package nl.regiotafel.storage;

import java.security.SecureRandom;
import java.util.Optional;
import nl.regiotafel.commands.dashboard.DashboardKeyStore;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One document per network in {@code dashboard_keys}, keyed by the network id: the 256-bit key its meeting-view links
 * are signed with. Read by {@code _id} on every page (one indexed lookup), so every instance sees a rotation at once.
 */
@Component
final class MongoDashboardKeyStore implements DashboardKeyStore {

    static final String COLLECTION = "dashboard_keys";

    private static final int KEY_BYTES = 32;

    private final MongoTemplate mongo;
    private final SecureRandom random = new SecureRandom();

    MongoDashboardKeyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public byte[] keyFor(String networkId) {
        Optional<byte[]> existing = find(networkId);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = newKey();
        try {
            StoreCalls.run("dashboardKey", () -> mongo.insert(document(networkId, key), COLLECTION));
            return key;
        } catch (DuplicateKeyException raced) {
            // Another instance made the key first: use theirs, so both sign alike
            return find(networkId).orElseThrow(() -> new IllegalStateException("Key vanished for " + networkId));
        }
    }

    @Override
    public Optional<byte[]> find(String networkId) {
        Document doc = StoreCalls.call("dashboardKey", () -> mongo.findById(networkId, Document.class, COLLECTION));
        return Optional.ofNullable(doc).map(d -> d.get("key", Binary.class).getData());
    }

    @Override
    public void rotate(String networkId) {
        Document replacement = document(networkId, newKey());
        StoreCalls.run(
                "dashboardKey",
                () -> mongo.findAndReplace(
                        Query.query(Criteria.where("_id").is(networkId)),
                        replacement,
                        FindAndReplaceOptions.options().upsert(),
                        Document.class,
                        COLLECTION));
    }

    private byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    private static Document document(String networkId, byte[] key) {
        return new Document("_id", networkId).append("key", new Binary(key));
    }
}
