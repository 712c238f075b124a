package nl.regiotafel.storage;

import com.mongodb.ConnectionString;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Connects to MongoDB: the server named by {@code SPRING_DATA_MONGODB_URI} (or {@code spring.mongodb.uri}), or else
 * the embedded store under the data directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
@ComponentScan
public class StorageConfiguration {

    static final String DATABASE = "regiotafel";
    /** A condition expression: true when no MongoDB URI is configured, so the embedded store runs. */
    public static final String NO_URI =
            "'${spring.data.mongodb.uri:}'.isEmpty() and '${spring.mongodb.uri:}'.isEmpty()";

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(NO_URI)
    EmbeddedMongo embeddedMongo(StorageProperties properties) {
        java.nio.file.Path file = properties.dataDir().resolve(EmbeddedMongo.FILE_NAME);
        int cacheMb = cacheMb(properties.embeddedCache());
        EmbeddedMongo embedded = EmbeddedStoreEarlyStart.take(file).orElseGet(() -> new EmbeddedMongo(file, cacheMb));
        log.info(
                "No SPRING_DATA_MONGODB_URI set: using the embedded MongoDB-compatible store {} on {}."
                        + " Set SPRING_DATA_MONGODB_URI=mongodb://host:27017/regiotafel to use a real MongoDB.",
                embedded.file(),
                embedded.connectionString(DATABASE));
        return embedded;
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(Environment environment, ObjectProvider<EmbeddedMongo> embedded) {
        String uri = uri(environment);
        ConnectionString connection = uri.isBlank()
                ? new ConnectionString(embedded.getObject().connectionString(DATABASE))
                : withDefaultDatabase(uri);
        return () -> connection;
    }

    @Bean
    MongoClientSettingsBuilderCustomizer regiotafelClientSettings(StorageProperties properties) {
        long millis = properties.timeout().toMillis();
        return builder -> {
            // A user waits at most this long before being asked to try again; the driver keeps reconnecting itself
            builder.applyToClusterSettings(c -> c.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS));
            builder.applyToSocketSettings(s -> s.connectTimeout((int) millis, TimeUnit.MILLISECONDS)
                    .readTimeout((int) millis * 2, TimeUnit.MILLISECONDS));
        };
    }

    /** The configured MongoDB URI ({@code SPRING_DATA_MONGODB_URI} or {@code spring.mongodb.uri}), empty for none. */
    static String uri(Environment environment) {
        return environment.getProperty("spring.data.mongodb.uri", environment.getProperty("spring.mongodb.uri", ""));
    }

    /** The page cache setting in whole megabytes, at least one. */
    static int cacheMb(org.springframework.util.unit.DataSize cache) {
        return (int) Math.max(1, cache.toMegabytes());
    }

    /** A URI without a database name gets {@value #DATABASE}. */
    static ConnectionString withDefaultDatabase(String uri) {
        ConnectionString parsed = new ConnectionString(uri);
        if (parsed.getDatabase() != null) {
            return parsed;
        }
        int hostsStart = uri.indexOf("://") + 3;
        int query = uri.indexOf('?', hostsStart);
        int slash = uri.indexOf('/', hostsStart);
        String hosts = uri.substring(
                0, query < 0 ? (slash < 0 ? uri.length() : slash) : Math.min(query, slash < 0 ? query : slash));
        String rest = query < 0 ? "" : uri.substring(query);
        return new ConnectionString(hosts + "/" + DATABASE + rest);
    }
}
