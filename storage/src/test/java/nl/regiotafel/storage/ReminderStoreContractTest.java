package nl.regiotafel.storage;

import static nl.regiotafel.commands.reminder.ReminderStore.RECOVERED;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderOutcome;
import nl.regiotafel.commands.reminder.ReminderState;
import nl.regiotafel.commands.reminder.ReminderStore;
import nl.regiotafel.commands.time.SettableClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The contract of the {@link ReminderStore} port, on the Mongo adapter over the embedded store through the real
 * driver (with the embedded store's indexes): planning once per key, claiming in batches exactly once, recording
 * outcomes in bulk, and the epoch fence on every write.
 */
final class ReminderStoreContractTest {

    private static final Duration STALE = Duration.ofMinutes(10);
    private static final Instant DUE = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant NOW = DUE.plus(Duration.ofHours(1));

    @TempDir
    Path data;

    private final SettableClock database = new SettableClock(Clock.systemUTC(), null);
    private EmbeddedMongo server;
    private MongoClient client;
    private MongoTemplate mongo;
    private DatabaseClock databaseClock;
    private ReminderStore ledger;
    private final String network = "network-" + System.nanoTime();

    @BeforeEach
    void startStore() {
        server = new EmbeddedMongo(data.resolve(EmbeddedMongo.FILE_NAME), database);
        client = MongoClients.create(server.connectionString("regiotafel"));
        mongo = new MongoTemplate(client, "regiotafel");
        new EmbeddedIndexes(mongo, new StaticProvider<>(server));
        databaseClock = new DatabaseClock(mongo);
        ledger = new MongoReminderStore(mongo, databaseClock);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.close();
    }

    private Reminder entry(String network, int number, Instant due) {
        return Reminder.planned(
                network,
                ReminderKind.MILESTONE_DUE,
                nl.regiotafel.commands.reminder.ReminderSubject.milestone("p", number),
                due,
                "due=2026-12-01");
    }

    private List<Reminder> planned(int count) {
        List<Reminder> all = IntStream.rangeClosed(1, count)
                .mapToObj(n -> entry(network, n, DUE.plusSeconds(n)))
                .toList();
        assertThat(ledger.planAll(all)).isEqualTo(count);
        return all;
    }

    private ClaimFence.Epoch epoch(long number) {
        return new ClaimFence.Epoch(number, databaseClock.now());
    }

    private Reminder stored(Reminder reminder) {
        return ledger.find(network, reminder.kind(), reminder.subject()).get(0);
    }

    private static ReminderOutcome.Sent sent(Reminder r) {
        return new ReminderOutcome.Sent(r.key(), "m-" + r.key(), NOW, false, Set.of("u1"));
    }

    @Test
    void plansEachKeyOnceAlsoInBulkWithEntriesPlannedBefore() {
        // GIVEN two entries planned one at a time
        Reminder first = entry(network, 1, DUE);
        Reminder second = entry(network, 2, DUE);
        assertThat(ledger.plan(first)).isTrue();
        assertThat(ledger.plan(first)).isFalse();
        assertThat(ledger.plan(second)).isTrue();

        // WHEN a bulk plan holds them again with three new ones
        int added = ledger.planAll(
                List.of(first, entry(network, 3, DUE), second, entry(network, 4, DUE), entry(network, 5, DUE)));

        // THEN only the new ones are added, and none twice
        assertThat(added).isEqualTo(3);
        assertThat(ledger.planAll(List.of(first, second))).isZero();
        assertThat(ledger.planAll(List.of())).isZero();
        assertThat(ledger.between(network, DUE, DUE.plusSeconds(1))).hasSize(5);
    }

    @Test
    void claimsTheEarliestDueEntriesOfTheAskedNetworkAsABatch() {
        // GIVEN seven due entries, one not yet due, and another network's entry due earlier than all
        List<Reminder> ours = planned(7);
        ledger.plan(entry(network, 99, NOW.plusSeconds(3600)));
        String other = network + "-other";
        ledger.plan(entry(other, 1, DUE.minusSeconds(60)));
        ClaimFence.Epoch epoch = epoch(0);

        // WHEN a batch of five is claimed in our network, then the rest
        List<Reminder> batch = ledger.claimDue(network, NOW, 5, epoch);
        List<Reminder> rest = ledger.claimDue(network, NOW, 5, epoch);

        // THEN the first batch is the five earliest, sending; the rest the other two; nothing not due, nothing of the
        // other network
        assertThat(batch)
                .extracting(Reminder::key)
                .containsExactlyElementsOf(
                        ours.subList(0, 5).stream().map(Reminder::key).toList());
        assertThat(batch).allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.SENDING));
        assertThat(rest)
                .extracting(Reminder::key)
                .containsExactly(ours.get(5).key(), ours.get(6).key());
        assertThat(ledger.claimDue(network, NOW, 5, epoch)).isEmpty();
        assertThat(ledger.claimDue(null, NOW, 5, epoch))
                .extracting(Reminder::networkId)
                .containsExactly(other);
    }

    @Test
    void recordsABatchOfOutcomesEachAsItsOwnWrite() {
        // GIVEN four claimed entries
        List<Reminder> claimed = ledger.claimDue(network, NOW, 10, epoch(0));
        assertThat(claimed).isEmpty();
        planned(4);
        claimed = ledger.claimDue(network, NOW, 10, epoch(0));
        assertThat(claimed).hasSize(4);
        Instant retry = NOW.plus(Duration.ofMinutes(5));

        // WHEN their outcomes are recorded in one call: sent, failed with a retry, skipped, not tried
        Set<String> refused = ledger.record(
                0,
                List.of(
                        sent(claimed.get(0)),
                        new ReminderOutcome.Failed(claimed.get(1).key(), 1, retry, "503"),
                        new ReminderOutcome.Skipped(claimed.get(2).key(), "milestone moved"),
                        new ReminderOutcome.Untried(claimed.get(3).key())));

        // THEN each entry has its own outcome
        assertThat(refused).isEmpty();
        Reminder sent = stored(claimed.get(0));
        assertThat(sent.state()).isEqualTo(ReminderState.SENT);
        assertThat(sent.messageId()).isEqualTo("m-" + sent.key());
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(ledger.sentTo(network, "u1")).extracting(Reminder::key).containsExactly(sent.key());
        Reminder failed = stored(claimed.get(1));
        assertThat(failed.state()).isEqualTo(ReminderState.PENDING);
        assertThat(failed.nextAttemptAt()).isEqualTo(retry);
        assertThat(failed.note()).isEqualTo("503");
        assertThat(stored(claimed.get(2)))
                .extracting(Reminder::state, Reminder::note)
                .containsExactly(ReminderState.SKIPPED, "milestone moved");
        Reminder untried = stored(claimed.get(3));
        assertThat(untried.state()).isEqualTo(ReminderState.PENDING);
        assertThat(untried.attempts()).isZero();
        // AND the untried one is due again at once, the failed one only after its retry time
        assertThat(ledger.claimDue(network, NOW, 10, epoch(0)))
                .extracting(Reminder::key)
                .containsExactly(untried.key());
    }

    @Test
    void aRecordedFailureForGoodIsFailed() {
        planned(1);
        Reminder claimed = ledger.claimDue(network, NOW, 1, epoch(0)).get(0);

        ledger.record(0, List.of(new ReminderOutcome.Failed(claimed.key(), 12, null, "gave up")));

        assertThat(stored(claimed).state()).isEqualTo(ReminderState.FAILED);
        assertThat(ledger.claimDue(network, NOW.plus(Duration.ofDays(30)), 10, epoch(0)))
                .isEmpty();
    }

    @Test
    void twoInstancesClaimingTheSameBatchAtOnceGetEachEntryExactlyOnce() throws Exception {
        // GIVEN 300 due entries and two instances without the lease (one epoch) claiming in batches at the same time
        planned(300);
        ClaimFence.Epoch shared = ClaimFence.withoutLease().current().orElseThrow();
        Map<String, Integer> claims = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                int mine = 0;
                for (List<Reminder> batch = ledger.claimDue(network, NOW, 64, shared);
                        !batch.isEmpty();
                        batch = ledger.claimDue(network, NOW, 64, shared)) {
                    batch.forEach(r -> claims.merge(r.key(), 1, Integer::sum));
                    assertThat(ledger.record(
                                    shared.number(),
                                    batch.stream()
                                            .map(ReminderStoreContractTest::sent)
                                            .map(ReminderOutcome.class::cast)
                                            .toList()))
                            .isEmpty();
                    mine += batch.size();
                }
                return mine;
            }));
        }

        // WHEN both run to the end
        start.countDown();
        int total = runs.get(0).get() + runs.get(1).get();
        pool.shutdown();

        // THEN every entry was claimed exactly once, by one of them, and is recorded sent
        assertThat(total).isEqualTo(300);
        assertThat(claims)
                .hasSize(300)
                .allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1));
        assertThat(ledger.between(network, DUE, DUE.plusSeconds(301)))
                .hasSize(300)
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.SENT));
    }

    @Test
    void aSuccessorsTakeOverFencesTheFormerEpochsBatchWrites() {
        // GIVEN the active instance (epoch 1) holding a batch of three claims
        planned(5);
        ClaimFence.Epoch old = epoch(1);
        List<Reminder> held = ledger.claimDue(network, NOW, 3, old);
        assertThat(held).hasSize(3);

        // WHEN a successor (epoch 2) takes over and the former active records its batch and claims again
        database.advance(Duration.ofSeconds(15));
        ClaimFence.Epoch successor = epoch(2);
        assertThat(ledger.releaseClaims(successor, STALE)).isEqualTo(3);
        Set<String> refused = ledger.record(
                1,
                held.stream()
                        .map(ReminderStoreContractTest::sent)
                        .map(ReminderOutcome.class::cast)
                        .toList());
        List<Reminder> lateClaim = ledger.claimDue(network, NOW, 10, old);

        // THEN every write of the former epoch is refused, and the entries the successor touched are not claimed by
        // it: only the two nobody had claimed
        assertThat(refused)
                .containsExactlyInAnyOrderElementsOf(
                        held.stream().map(Reminder::key).toList());
        assertThat(lateClaim).extracting(Reminder::key).doesNotContainAnyElementsOf(refused);
        assertThat(lateClaim).hasSize(2);
        // AND the successor claims the taken-over ones, marked recovered, and records them
        List<Reminder> recovered = ledger.claimDue(network, NOW, 10, successor);
        assertThat(recovered).hasSize(3).allSatisfy(r -> assertThat(r.note()).isEqualTo(RECOVERED));
        assertThat(ledger.record(
                        2,
                        recovered.stream()
                                .map(ReminderStoreContractTest::sent)
                                .map(ReminderOutcome.class::cast)
                                .toList()))
                .isEmpty();
    }

    @Test
    void aBatchWhoseClaimsWerePartlyTakenOverReportsExactlyTheRefusedOnes() {
        // GIVEN a batch of four claims of which one was taken over when stale by another instance (same epoch)
        planned(4);
        ClaimFence.Epoch shared = epoch(0);
        List<Reminder> held = ledger.claimDue(network, NOW, 4, shared);
        Reminder stolen = held.get(2);
        mongo.getCollection("reminders")
                .updateOne(
                        new Document("_id", stolen.key()),
                        new Document("$set", new Document("state", ReminderState.PENDING.name())));

        // WHEN the batch is recorded
        Set<String> refused = ledger.record(
                0,
                held.stream()
                        .map(ReminderStoreContractTest::sent)
                        .map(ReminderOutcome.class::cast)
                        .toList());

        // THEN only that one is refused; the others are recorded
        assertThat(refused).containsExactly(stolen.key());
        assertThat(held)
                .filteredOn(r -> !r.key().equals(stolen.key()))
                .allSatisfy(r -> assertThat(stored(r).state()).isEqualTo(ReminderState.SENT));
        assertThat(stored(stolen).state()).isEqualTo(ReminderState.PENDING);
    }

    @Test
    void anEntryChangedByAHigherEpochAfterItWasReadIsNotClaimed() {
        // GIVEN an entry a successor (epoch 5) retried and put back to pending
        planned(1);
        Reminder entry = ledger.claimDue(network, NOW, 1, epoch(5)).get(0);
        ledger.record(5, List.of(new ReminderOutcome.Untried(entry.key())));

        // WHEN a former active (epoch 4) claims
        List<Reminder> claimed = ledger.claimDue(network, NOW, 10, epoch(4));

        // THEN it gets nothing; the successor still can
        assertThat(claimed).isEmpty();
        assertThat(ledger.claimDue(network, NOW, 10, epoch(5))).hasSize(1);
    }

    @Test
    void claimsAnEntryPlannedBeforeEpochsWereStored() {
        // GIVEN an entry as an earlier version stored it: without a claim epoch
        Reminder legacy = entry(network, 1, DUE);
        ledger.plan(legacy);
        mongo.getCollection("reminders")
                .updateOne(
                        new Document("_id", legacy.key()),
                        new Document("$unset", new Document(MongoReminderStore.EPOCH, "")));

        // WHEN it is claimed in a batch and recorded
        List<Reminder> claimed = ledger.claimDue(network, NOW, 10, epoch(3));
        Set<String> refused = ledger.record(3, List.of(sent(claimed.get(0))));

        // THEN it counts as the oldest epoch: claimed and sent once
        assertThat(claimed).extracting(Reminder::key).containsExactly(legacy.key());
        assertThat(refused).isEmpty();
        assertThat(stored(legacy).state()).isEqualTo(ReminderState.SENT);
    }

    @Test
    void singleEntryWritesAreFencedOnTheirEpochToo() {
        // GIVEN an entry claimed one at a time under epoch 1, then taken over by epoch 2
        Reminder entry = planned(1).get(0);
        ClaimFence.Epoch old = epoch(1);
        assertThat(ledger.claim(entry.key(), old)).isPresent();
        database.advance(Duration.ofSeconds(15));
        assertThat(ledger.releaseClaims(epoch(2), STALE)).isEqualTo(1);

        // THEN epoch 1 can record nothing and claim it no more; epoch 2 can
        assertThat(ledger.markSent(entry.key(), 1, "m", NOW, false)).isFalse();
        assertThat(ledger.markSkipped(entry.key(), 1, "x")).isFalse();
        assertThat(ledger.markFailed(entry.key(), 1, 1, NOW, "x")).isFalse();
        assertThat(ledger.claim(entry.key(), old)).isEmpty();
        assertThat(ledger.claim(entry.key(), epoch(2))).isPresent();
        assertThat(ledger.markSent(entry.key(), 2, "m", NOW, false, Set.of("u9")))
                .isTrue();
        assertThat(ledger.sentTo(network, "u9")).extracting(Reminder::key).containsExactly(entry.key());
    }

    @Test
    void aFreshClaimOfTheSameEpochIsLeftAloneUntilStaleByTheDatabasesClock() {
        planned(2);
        ClaimFence.Epoch shared = epoch(0);
        List<Reminder> held = ledger.claimDue(network, NOW, 1, shared);

        assertThat(ledger.releaseClaims(shared, STALE)).isZero();
        database.advance(STALE.plusMinutes(1));
        assertThat(ledger.releaseClaims(shared, STALE)).isEqualTo(1);

        assertThat(stored(held.get(0)))
                .extracting(Reminder::state, Reminder::note)
                .containsExactly(ReminderState.PENDING, RECOVERED);
        assertThat(ledger.nextPendingDue(network)).contains(DUE.plusSeconds(1));
        assertThat(ledger.countDue(NOW)).isEqualTo(2);
        assertThat(Collections.frequency(
                        ledger.due(network, NOW, 10).stream().map(Reminder::key).toList(),
                        held.get(0).key()))
                .isEqualTo(1);
    }

    @Test
    void readsEntriesStoredInTheFormsEarlierVersionsWroteAsTypedSubjects() {
        // GIVEN entries as an earlier version stored them: subjects as strings, no claim epoch
        var reminders = mongo.getCollection("reminders");
        String[][] rows = {{"MILESTONE_DUE", "tizv-glasses#3"}, {"ROUND_OPEN", "2021-Q3"}, {"DIGEST", "2021-W40"}};
        for (String[] row : rows) {
            reminders.insertOne(new Document("_id", row[0] + "|" + network + "|" + row[1] + "|" + DUE)
                    .append("networkId", network)
                    .append("kind", row[0])
                    .append("subject", row[1])
                    .append("dueAt", java.util.Date.from(DUE))
                    .append("detail", "due=2026-12-01")
                    .append("state", "PENDING")
                    .append("attempts", 0)
                    .append("nextAttemptAt", java.util.Date.from(DUE))
                    .append("late", false));
        }

        // WHEN they are read and claimed
        List<Reminder> read = ledger.between(network, DUE, DUE.plusSeconds(1));
        List<Reminder> claimed = ledger.claimDue(network, NOW, 10, epoch(1));

        // THEN each has its typed subject, which writes back the same string and finds the entry
        assertThat(read)
                .extracting(Reminder::subject)
                .containsExactlyInAnyOrder(
                        new nl.regiotafel.commands.reminder.ReminderSubject.Milestone("tizv-glasses", 3),
                        nl.regiotafel.commands.reminder.ReminderSubject.round("2021-Q3"),
                        new nl.regiotafel.commands.reminder.ReminderSubject.Week(2021, 40));
        assertThat(claimed).hasSize(3);
        for (Reminder reminder : read) {
            assertThat(reminder.key())
                    .isEqualTo(Reminder.planned(network, reminder.kind(), reminder.subject(), DUE, "due=2026-12-01")
                            .key());
            assertThat(ledger.find(network, reminder.kind(), reminder.subject()))
                    .hasSize(1);
        }
    }

    /** An {@code ObjectProvider} of one object, as Spring gives {@link EmbeddedIndexes} the running server. */
    private static final class StaticProvider<T> implements org.springframework.beans.factory.ObjectProvider<T> {
        private final T object;

        StaticProvider(T object) {
            this.object = object;
        }

        @Override
        public T getObject() {
            return object;
        }

        @Override
        public T getObject(Object... args) {
            return object;
        }

        @Override
        public T getIfAvailable() {
            return object;
        }

        @Override
        public T getIfUnique() {
            return object;
        }
    }
}
