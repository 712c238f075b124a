package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The active-instance lease: one document in {@code leases} naming the owner, an epoch that grows with every change
 * of owner, when the owner took it and an expiry. Every time in it is the database's ({@link DatabaseClock}), so
 * instances whose clocks disagree by hours still agree on when a lease lapsed.
 *
 * <p>Taking over is one conditional write on {@code {_id, expiresAt <= now}}: of two standbys only one matches. Renewing
 * and releasing are fenced by owner and epoch: an instance that lost the lease cannot extend or drop its successor's.
 *
 * <p>The bot's {@code ActiveInstance} holds it when {@code REGIOTAFEL_LEASE_ENABLED=true} (README → Failover).
 */
@Component
public final class MongoLease {

    /** The lease of the whole deployment: one active instance per MongoDB. */
    static final String ACTIVE = "active";

    private static final String COLLECTION = "leases";
    private final MongoTemplate mongo;
    private final DatabaseClock clock;
    private final String id;

    @Autowired
    MongoLease(MongoTemplate mongo, DatabaseClock clock) {
        this(mongo, clock, ACTIVE);
    }

    /** A lease of another name: tests keep apart with it. */
    MongoLease(MongoTemplate mongo, DatabaseClock clock, String id) {
        this.mongo = mongo;
        this.clock = clock;
        this.id = id;
    }

    /**
     * A lease held by {@code owner} from the change that gave it {@code epoch}, until {@code expiresAt}.
     *
     * @param since when this owner took it, by the database's clock: claims of older epochs made before then were
     *     left by a predecessor that can no longer finish them
     */
    public record Lease(String owner, long epoch, Instant since, Instant expiresAt) {}

    /** The database server's current time (see {@link DatabaseClock}). */
    public Instant databaseNow() {
        return clock.now();
    }

    /**
     * Takes the lease for {@code owner} if nobody holds it or it lapsed by the database's clock; empty when another
     * instance holds it.
     */
    public Optional<Lease> acquire(String owner, Duration ttl) {
        Instant now = databaseNow();
        Date expires = Date.from(now.plus(ttl));
        Document taken = StoreCalls.call(
                "take over lease",
                () -> mongo.findAndModify(
                        query(where("_id").is(id).and("expiresAt").lte(Date.from(now))),
                        new Update()
                                .set("owner", owner)
                                .set("since", Date.from(now))
                                .set("expiresAt", expires)
                                .inc("epoch", 1),
                        FindAndModifyOptions.options().returnNew(true),
                        Document.class,
                        COLLECTION));
        if (taken != null) {
            return Optional.of(lease(taken));
        }
        try {
            Document first = new Document("_id", id)
                    .append("owner", owner)
                    .append("epoch", 1L)
                    .append("since", Date.from(now))
                    .append("expiresAt", expires);
            StoreCalls.run("create lease", () -> mongo.insert(first, COLLECTION));
            return Optional.of(lease(first));
        } catch (DuplicateKeyException e) {
            // It exists and has not lapsed: another instance is active
            return Optional.empty();
        }
    }

    /** Extends a lease still held; empty when it has changed hands (then stop acting as the active instance). */
    public Optional<Lease> renew(Lease lease, Duration ttl) {
        Instant now = databaseNow();
        Date expires = Date.from(now.plus(ttl));
        long matched = StoreCalls.call(
                        "renew lease",
                        () -> mongo.updateFirst(fenced(lease), new Update().set("expiresAt", expires), COLLECTION))
                .getMatchedCount();
        return matched == 1
                ? Optional.of(new Lease(lease.owner(), lease.epoch(), lease.since(), expires.toInstant()))
                : Optional.empty();
    }

    /** Gives the lease up at once, so a standby takes over without waiting for it to lapse. */
    public boolean release(Lease lease) {
        return StoreCalls.call(
                                "release lease",
                                () -> mongo.updateFirst(
                                        fenced(lease), new Update().set("expiresAt", new Date(0)), COLLECTION))
                        .getMatchedCount()
                == 1;
    }

    /** Who holds the lease now, by the database's clock; empty when nobody does. */
    public Optional<Lease> holder() {
        Instant now = databaseNow();
        Document current = StoreCalls.call(
                "read lease", () -> mongo.findOne(query(where("_id").is(id)), Document.class, COLLECTION));
        if (current == null) {
            return Optional.empty();
        }
        Lease lease = lease(current);
        return lease.expiresAt().isAfter(now) ? Optional.of(lease) : Optional.empty();
    }

    private org.springframework.data.mongodb.core.query.Query fenced(Lease lease) {
        // _id, owner and epoch: only the holder of exactly this lease matches
        return query(
                where("_id").is(id).and("owner").is(lease.owner()).and("epoch").is(lease.epoch()));
    }

    private static Lease lease(Document document) {
        Date since = document.getDate("since");
        return new Lease(
                document.getString("owner"),
                ((Number) document.get("epoch")).longValue(),
                // A lease written before "since" was kept: no claim of an older epoch is taken over early for it
                since == null ? Instant.EPOCH : since.toInstant(),
                document.getDate("expiresAt").toInstant());
    }
}
