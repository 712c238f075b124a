package nl.regiotafel.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.mvstore.MVStore;

/**
 * Backups of the embedded store: a zip holding the H2 MVStore file. A running store is copied by its own process
 * (H2's online backup); a store no process has open is copied by opening it here, which also proves nobody else has
 * it open (the MVStore file is locked while in use).
 */
public final class EmbeddedBackup {

    /** A restored store is checked for at least this many maps; a fresh store of this bot has more. */
    private static final int MIN_MAPS = 1;

    private EmbeddedBackup() {}

    static void write(MVStore store, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // Stops space reuse while the file is read, so the copy holds the last committed version whole
        store.getFileStore().backup(zip);
        zip.finish();
        zip.flush();
    }

    /**
     * Backs up the store file {@code storeFile} that no process has open.
     *
     * @throws IllegalStateException when a running Regiotafel holds it (ask that one instead)
     */
    public static void writeOffline(Path storeFile, OutputStream out) throws IOException {
        if (!Files.isRegularFile(storeFile)) {
            throw new IllegalArgumentException("No store at " + storeFile);
        }
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(storeFile.toString()).open();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The store " + storeFile + " is in use by a running process", e);
        }
        try {
            write(store, out);
        } finally {
            store.close();
        }
    }

    /**
     * Restores a backup into {@code dataDir}, which must be empty or absent: a restore never overwrites data.
     *
     * @return the names of the maps (collections and indexes) in the restored store
     */
    public static List<String> restore(InputStream backup, Path dataDir) throws IOException {
        if (Files.exists(dataDir)) {
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("The data directory " + dataDir
                            + " is not empty; restore only into an empty or new directory");
                }
            }
        }
        Files.createDirectories(dataDir);
        Path target = dataDir.resolve(EmbeddedMongo.FILE_NAME);
        Path partial = dataDir.resolve(EmbeddedMongo.FILE_NAME + ".partial");
        try (ZipInputStream zip = new ZipInputStream(backup)) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || entry.isDirectory()) {
                throw new IllegalArgumentException("Not a Regiotafel backup: no store file in the zip");
            }
            Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
            if (zip.getNextEntry() != null) {
                Files.delete(partial);
                throw new IllegalArgumentException("Not a Regiotafel backup: more than one file in the zip");
            }
        } catch (java.util.zip.ZipException e) {
            Files.deleteIfExists(partial);
            throw new IllegalArgumentException("Not a Regiotafel backup: not a zip file", e);
        }
        List<String> maps;
        try {
            maps = mapNames(partial);
        } catch (RuntimeException e) {
            Files.deleteIfExists(partial);
            throw new IllegalArgumentException("Not a Regiotafel backup: the store in it does not open", e);
        }
        if (maps.size() < MIN_MAPS) {
            Files.deleteIfExists(partial);
            throw new IllegalArgumentException("Not a Regiotafel backup: the store in it is empty");
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return maps;
    }

    /** The maps in a store file that no process has open. */
    public static List<String> mapNames(Path storeFile) {
        MVStore store =
                new MVStore.Builder().fileName(storeFile.toString()).readOnly().open();
        try {
            return store.getMapNames().stream().sorted().toList();
        } finally {
            store.close();
        }
    }
}
