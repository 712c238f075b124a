package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest(
        classes = StorageTestApplication.class,
        properties = "regiotafel.storage.data-dir=target/test-data/${random.uuid}")
final class EmbeddedMongoTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EmbeddedMongo embedded;

    @TempDir
    Path crash;

    @Test
    void aWriteIsInTheFileWhenTheDriverReturnsAsAfterKillMinusNine() throws Exception {
        // GIVEN the store has been idle past its own one-second background commit
        mongo.insert(new Document("n", 0), "durability");
        Thread.sleep(2500);

        // WHEN a write returns and we copy the file at once, as a kill -9 would leave it
        mongo.insert(new Document("n", 1), "durability");
        Path copy = crash.resolve("after-kill.mv");
        Files.copy(embedded.file(), copy);

        // THEN a store opened on that copy has the write
        try (EmbeddedMongo reopened = new EmbeddedMongo(copy);
                var client = MongoClients.create(reopened.connectionString("regiotafel"))) {
            long count =
                    client.getDatabase("regiotafel").getCollection("durability").countDocuments(new Document("n", 1));
            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    void answersHelloAsItsLegacyNameSoTheDatabaseClockReadsItWithoutAnError() {
        // WHEN a client asks hello, which the embedded server knows only as isMaster
        Document hello = mongo.getDb().runCommand(new Document("hello", 1));

        // THEN it answers with the server's time, and the database clock reads it with hello alone
        assertThat(hello.getDate("localTime")).isNotNull();
        assertThat(hello.get("ok")).isIn(1, 1.0);
        assertThat(new DatabaseClock(mongo).now())
                .isCloseTo(
                        java.time.Instant.now(),
                        org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
    }
}
