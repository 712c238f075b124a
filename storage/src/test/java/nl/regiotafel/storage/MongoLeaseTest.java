package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.regiotafel.storage.MongoLease.Lease;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The active-instance lease on the embedded store through the real driver: one holder at a time, a takeover only once
 * it lapsed by the database's clock, a new epoch for each new holder, and a former holder fenced out.
 */
@SpringBootTest(
        classes = StorageTestApplication.class,
        properties = "regiotafel.storage.data-dir=target/test-data/${random.uuid}")
final class MongoLeaseTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    @Autowired
    MongoTemplate mongo;

    private MongoLease lease;

    @BeforeEach
    void newLease() {
        lease = new MongoLease(mongo, new DatabaseClock(mongo), "lease-" + UUID.randomUUID());
    }

    @Test
    void readsTheClockOfTheDatabaseServer() {
        Instant before = Instant.now().minusSeconds(1);

        Instant database = lease.databaseNow();

        // The embedded server runs in this process, so its clock is ours; a real MongoDB answers with its own
        assertThat(database).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void givesTheLeaseToOneInstanceOnly() {
        // GIVEN a first instance that took the lease
        Lease first = lease.acquire("instance-a", LONG).orElseThrow();

        // WHEN a second one tries
        var second = lease.acquire("instance-b", LONG);

        // THEN it is refused, and the first one holds epoch 1
        assertThat(second).isEmpty();
        assertThat(first.epoch()).isEqualTo(1);
        assertThat(lease.holder()).hasValueSatisfying(h -> assertThat(h.owner()).isEqualTo("instance-a"));
    }

    @Test
    void letsAStandbyTakeOverOnceTheLeaseLapsedAndFencesTheFormerHolderOut() throws Exception {
        // GIVEN a holder whose short lease is not renewed (it died)
        Lease dead = lease.acquire("instance-a", Duration.ofMillis(300)).orElseThrow();
        assertThat(lease.acquire("instance-b", LONG)).isEmpty();
        while (!lease.databaseNow().isAfter(dead.expiresAt())) {
            Thread.sleep(50);
        }

        // WHEN the standby tries again after the lapse, by the database's clock
        Lease taken = lease.acquire("instance-b", LONG).orElseThrow();

        // THEN it holds a new epoch, and the former holder can neither renew nor release it
        assertThat(taken.owner()).isEqualTo("instance-b");
        assertThat(taken.epoch()).isEqualTo(dead.epoch() + 1);
        assertThat(lease.renew(dead, LONG)).isEmpty();
        assertThat(lease.release(dead)).isFalse();
        assertThat(lease.holder()).hasValueSatisfying(h -> assertThat(h.owner()).isEqualTo("instance-b"));
    }

    @Test
    void renewsWhileHeldAndHandsOverAtOnceWhenReleased() {
        // GIVEN a holder that renews its lease
        Lease held = lease.acquire("instance-a", LONG).orElseThrow();
        Lease renewed = lease.renew(held, LONG.multipliedBy(2)).orElseThrow();
        assertThat(renewed.expiresAt()).isAfter(held.expiresAt());
        assertThat(renewed.epoch()).isEqualTo(held.epoch());

        // WHEN it releases it (a graceful shutdown)
        assertThat(lease.release(renewed)).isTrue();

        // THEN a standby takes over at once, without waiting for the expiry
        assertThat(lease.holder()).isEmpty();
        assertThat(lease.acquire("instance-b", LONG))
                .hasValueSatisfying(l -> assertThat(l.epoch()).isEqualTo(2));
    }
}
