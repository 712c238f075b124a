package nl.regiotafel.bot.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, before Spring starts, that no other process has the embedded store's file open: the store locks it, and a
 * second process would otherwise fail deep in start-up with a long trace. Reads the data directory the way the
 * configuration does ({@code --regiotafel.storage.data-dir=}, {@code REGIOTAFEL_STORAGE_DATA_DIR}, default
 * {@code ./data}); with a MongoDB URI there is no file to check.
 */
public final class DataDirectoryLock {

    private static final String FILE = "regiotafel.mv";

    private DataDirectoryLock() {}

    /** The one line to print when another process uses the data directory, or empty. */
    public static Optional<String> inUse(String[] args, Map<String, String> env) {
        if (!value(args, env, "spring.data.mongodb.uri", "SPRING_DATA_MONGODB_URI")
                        .isBlank()
                || !value(args, env, "spring.mongodb.uri", "SPRING_MONGODB_URI").isBlank()) {
            return Optional.empty();
        }
        String dir = value(args, env, "regiotafel.storage.data-dir", "REGIOTAFEL_STORAGE_DATA_DIR");
        Path file = Path.of(dir.isBlank() ? "./data" : dir).resolve(FILE).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
        } catch (OverlappingFileLockException e) {
            // Held by this very process: in use all the same
        } catch (IOException e) {
            // Cannot even open it: the store will say why when it tries
            return Optional.empty();
        }
        return Optional.of("Regiotafel cannot start: the data directory " + file.getParent()
                + " is in use by another Regiotafel process. Stop that process, or set REGIOTAFEL_STORAGE_DATA_DIR to"
                + " another directory or SPRING_DATA_MONGODB_URI to a MongoDB.");
    }

    private static String value(String[] args, Map<String, String> env, String property, String variable) {
        for (String arg : args) {
            if (arg.startsWith("--" + property + "=")) {
                return arg.substring(property.length() + 3);
            }
        }
        String system = System.getProperty(property);
        if (system != null) {
            return system;
        }
        return env.getOrDefault(variable, "");
    }
}
