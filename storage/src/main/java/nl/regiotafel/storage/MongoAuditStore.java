package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import org.springframework.data.domain.Sort;
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
    public List<AuditEntry> history(String networkId, String subject, int limit) {
        var query = query(where("networkId").is(networkId).and("subject").is(subject))
                .with(Sort.by(Sort.Direction.DESC, "at"))
                .limit(limit);
        return StoreCalls.call("audit history", () -> mongo.find(query, AuditDocument.class)).stream()
                .map(AuditDocument::toEntry)
                .toList();
    }
}
