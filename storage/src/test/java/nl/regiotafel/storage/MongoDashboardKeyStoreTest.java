package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The meeting view's per-network keys on the embedded store through the real driver. */
@SpringBootTest(
        classes = StorageTestApplication.class,
        properties = "regiotafel.storage.data-dir=target/test-data/${random.uuid}")
final class MongoDashboardKeyStoreTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void makesOneKeyPerNetworkOnFirstUseAndKeepsIt() {
        MongoDashboardKeyStore keys = new MongoDashboardKeyStore(mongo);
        String a = "net-" + UUID.randomUUID();
        String b = "net-" + UUID.randomUUID();

        assertThat(keys.find(a)).isEmpty();
        byte[] first = keys.keyFor(a);
        byte[] again = new MongoDashboardKeyStore(mongo).keyFor(a);

        assertThat(first).hasSize(32);
        assertThat(again).isEqualTo(first);
        assertThat(keys.find(a)).hasValueSatisfying(k -> assertThat(k).isEqualTo(first));
        assertThat(keys.keyFor(b)).isNotEqualTo(first);
    }

    @Test
    void rotationReplacesTheKeyForEveryInstance() {
        MongoDashboardKeyStore one = new MongoDashboardKeyStore(mongo);
        MongoDashboardKeyStore other = new MongoDashboardKeyStore(mongo);
        String network = "net-" + UUID.randomUUID();
        byte[] before = one.keyFor(network);

        other.rotate(network);

        assertThat(one.find(network))
                .hasValueSatisfying(k -> assertThat(k).isNotEqualTo(before).hasSize(32));
        assertThat(one.keyFor(network)).isEqualTo(other.find(network).orElseThrow());
    }

    @Test
    void findingAStrangersKeyWritesNothing() {
        MongoDashboardKeyStore keys = new MongoDashboardKeyStore(mongo);
        String stranger = "net-" + UUID.randomUUID();

        keys.find(stranger);

        assertThat(mongo.findById(stranger, org.bson.Document.class, MongoDashboardKeyStore.COLLECTION))
                .isNull();
    }
}
