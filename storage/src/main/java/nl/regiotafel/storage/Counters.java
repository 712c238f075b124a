package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiotafel.commands.api.StoreUnavailableException;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
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

    /**
     * Raises each counter to at least the given value, creating it if needed. Counters that do not exist yet (the
     * usual case: projects an import creates) are inserted in one bulk write, which the embedded store does much
     * faster than as many upserts; the few that exist are raised one by one.
     */
    void raise(Map<String, Integer> atLeast) {
        if (atLeast.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(atLeast.keySet());
        List<Document> counters = keys.stream()
                .map(key -> new Document("_id", key).append("value", atLeast.get(key)))
                .toList();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "counters");
        bulk.insert(counters);
        Set<Integer> existing;
        try {
            StoreCalls.call("create counters", bulk::execute);
            existing = Set.of();
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            existing = Bulk.duplicates(e);
        }
        for (int index : existing) {
            String key = keys.get(index);
            StoreCalls.run(
                    "raise counter",
                    () -> mongo.updateFirst(
                            query(where("_id").is(key)), new Update().max("value", atLeast.get(key)), "counters"));
        }
    }
}
