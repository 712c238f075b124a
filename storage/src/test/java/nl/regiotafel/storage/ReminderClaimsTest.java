package nl.regiotafel.storage;

import static nl.regiotafel.commands.reminder.ReminderStore.RECOVERED;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderState;
import nl.regiotafel.commands.time.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reminder claims in the real ledger on the embedded store, through the real driver, with two instances whose clocks
 * are hours apart and a database clock of the test's own: claims are judged by the database's clock and the epochs,
 * never by an instance's clock. Each instance follows the dispatcher's protocol: take over abandoned claims, claim the
 * earliest due entry, look a taken-over entry up among what was delivered before sending it (as {@code
 * ChatGateway#findSent} does), send, record.
 */
final class ReminderClaimsTest {

    /** As the dispatcher's. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private static final Instant DUE = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path data;

    /** The database server's clock; instances have their own. */
    private final SettableClock database = new SettableClock(Clock.systemUTC(), null);

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoReminderStore ledger;
    private DatabaseClock databaseClock;
    private final String network = "network-" + System.nanoTime();
    /** What reached the chat platform: deliveries per ledger key. */
    private final Map<String, Integer> delivered = new ConcurrentHashMap<>();

    @BeforeEach
    void startStore() {
        server = new EmbeddedMongo(data.resolve(EmbeddedMongo.FILE_NAME), database);
        client = MongoClients.create(server.connectionString("regiotafel"));
        MongoTemplate mongo = new MongoTemplate(client, "regiotafel");
        databaseClock = new DatabaseClock(mongo);
        ledger = new MongoReminderStore(mongo, databaseClock);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.close();
    }

    /** An instance of the bot as far as the ledger sees it: its own clock and its epoch. */
    private final class Instance {

        private final Clock clock;
        private final ClaimFence.Epoch epoch;

        Instance(Duration clockAheadOfDatabase, ClaimFence.Epoch epoch) {
            this.clock = Clock.offset(Clock.fixed(database.instant(), ZoneOffset.UTC), clockAheadOfDatabase);
            this.epoch = epoch;
        }

        /** The start of a dispatch step: take over abandoned claims, then claim the earliest entry due by our clock. */
        Optional<Reminder> claimNext() {
            ledger.releaseClaims(epoch, STALE);
            return ledger.claimNext(clock.instant(), epoch);
        }

        /** Sends, unless a taken-over entry is found already delivered; then only records. */
        void send(Reminder claimed) {
            if (RECOVERED.equals(claimed.note()) && delivered.containsKey(claimed.key())) {
                return;
            }
            delivered.merge(claimed.key(), 1, Integer::sum);
        }

        boolean record(Reminder claimed) {
            return ledger.markSent(claimed.key(), epoch.number(), "m-" + claimed.key(), clock.instant(), false);
        }

        void sendAndRecord(Reminder claimed) {
            send(claimed);
            assertThat(record(claimed)).as("recording " + claimed.key()).isTrue();
        }
    }

    private Reminder plan(int number) {
        Reminder reminder = Reminder.planned(
                network,
                ReminderKind.MILESTONE_DUE,
                nl.regiotafel.commands.reminder.ReminderSubject.milestone("p", number),
                DUE,
                "due=2026-12-01");
        assertThat(ledger.plan(reminder)).isTrue();
        return reminder;
    }

    private ClaimFence.Epoch epochFromNow(long number) {
        return new ClaimFence.Epoch(number, databaseClock.now());
    }

    private Reminder stored(Reminder reminder) {
        return ledger.find(network, reminder.kind(), reminder.subject()).get(0);
    }

    @Test
    void twoInstancesWithoutTheLeaseWhoseClocksAreHoursApartSendEachEntryOnce() {
        // GIVEN 37 due entries and two instances sharing the ledger without the lease, one clock 3 hours ahead
        ClaimFence.Epoch constant = ClaimFence.withoutLease().current().orElseThrow();
        IntStream.rangeClosed(1, 37).forEach(this::plan);
        Instance a = new Instance(Duration.ofHours(1), constant);
        Instance b = new Instance(Duration.ofHours(4), constant);

        // WHEN they take turns, each starting a dispatch step (taking over what looks abandoned) while the other is
        // between claiming and recording
        Instance first = a;
        Instance second = b;
        for (Optional<Reminder> claimed = first.claimNext(); claimed.isPresent(); claimed = first.claimNext()) {
            first.send(claimed.get());
            second.claimNext().ifPresent(second::sendAndRecord);
            assertThat(first.record(claimed.get())).isTrue();
            Instance swap = first;
            first = second;
            second = swap;
        }

        // THEN each entry reached the platform exactly once and is recorded as sent
        assertThat(delivered)
                .hasSize(37)
                .allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1));
        assertThat(ledger.between(network, DUE, DUE.plusSeconds(1))).hasSize(37).allSatisfy(r -> assertThat(r.state())
                .isEqualTo(ReminderState.SENT));
    }

    @Test
    void aClaimIsTakenOverOnlyOnceStaleByTheDatabasesClockWhateverTheInstancesClockSays() {
        // GIVEN an instance that claimed an entry and died, and another whose clock is 3 hours ahead
        ClaimFence.Epoch constant = ClaimFence.withoutLease().current().orElseThrow();
        Reminder reminder = plan(1);
        Instance dead = new Instance(Duration.ZERO, constant);
        Instance other = new Instance(Duration.ofHours(3), constant);
        assertThat(dead.claimNext()).isPresent();

        // WHEN the other runs while the claim is fresh by the database's clock, and again 11 minutes later by it
        Optional<Reminder> early = other.claimNext();
        database.advance(STALE.plusMinutes(1));
        Optional<Reminder> later = other.claimNext();

        // THEN it leaves the fresh claim alone, takes the stale one over, and it goes out once
        assertThat(early).isEmpty();
        assertThat(later).hasValueSatisfying(r -> assertThat(r.note()).isEqualTo(RECOVERED));
        other.sendAndRecord(later.orElseThrow());
        assertThat(delivered).containsExactly(Map.entry(reminder.key(), 1));
        assertThat(stored(reminder).state()).isEqualTo(ReminderState.SENT);
    }

    @Test
    void aSuccessorTakesOverTheClaimsOfTheDeadActiveAndItsLateWritesAreRefused() {
        // GIVEN the active instance (epoch 1) that sent one entry and died before recording it, holding a second claim
        Reminder sentThenDied = plan(1);
        Reminder claimedThenDied = plan(2);
        IntStream.rangeClosed(3, 5).forEach(this::plan);
        Instance old = new Instance(Duration.ofHours(5), epochFromNow(1));
        Reminder inFlight = old.claimNext().orElseThrow();
        assertThat(inFlight.key()).isEqualTo(sentThenDied.key());
        old.send(inFlight);
        Reminder held = old.claimNext().orElseThrow();
        assertThat(held.key()).isEqualTo(claimedThenDied.key());

        // WHEN the lease lapses and a standby whose clock is 5 hours behind takes over as epoch 2
        database.advance(Duration.ofSeconds(15));
        Instance successor = new Instance(Duration.ZERO, epochFromNow(2));
        int takenOver = ledger.releaseClaims(successor.epoch, STALE);

        // THEN it takes both claims over at once (no waiting for them to go stale), and the old epoch is fenced out:
        // it can neither record the send it made nor claim the entries again
        assertThat(takenOver).isEqualTo(2);
        assertThat(old.record(inFlight)).isFalse();
        assertThat(ledger.claim(claimedThenDied.key(), old.epoch)).isEmpty();
        assertThat(ledger.markSkipped(held.key(), 1, "late")).isFalse();
        assertThat(ledger.markFailed(held.key(), 1, 1, DUE, "late")).isFalse();

        // AND the successor sends what is left; the one the old instance had sent is found and only recorded
        for (Optional<Reminder> next = successor.claimNext(); next.isPresent(); next = successor.claimNext()) {
            successor.sendAndRecord(next.get());
        }
        assertThat(delivered)
                .hasSize(5)
                .allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1));
        assertThat(ledger.between(network, DUE, DUE.plusSeconds(1)))
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.SENT));
        assertThat(stored(sentThenDied).note()).isEqualTo(RECOVERED);
    }

    @Test
    void aClaimTheFormerActiveMakesAfterTheTakeOverIsLeftToItUntilStale() {
        // GIVEN a successor (epoch 2) that took over, and the former active (epoch 1), cut off but still running
        Instance old = new Instance(Duration.ofHours(-2), epochFromNow(1));
        database.advance(Duration.ofSeconds(15));
        Instance successor = new Instance(Duration.ofHours(3), epochFromNow(2));
        database.advance(Duration.ofSeconds(1));
        Reminder finished = plan(1);
        Reminder abandoned = plan(2);

        // WHEN the former active claims an entry nobody had touched and is mid-send during the successor's next step
        Reminder claimed = ledger.claim(finished.key(), old.epoch).orElseThrow();
        old.send(claimed);
        Optional<Reminder> successorsFirst = successor.claimNext();

        // THEN the successor does not take that claim (its instance may still be sending it) but the other entry,
        // and the former active may still record the send it made
        assertThat(successorsFirst).hasValueSatisfying(r -> assertThat(r.key()).isEqualTo(abandoned.key()));
        successor.sendAndRecord(successorsFirst.orElseThrow());
        assertThat(old.record(claimed)).isTrue();

        // AND a claim of the former active that it never finishes is taken over once stale by the database's clock
        Reminder last = plan(3);
        Reminder stuck = ledger.claim(last.key(), old.epoch).orElseThrow();
        assertThat(successor.claimNext()).isEmpty();
        database.advance(STALE.plusMinutes(1));
        Reminder recovered = successor.claimNext().orElseThrow();
        assertThat(recovered.key()).isEqualTo(stuck.key());
        successor.sendAndRecord(recovered);
        assertThat(delivered)
                .hasSize(3)
                .allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1));
    }
}
