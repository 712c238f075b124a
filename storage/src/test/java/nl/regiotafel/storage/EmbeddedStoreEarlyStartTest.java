package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded store opened before Spring needs it: the bean takes the very store that was opened for its file, a
 * MongoDB URI or the web side opens none, and a start-up that fails before the bean took it closes it again.
 */
final class EmbeddedStoreEarlyStartTest {

    @TempDir
    Path data;

    private final EmbeddedStoreEarlyStart listener = new EmbeddedStoreEarlyStart();

    private void prepared(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
    }

    @Test
    void theBeanTakesTheStoreOpenedForItsFileOnceAndItServes() {
        prepared(Map.of("regiotafel.storage.data-dir", data.toString()));
        Path file = data.resolve(EmbeddedMongo.FILE_NAME);

        try (EmbeddedMongo store = EmbeddedStoreEarlyStart.take(file).orElseThrow();
                var client = MongoClients.create(store.connectionString("t"))) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("n", 1));
            assertThat(client.getDatabase("t").getCollection("c").countDocuments())
                    .isEqualTo(1);
            assertThat(store.file()).isEqualTo(file.toAbsolutePath().normalize());
            // Taken once: a second context opens its own, as before
            assertThat(EmbeddedStoreEarlyStart.take(file)).isEmpty();
        }
    }

    @Test
    void aMongoUriOrTheWebSideOpensNoStore() {
        prepared(Map.of("regiotafel.storage.data-dir", data.toString(), "spring.mongodb.uri", "mongodb://db/x"));
        assertThat(EmbeddedStoreEarlyStart.take(data.resolve(EmbeddedMongo.FILE_NAME)))
                .isEmpty();

        prepared(Map.of("regiotafel.storage.data-dir", data.toString(), "regiotafel.web.child", "true"));
        assertThat(EmbeddedStoreEarlyStart.take(data.resolve(EmbeddedMongo.FILE_NAME)))
                .isEmpty();
        assertThat(Files.exists(data.resolve(EmbeddedMongo.FILE_NAME))).isFalse();
    }

    @Test
    void aFailedStartUpClosesTheStoreItOpened() throws Exception {
        prepared(Map.of("regiotafel.storage.data-dir", data.toString()));
        listener.onApplicationEvent(new ApplicationFailedEvent(
                new SpringApplication(), new String[0], null, new IllegalStateException("boom")));

        assertThat(EmbeddedStoreEarlyStart.take(data.resolve(EmbeddedMongo.FILE_NAME)))
                .isEmpty();
        // Closed: the file can be opened again by another store (H2 locks an open file)
        try (EmbeddedMongo again = new EmbeddedMongo(data.resolve(EmbeddedMongo.FILE_NAME))) {
            assertThat(again.file()).exists();
        }
    }

    @Test
    void aStoreThatCannotOpenFailsWhereTheBeanTakesIt() throws Exception {
        Path notADirectory = Files.writeString(data.resolve("plain-file"), "x");
        prepared(Map.of("regiotafel.storage.data-dir", notADirectory.toString()));

        assertThatThrownBy(() -> EmbeddedStoreEarlyStart.take(notADirectory.resolve(EmbeddedMongo.FILE_NAME)))
                .hasMessageContaining("Cannot create the data directory");
    }
}
