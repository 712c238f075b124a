package nl.regiotafel.storage;

import com.mongodb.MongoCommandException;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The database server's clock: the one time that instances sharing a MongoDB agree on, however far their own clocks
 * drift apart. Read from {@code hello}'s {@code localTime} (the embedded server answers {@code hello} through its
 * legacy name {@code isMaster}, and has no {@code $$NOW}; a server without {@code hello} is asked {@code isMaster}). The lease's expiry and the reminder ledger's claims are both judged by it.
 */
@Component
public final class DatabaseClock {

    private static final Document HELLO = new Document("hello", 1);
    /** The embedded store knows only the legacy name of {@code hello}; real MongoDB still answers it too. */
    private static final Document IS_MASTER = new Document("isMaster", 1);

    private static final int COMMAND_NOT_FOUND = 59;

    private final MongoTemplate mongo;
    private volatile boolean legacyHello;

    DatabaseClock(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The database server's current time (one round trip). */
    public Instant now() {
        Document hello = StoreCalls.call("database clock", () -> {
            if (!legacyHello) {
                try {
                    return mongo.getDb().runCommand(HELLO);
                } catch (MongoCommandException e) {
                    if (e.getErrorCode() != COMMAND_NOT_FOUND) {
                        throw e;
                    }
                    legacyHello = true;
                }
            }
            return mongo.getDb().runCommand(IS_MASTER);
        });
        Date localTime = hello.getDate("localTime");
        if (localTime == null) {
            throw new IllegalStateException("The database does not report its time (no localTime in hello)");
        }
        return localTime.toInstant();
    }
}
