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
        // _id is networkId/code: the embedded store keeps no second unique index on the same two values
        assertThat(keysOfUniqueIndexes("projects")).doesNotContain(List.of("networkId", "code"));
    }

    @Test
    void anIndexOnNetworkAndCodeLeftByAnEarlierVersionIsDroppedOnTheEmbeddedStoreAndKeptElsewhere() {
        mongo.indexOps("projects")
                .createIndex(new org.springframework.data.mongodb.core.index.Index()
                        .on("networkId", org.springframework.data.domain.Sort.Direction.ASC)
                        .on("code", org.springframework.data.domain.Sort.Direction.ASC)
                        .unique()
                        .named(MongoProjectStore.NETWORK_CODE));

        new MongoProjectStore(mongo, true);
        assertThat(keysOfUniqueIndexes("projects")).doesNotContain(List.of("networkId", "code"));

        new MongoProjectStore(mongo, false);
        assertThat(keysOfUniqueIndexes("projects")).contains(List.of("networkId", "code"));
        new MongoProjectStore(mongo, true);
    }

    private List<List<String>> keysOfUniqueIndexes(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .filter(IndexInfo::isUnique)
                .map(i -> i.getIndexFields().stream().map(f -> f.getKey()).toList())
                .toList();
    }
}
