package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The audit log keeps each action as the string it always stored, and reads both old and new entries as actions. */
@SpringBootTest(
        classes = StorageTestApplication.class,
        properties = "regiotafel.storage.data-dir=target/test-data/${random.uuid}")
final class MongoAuditStoreTest {

    private static final Instant AT = Instant.parse("2021-10-05T08:00:00Z");

    @Autowired
    AuditStore audit;

    @Autowired
    MongoTemplate mongo;

    @Test
    void everyActionIsStoredAsItsStringAndReadBackAsTheSameAction() {
        // GIVEN one entry of every action
        String network = "guild-" + UUID.randomUUID();
        for (AuditAction action : AuditAction.values()) {
            audit.record(new AuditEntry(
                    network, AT, "u1", "Sanne", action, "subject", List.of(new AuditEntry.Change("f", null, "1"))));
        }

        // THEN the documents hold the strings the log has always held, and reading gives the actions back
        List<String> stored = mongo
                .find(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where(
                                                AuditDocument.Fields.NETWORK_ID)
                                        .is(network)),
                        Document.class,
                        AuditDocument.COLLECTION)
                .stream()
                .map(d -> d.getString(AuditDocument.Fields.ACTION))
                .toList();
        assertThat(stored)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AuditAction.values())
                        .map(AuditAction::key)
                        .toList());
        assertThat(audit.since(network, AT))
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.values());
    }

    @Test
    void anEntryWrittenBeforeActionsWereTypedReadsAsItsAction() {
        // GIVEN a document as an earlier version wrote it, action as a plain string
        String network = "guild-" + UUID.randomUUID();
        mongo.insert(
                new Document("networkId", network)
                        .append("at", Date.from(AT))
                        .append("actorId", "u1")
                        .append("actorName", "Sanne")
                        .append("action", "setup.regions.add")
                        .append("subject", "network")
                        .append("changes", List.of(new Document("field", "regions").append("after", "Zeeland"))),
                "audit");

        // WHEN it is read
        List<AuditEntry> read = audit.history(network, "network", 10);

        // THEN it is the typed action with its change
        assertThat(read).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SETUP_REGIONS_ADD);
            assertThat(e.changes()).containsExactly(new AuditEntry.Change("regions", null, "Zeeland"));
        });
    }
}
