package nl.regiotafel.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.regiotafel.commands.privacy.Retention;
import nl.regiotafel.commands.privacy.RetentionStore;
import nl.regiotafel.commands.reminder.ReminderState;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Retention settings in the {@code retention} collection ({@code _id} is the network id) and the sweeps over data. */
@Component
final class MongoRetentionStore implements RetentionStore {

    private static final String COLLECTION = "retention";

    private final MongoTemplate mongo;

    MongoRetentionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Retention get(String networkId) {
        Document d = StoreCalls.call(
                "read retention",
                () -> collection(COLLECTION).find(Filters.eq("_id", networkId)).first());
        if (d == null) {
            return Retention.defaults(networkId);
        }
        return new Retention(
                networkId, d.getInteger("updateDays"), d.getInteger("auditDays"), d.getInteger("ledgerDays"));
    }

    @Override
    public void set(Retention r) {
        Document d = new Document("_id", r.networkId())
                .append("networkId", r.networkId())
                .append("updateDays", r.updateDays())
                .append("auditDays", r.auditDays())
                .append("ledgerDays", r.ledgerDays());
        StoreCalls.run("save retention", () -> collection(COLLECTION)
                .replaceOne(Filters.eq("_id", r.networkId()), d, new ReplaceOptions().upsert(true)));
    }

    @Override
    public int pseudonymiseUpdatesBefore(String networkId, Instant before, String formerAuthor) {
        return StoreCalls.call("pseudonymise old updates", () -> {
            long live = collection("updates")
                    .updateMany(
                            Filters.and(
                                    Filters.eq("networkId", networkId),
                                    Filters.lt("postedAt", Date.from(before)),
                                    Filters.ne("authorId", formerAuthor)),
                            Updates.combine(
                                    Updates.set("authorId", formerAuthor), Updates.set("authorName", formerAuthor)))
                    .getModifiedCount();
            // The frozen rounds hold a copy of each round's update
            collection("round_projects")
                    .updateMany(
                            Filters.and(
                                    Filters.eq("networkId", networkId),
                                    Filters.lt("update.postedAt", Date.from(before)),
                                    Filters.ne("update.authorId", formerAuthor)),
                            Updates.combine(
                                    Updates.set("update.authorId", formerAuthor),
                                    Updates.set("update.authorName", formerAuthor)));
            return (int) live;
        });
    }

    @Override
    public int deleteAuditBefore(String networkId, Instant before) {
        return StoreCalls.call("delete old audit", () -> (int) collection(AuditDocument.COLLECTION)
                .deleteMany(Filters.and(
                        Filters.eq(AuditDocument.Fields.NETWORK_ID, networkId),
                        Filters.lt(AuditDocument.Fields.AT, Date.from(before))))
                .getDeletedCount());
    }

    @Override
    public int deleteLedgerBefore(String networkId, Instant before) {
        List<String> finished =
                List.of(ReminderState.SENT.name(), ReminderState.SKIPPED.name(), ReminderState.FAILED.name());
        return StoreCalls.call("delete old ledger", () -> (int) collection("reminders")
                .deleteMany(Filters.and(
                        Filters.eq("networkId", networkId),
                        Filters.lt("dueAt", Date.from(before)),
                        Filters.in("state", finished)))
                .getDeletedCount());
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }
}
