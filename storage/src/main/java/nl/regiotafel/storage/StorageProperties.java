package nl.regiotafel.storage;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Database settings ({@code regiotafel.storage.*}). The MongoDB address itself comes from
 * {@code SPRING_DATA_MONGODB_URI}; without it the embedded store is used.
 *
 * @param dataDir where the embedded store keeps its file ({@code REGIOTAFEL_STORAGE_DATA_DIR})
 * @param timeout how long a database call may take before the user is asked to try again; below Discord's 3 s
 * @param embeddedCache the embedded store's page cache ({@code REGIOTAFEL_STORAGE_EMBEDDED_CACHE}, e.g. {@code 128MB});
 *     it lives in the Java heap and fills only as data is read
 */
@ConfigurationProperties("regiotafel.storage")
public record StorageProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("32MB") DataSize embeddedCache) {}
