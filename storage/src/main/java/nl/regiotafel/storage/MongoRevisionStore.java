package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.commands.readmodel.Part;
import nl.regiotafel.commands.readmodel.Revision;
import nl.regiotafel.commands.readmodel.RevisionStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Per-network revisions in the {@code revisions} collection: {@code _id} is the network id (so deleting the network
 * deletes it), one counter per part, and the epoch chosen when the document was created. Read and raised by
 * {@code _id} only, which the embedded store serves from its index.
 */
@Component
final class MongoRevisionStore implements RevisionStore {

    static final String COLLECTION = "revisions";

    private final MongoTemplate mongo;

    MongoRevisionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Revision read(String networkId) {
        Document d = StoreCalls.call(
                "read revision", () -> mongo.findOne(query(where("_id").is(networkId)), Document.class, COLLECTION));
        return d == null ? Revision.NONE : revision(d);
    }

    @Override
    public Revision bump(String networkId, Set<Part> parts) {
        Update update = new Update().setOnInsert("epoch", UUID.randomUUID().toString());
        parts.forEach(part -> update.inc(field(part), 1L));
        Document d = StoreCalls.call(
                "raise revision",
                () -> mongo.findAndModify(
                        query(where("_id").is(networkId)),
                        update,
                        FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class,
                        COLLECTION));
        return revision(d);
    }

    private static Revision revision(Document d) {
        Map<Part, Long> counters = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            if (d.get(field(part)) instanceof Number n) {
                counters.put(part, n.longValue());
            }
        }
        return new Revision(d.getString("epoch"), counters);
    }

    private static String field(Part part) {
        return part.name().toLowerCase(Locale.ROOT);
    }
}
