package nl.regiotafel.storage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Indexes for the embedded store only. It serves a query from an index only when the query's keys are exactly those
 * of a unique index, so the conditional writes ({@code _id} with {@code version}, {@code _id} with {@code state})
 * scanned their whole collection; a unique index on exactly those keys makes them lookups. The reminder ledger's
 * conditions are on {@code _id, state, claimEpoch}. A real MongoDB answers
 * them from {@code _id} and gets none of these (each index makes every write dearer).
 */
@Component
final class EmbeddedIndexes {

    /** Collections written with {@code {_id, version}} conditions. */
    private static final String[] VERSIONED = {"projects", "milestones", "networks", "reminderSettings"};

    EmbeddedIndexes(MongoTemplate mongo, ObjectProvider<EmbeddedMongo> embedded) {
        if (embedded.getIfAvailable() == null) {
            return;
        }
        for (String collection : VERSIONED) {
            StoreCalls.run("embedded index", () -> mongo.indexOps(collection)
                    .createIndex(new Index()
                            .on("_id", Sort.Direction.ASC)
                            .on("version", Sort.Direction.ASC)
                            .unique()
                            .named("id_version")));
        }
        // The ledger's claims and fenced outcomes are conditions on exactly (_id, state, claimEpoch)
        StoreCalls.run("embedded index", () -> {
            var reminders = mongo.indexOps("reminders");
            if (reminders.getIndexInfo().stream().anyMatch(i -> i.getName().equals("id_state"))) {
                // Served the conditions of an earlier version; every index makes each write dearer
                reminders.dropIndex("id_state");
            }
            reminders.createIndex(new Index()
                    .on("_id", Sort.Direction.ASC)
                    .on("state", Sort.Direction.ASC)
                    .on(MongoReminderStore.EPOCH, Sort.Direction.ASC)
                    .unique()
                    .named("id_state_epoch"));
        });
    }
}
