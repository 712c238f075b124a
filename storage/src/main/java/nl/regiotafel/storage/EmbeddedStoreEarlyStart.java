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
            if (StorageConfiguration.uri(environment).isEmpty()
                    && !environment.getProperty("regiotafel.web.child", Boolean.class, false)) {
                // Not for a MongoDB server, nor for the bot's web side, which uses the bot's store
                StorageProperties properties =
                        Binder.get(environment).bindOrCreate("regiotafel.storage", StorageProperties.class);
                start(
                        key(properties.dataDir().resolve(EmbeddedMongo.FILE_NAME)),
                        StorageConfiguration.cacheMb(properties.embeddedCache()));
            }
        } else if (event instanceof ApplicationFailedEvent) {
            STARTING.keySet().forEach(file -> take(file).ifPresent(EmbeddedMongo::close));
        }
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
