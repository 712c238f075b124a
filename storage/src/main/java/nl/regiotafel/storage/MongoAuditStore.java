package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import nl.regiotafel.commands.api.StoreUnavailableException;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The audit log in the {@code audit} collection. */
@Component
final class MongoAuditStore implements AuditStore {

    private final MongoTemplate mongo;

    MongoAuditStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(AuditEntry entry) {
        StoreCalls.run("audit", () -> mongo.insert(AuditDocument.from(entry)));
    }

    @Override
    public void recordAll(String batchKey, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AuditDocument.class);
        for (int i = 0; i < entries.size(); i++) {
            // Ids from the batch: recording the batch again collides with what is there instead of copying it
            bulk.insert(AuditDocument.from(entries.get(i)).withId(batchKey + "/" + i));
        }
        try {
            StoreCalls.call("audit batch", bulk::execute);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            Bulk.duplicates(e);
        }
    }

    @Override
    public List<AuditEntry> history(String networkId, String subject, int limit) {
        var query = query(where(AuditDocument.Fields.NETWORK_ID)
                        .is(networkId)
                        .and(AuditDocument.Fields.SUBJECT)
                        .is(subject))
                .with(Sort.by(Sort.Direction.DESC, AuditDocument.Fields.AT))
                .limit(limit);
        return StoreCalls.call("audit history", () -> mongo.find(query, AuditDocument.class)).stream()
                .map(AuditDocument::toEntry)
                .toList();
    }

    @Override
    public List<AuditEntry> since(String networkId, java.time.Instant from) {
        var query = query(where(AuditDocument.Fields.NETWORK_ID)
                        .is(networkId)
                        .and(AuditDocument.Fields.AT)
                        .gte(from))
                .with(Sort.by(Sort.Direction.ASC, AuditDocument.Fields.AT));
        return StoreCalls.call("audit since", () -> mongo.find(query, AuditDocument.class)).stream()
                .map(AuditDocument::toEntry)
                .toList();
    }
}
