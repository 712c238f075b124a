package nl.regiotafel.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The default database: a MongoDB wire-protocol server in this process, on 127.0.0.1 and a free port, keeping its data
 * in one H2 MVStore file. Real MongoDB drivers and Spring Data talk to it as to a MongoDB server.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** The store's file in the data directory. */
    public static final String FILE_NAME = "regiotafel.mv";

    /** Commands after which the user may be told "saved"; the store is committed before the driver returns. */
    private static final Set<String> WRITES =
            Set.of("insert", "update", "delete", "findAndModify", "findandmodify", "createIndexes", "drop");

    private final Path file;
    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    /** The H2 page cache when none is configured, in MB (H2's own default is 16). */
    public static final int DEFAULT_CACHE_MB = 64;

    public EmbeddedMongo(Path file) {
        this(file, DEFAULT_CACHE_MB, Clock.systemUTC());
    }

    /**
     * A store whose server clock is {@code clock}: what {@code hello}'s {@code localTime} reports, so tests can move
     * the database's time apart from the instances' clocks.
     */
    public EmbeddedMongo(Path file, Clock clock) {
        this(file, DEFAULT_CACHE_MB, clock);
    }

    /**
     * @param cacheMb the H2 page cache in MB; pages larger than a sixteenth of it are never cached, so a small cache
     *     makes large collections read from the file every time
     */
    public EmbeddedMongo(Path file, int cacheMb) {
        this(file, cacheMb, Clock.systemUTC());
    }

    public EmbeddedMongo(Path file, int cacheMb, Clock clock) {
        this.file = file.toAbsolutePath();
        try {
            Files.createDirectories(this.file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + this.file.getParent(), e);
        }
        this.backend = new CommittingBackend(
                new MVStore.Builder()
                        .fileName(this.file.toString())
                        .cacheSize(cacheMb)
                        .open(),
                clock);
        this.server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        this.address = server.getLocalAddress();
    }

    public Path file() {
        return file;
    }

    /** The H2 page cache it was opened with, in MB. */
    public int cacheSizeMb() {
        return backend.getMvStore().getCacheSize();
    }

    /**
     * Writes a consistent copy of the store, as a zip holding one MVStore file, while the server keeps serving: the
     * store stops reusing free space while its file is copied, so every page the copy reads stays as it was.
     */
    public void backup(OutputStream out) throws IOException {
        backend.commit();
        EmbeddedBackup.write(backend.getMvStore(), out);
    }

    /** The connection string of the server, naming {@code database}. */
    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    /** Whether the store holds changes not yet committed to its file; for checks. */
    public boolean hasUnsavedChanges() {
        return backend.getMvStore().hasUnsavedChanges();
    }

    /**
     * The H2 backend, committing the store after every write command before the server answers it. The store
     * otherwise commits about once a second, so a {@code kill -9} right after a reply could lose what the client was
     * told is saved; committing on the server's side covers every client, also a second process on the same port.
     * A bulk write is one command and one commit.
     */
    private static final class CommittingBackend extends H2Backend {

        CommittingBackend(MVStore store, Clock clock) {
            super(store, clock);
        }

        /**
         * {@code hello} answered as its legacy name {@code isMaster}, the only one the embedded server knows: the
         * database clock asks {@code hello} first, and the server logged every such call as an error with its stack
         * trace (on the console's screen at start-up).
         */
        @Override
        public de.bwaldvogel.mongo.bson.Document handleCommand(
                io.netty.channel.Channel channel,
                String databaseName,
                String command,
                de.bwaldvogel.mongo.bson.Document query) {
            if (command.equals("hello")) {
                return super.handleCommand(channel, databaseName, "isMaster", query);
            }
            return super.handleCommand(channel, databaseName, command, query);
        }

        @Override
        public de.bwaldvogel.mongo.bson.Document handleMessage(de.bwaldvogel.mongo.wire.message.MongoMessage message) {
            de.bwaldvogel.mongo.bson.Document answer = super.handleMessage(message);
            var keys = message.getDocument().keySet().iterator();
            if (keys.hasNext() && WRITES.contains(keys.next())) {
                commit();
            }
            return answer;
        }
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
