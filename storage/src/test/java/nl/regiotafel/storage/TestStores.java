package nl.regiotafel.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.reminder.ClaimFence;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every MongoDB adapter of this module over one embedded store, through the real driver and without a Spring context:
 * what tests of other modules (the commands' tests) build their stores from. One store per JVM, opened on first use
 * under {@code target/test-data}; tests keep apart by using their own network ids, as they do on the shared Spring
 * context.
 *
 * <pre>
 * TestStores stores = TestStores.shared();
 * ProjectStore projects = stores.get(ProjectStore.class);
 * </pre>
 */
public final class TestStores {

    private static TestStores shared;

    private final EmbeddedMongo embedded;
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final List<Object> adapters = new ArrayList<>();

    private TestStores(Path dataDir) {
        this.embedded = new EmbeddedMongo(dataDir.resolve(EmbeddedMongo.FILE_NAME));
        this.client = MongoClients.create(embedded.connectionString(StorageConfiguration.DATABASE));
        this.mongo = new MongoTemplate(client, StorageConfiguration.DATABASE);
        Counters counters = new Counters(mongo);
        DatabaseClock clock = new DatabaseClock(mongo);
        new EmbeddedIndexes(mongo, provider(embedded));
        adapters.addAll(List.of(
                new MongoAbsenceStore(mongo),
                new MongoAuditStore(mongo),
                new MongoDashboardKeyStore(mongo),
                new MongoForumPostStore(mongo),
                new MongoImportJournal(mongo),
                new MongoMilestoneStore(mongo, counters),
                new MongoNetworkStore(mongo),
                new MongoPersonalDataStore(mongo, counters),
                new MongoProjectStore(mongo, true),
                new MongoReminderSettingsStore(mongo),
                new MongoReminderStore(mongo, clock),
                new MongoRetentionStore(mongo),
                new MongoRevisionStore(mongo),
                new MongoRoundBoardStore(mongo),
                new MongoRoundStore(mongo),
                new MongoUpdateStore(mongo, counters),
                new MongoWelcomeStore(mongo),
                clock));
    }

    /** The store of this JVM, opened on first use in a fresh directory. */
    public static synchronized TestStores shared() {
        if (shared == null) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "test-data"));
                shared = new TestStores(Files.createTempDirectory(dir, "stores-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-stores-close"));
        }
        return shared;
    }

    /** The adapter implementing this port (or of this class). */
    public <T> T get(Class<T> type) {
        return adapters.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Mongo adapter for " + type.getName()));
    }

    /** Every adapter: one per port, plus the database clock. */
    public List<Object> all() {
        return List.copyOf(adapters);
    }

    /** For tests that look at the stored documents themselves. */
    public MongoTemplate mongo() {
        return mongo;
    }

    /** Claims under the constant epoch, as a bot without a lease does. */
    public ClaimFence fence() {
        return ClaimFence.withoutLease();
    }

    private void close() {
        client.close();
        embedded.close();
    }

    private static ObjectProvider<EmbeddedMongo> provider(EmbeddedMongo embedded) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("embeddedMongo", embedded);
        return beans.getBeanProvider(EmbeddedMongo.class);
    }
}
