package nl.regiotafel.storage;

import nl.regiotafel.commands.setup.WelcomeStore;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per welcomed network in {@code welcomes}, keyed by the network id: the insert is the atomic
 * "first time" test (a second insert fails on {@code _id}). Kept apart from {@code networks}, whose documents are
 * replaced whole by every optimistic save and exist only once a network is set up.
 */
@Component
final class MongoWelcomeStore implements WelcomeStore {

    private final MongoTemplate mongo;

    MongoWelcomeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean markWelcomed(String networkId) {
        try {
            StoreCalls.run("welcome", () -> mongo.insert(new Document("_id", networkId), "welcomes"));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
