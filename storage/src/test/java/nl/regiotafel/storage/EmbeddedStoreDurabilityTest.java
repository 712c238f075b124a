package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store commits on the server's side: a write of any client — here a plain driver in the same process,
 * standing for a second instance connected to the embedded port — is in the file when the client gets its answer.
 */
final class EmbeddedStoreDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void everyClientsAcknowledgedWriteIsInTheFileAsAfterKillMinusNine() throws Exception {
        try (EmbeddedMongo store = new EmbeddedMongo(dir.resolve("store.mv"));
                MongoClient other = MongoClients.create(store.connectionString("regiotafel"))) {
            var collection = other.getDatabase("regiotafel").getCollection("durability");

            // WHEN another client's insert, update and delete return
            collection.insertOne(new Document("_id", "a").append("n", 1));
            assertThat(store.hasUnsavedChanges()).isFalse();
            collection.insertOne(new Document("_id", "b").append("n", 1));
            collection.updateOne(Filters.eq("_id", "a"), Updates.set("n", 2));
            assertThat(store.hasUnsavedChanges()).isFalse();
            collection.deleteOne(Filters.eq("_id", "b"));
            assertThat(store.hasUnsavedChanges()).isFalse();

            // THEN a copy of the file taken at once, as a kill -9 would leave it, holds all of them
            Path copy = dir.resolve("after-kill.mv");
            Files.copy(store.file(), copy);
            try (EmbeddedMongo reopened = new EmbeddedMongo(copy);
                    MongoClient client = MongoClients.create(reopened.connectionString("regiotafel"))) {
                var after = client.getDatabase("regiotafel").getCollection("durability");
                assertThat(after.find(Filters.eq("_id", "a")).first()).containsEntry("n", 2);
                assertThat(after.countDocuments(Filters.eq("_id", "b"))).isZero();
            }
        }
    }
}
