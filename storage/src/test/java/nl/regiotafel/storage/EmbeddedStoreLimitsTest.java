package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/** The embedded store opened with the configured page cache and the unique indexes its conditional writes need. */
@SpringBootTest(
        classes = StorageTestApplication.class,
        properties = {
            "regiotafel.storage.data-dir=target/test-data/${random.uuid}",
            "regiotafel.storage.embedded-cache=96MB"
        })
final class EmbeddedStoreLimitsTest {

    @Autowired
    EmbeddedMongo embedded;

    @Autowired
    MongoTemplate mongo;

    @Test
    void opensTheStoreWithTheConfiguredPageCache() {
        assertThat(embedded.cacheSizeMb()).isEqualTo(96);
    }

    @Test
    void conditionalWritesHaveAUniqueIndexOnExactlyTheirKeys() {
        for (String collection : List.of("projects", "milestones", "networks", "reminderSettings")) {
            assertThat(keysOfUniqueIndexes(collection)).as(collection).contains(List.of("_id", "version"));
        }
        assertThat(keysOfUniqueIndexes("reminders")).contains(List.of("_id", "state", "claimEpoch"));
    }

    private List<List<String>> keysOfUniqueIndexes(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .filter(IndexInfo::isUnique)
                .map(i -> i.getIndexFields().stream().map(f -> f.getKey()).toList())
                .toList();
    }
}
