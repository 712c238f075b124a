package nl.regiotafel.storage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.board.RoundBoardStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One document per round board in {@code roundBoards}, keyed by network and period, so a lookup is an {@code _id}
 * lookup. A network has one board per round, so listing a network's open boards scans a small collection.
 */
@Component
final class MongoRoundBoardStore implements RoundBoardStore {

    private static final String COLLECTION = "roundBoards";

    private final MongoTemplate mongo;

    MongoRoundBoardStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private static String id(String networkId, String period) {
        return networkId + "|" + period;
    }

    @Override
    public Optional<Shown> find(String networkId, String period) {
        Document found =
                StoreCalls.call("round board", () -> mongo.findById(id(networkId, period), Document.class, COLLECTION));
        return Optional.ofNullable(found).map(MongoRoundBoardStore::shown);
    }

    @Override
    public void save(Shown board) {
        Document document = new Document("_id", id(board.networkId(), board.period()))
                .append("networkId", board.networkId())
                .append("period", board.period())
                .append("messageId", board.messageId())
                .append("closed", board.closed())
                .append("shown", board.shown());
        // Replaces by _id, inserting the first time
        StoreCalls.run("round board", () -> mongo.save(document, COLLECTION));
    }

    @Override
    public List<Shown> open(String networkId) {
        List<Document> found = StoreCalls.call(
                "round boards",
                () -> mongo.find(
                        Query.query(Criteria.where("networkId")
                                .is(networkId)
                                .and("closed")
                                .is(false)),
                        Document.class,
                        COLLECTION));
        return found.stream()
                .map(MongoRoundBoardStore::shown)
                .sorted(Comparator.comparing(Shown::period))
                .toList();
    }

    private static Shown shown(Document d) {
        return new Shown(
                d.getString("networkId"),
                d.getString("period"),
                d.getString("messageId"),
                Boolean.TRUE.equals(d.getBoolean("closed")),
                d.getString("shown"));
    }
}
