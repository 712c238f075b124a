package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Per-project sequence numbers (milestones #1, #2, …), allocated by one atomic increment each. */
@Component
final class Counters {

    private final MongoTemplate mongo;

    Counters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next number of {@code key}, starting at 1; two callers never get the same number. */
    int next(String key) {
        return reserve(key, 1);
    }

    /** Reserves {@code count} consecutive numbers of {@code key} in one atomic increment; returns the first. */
    int reserve(String key, int count) {
        Document counter = StoreCalls.call(
                "counter",
                () -> mongo.findAndModify(
                        query(where("_id").is(key)),
                        new Update().inc("value", count),
                        FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class,
                        "counters"));
        return ((Number) counter.get("value")).intValue() - count + 1;
    }
}
