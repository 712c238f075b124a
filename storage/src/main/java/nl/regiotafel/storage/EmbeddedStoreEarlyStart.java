package nl.regiotafel.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Opens the embedded store on its own thread as soon as the settings are known, so reading its file and binding its
 * port overlap Spring's parsing of the configuration instead of following it (docs/benchmarks.md: start-up). The
 * {@code embeddedMongo} bean {@linkplain #take takes} the store when it is needed; a start-up that fails before that
 * closes it, so a failed start never leaves a server keeping the process alive.
 */
public final class EmbeddedStoreEarlyStart implements SmartApplicationListener {

    private static final Map<Path, CompletableFuture<EmbeddedMongo>> STARTING = new ConcurrentHashMap<>();

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            Environment environment = prepared.getEnvironment();
            int cacheMb = StorageConfiguration.cacheMb(Binder.get(environment)
                    .bind("regiotafel.storage.embedded-cache", org.springframework.util.unit.DataSize.class)
                    .orElse(org.springframework.util.unit.DataSize.ofMegabytes(EmbeddedMongo.DEFAULT_CACHE_MB)));
            embeddedFile(environment).ifPresent(file -> start(file, cacheMb));
        } else if (event instanceof ApplicationFailedEvent) {
            STARTING.keySet().forEach(file -> take(file).ifPresent(EmbeddedMongo::close));
        }
    }

    /** The file of the embedded store, unless a MongoDB URI is configured. */
    static Optional<Path> embeddedFile(Environment environment) {
        String uri =
                environment.getProperty("spring.data.mongodb.uri", environment.getProperty("spring.mongodb.uri", ""));
        if (!uri.isEmpty() || environment.getProperty("regiotafel.web.child", Boolean.class, false)) {
            // A MongoDB server, or the bot's web side, which uses the bot's store rather than opening its own
            return Optional.empty();
        }
        Path dataDir = Binder.get(environment)
                .bind("regiotafel.storage.data-dir", Path.class)
                .orElse(Path.of("./data"));
        return Optional.of(key(dataDir.resolve(EmbeddedMongo.FILE_NAME)));
    }

    private static void start(Path file, int cacheMb) {
        STARTING.computeIfAbsent(
                file,
                f -> CompletableFuture.supplyAsync(() -> new EmbeddedMongo(f, cacheMb), runnable -> {
                    Thread thread = new Thread(runnable, "embedded-store-start");
                    thread.setDaemon(true);
                    thread.start();
                }));
    }

    /**
     * The store opened early for this file, once it is open (its failure rethrown as it would have been thrown in
     * the caller), or empty when none was started for it.
     */
    static Optional<EmbeddedMongo> take(Path file) {
        CompletableFuture<EmbeddedMongo> starting = STARTING.remove(key(file));
        if (starting == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(starting.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
