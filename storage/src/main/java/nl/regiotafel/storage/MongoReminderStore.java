package nl.regiotafel.storage;

import static nl.regiotafel.commands.reminder.ReminderStore.RECOVERED;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderOutcome;
import nl.regiotafel.commands.reminder.ReminderState;
import nl.regiotafel.commands.reminder.ReminderStore;
import nl.regiotafel.commands.reminder.ReminderSubject;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The reminder ledger in the {@code reminders} collection. Every state change is one atomic, conditional update;
 * claims carry the claimer's epoch and the database's time ({@link DatabaseClock}), so which claims are abandoned is
 * decided the same way by every instance, whatever their own clocks say.
 */
@Component
final class MongoReminderStore implements ReminderStore {

    /** The epoch of the latest claim, or of the instance that took an abandoned claim over. */
    static final String EPOCH = "claimEpoch";

    /** The bulk write that changed an entry last: which of a bulk write's conditional updates applied. */
    static final String WRITE_TOKEN = "writeToken";

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final DatabaseClock clock;

    MongoReminderStore(MongoTemplate mongo, DatabaseClock clock) {
        this.mongo = mongo;
        this.clock = clock;
        // Used by real MongoDB; the embedded store accepts and ignores non-unique indexes
        StoreCalls.run("reminder indexes", () -> mongo.indexOps(ReminderDocument.class)
                .createIndex(new org.springframework.data.mongodb.core.index.Index()
                        .on("state", Sort.Direction.ASC)
                        .on("nextAttemptAt", Sort.Direction.ASC)
                        .named("state_next_attempt")));
    }

    @Override
    public boolean plan(Reminder reminder) {
        try {
            StoreCalls.run("plan reminder", () -> mongo.insert(ReminderDocument.from(reminder)));
            return true;
        } catch (DuplicateKeyException e) {
            // Planned before (an earlier run, a restart, another instance): the ledger keeps the first
            return false;
        }
    }

    /**
     * Entries per bulk write when planning: each bulk write is one request, which must finish within the driver's read
     * timeout however loaded the store is.
     */
    static final int PLAN_CHUNK = 200;

    @Override
    public int planAll(List<Reminder> reminders) {
        int added = 0;
        for (int from = 0; from < reminders.size(); from += PLAN_CHUNK) {
            added += planChunk(reminders.subList(from, Math.min(reminders.size(), from + PLAN_CHUNK)));
        }
        return added;
    }

    private int planChunk(List<Reminder> reminders) {
        // Most runs plan again what earlier runs planned: look those up first (one lookup by _id), insert the rest
        List<String> keys = reminders.stream().map(Reminder::key).toList();
        Set<String> known = new java.util.HashSet<>();
        StoreCalls.run("planned reminders", () -> mongo.getCollection(mongo.getCollectionName(ReminderDocument.class))
                .find(com.mongodb.client.model.Filters.in("_id", keys))
                .projection(com.mongodb.client.model.Projections.include("_id"))
                .forEach(d -> known.add(d.getString("_id"))));
        List<ReminderDocument> fresh = reminders.stream()
                .filter(r -> !known.contains(r.key()))
                .map(ReminderDocument::from)
                .collect(java.util.stream.Collectors.toMap(
                        ReminderDocument::id, d -> d, (a, b) -> a, java.util.LinkedHashMap::new))
                .values()
                .stream()
                .toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        // Unordered: one planned meanwhile by another instance (duplicate key) does not stop the others; one commit
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReminderDocument.class);
        fresh.forEach(bulk::insert);
        try {
            StoreCalls.call("plan reminders", bulk::execute);
            return fresh.size();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                return fresh.size() - e.getErrors().size();
            }
            throw e;
        }
    }

    /** How often a claim reads again when another instance claimed every entry it read first. */
    private static final int CLAIM_TRIES = 16;

    @Override
    public List<Reminder> claimDue(String networkId, Instant now, int limit, ClaimFence.Epoch epoch) {
        for (int tries = 0; tries < CLAIM_TRIES; tries++) {
            Criteria pending =
                    networkId == null ? new Criteria() : where("networkId").is(networkId);
            Query due = query(pending.and("state")
                            .is(ReminderState.PENDING.name())
                            .and("nextAttemptAt")
                            .lte(now))
                    .with(Sort.by("dueAt", "_id"))
                    .limit(limit);
            List<ReminderDocument> read =
                    StoreCalls.call("due reminders", () -> mongo.find(due, ReminderDocument.class));
            // Not those a higher epoch has touched: a successor took them over
            List<ReminderDocument> candidates = read.stream()
                    .filter(d -> d.claimEpoch() == null || d.claimEpoch() <= epoch.number())
                    .toList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<Reminder> claimed = claim(candidates, epoch);
            if (!claimed.isEmpty()) {
                return claimed;
            }
            // Another instance claimed all of them between our read and our write: those are no longer pending
        }
        return List.of();
    }

    /** Claims the entries read, each only if unchanged since; the ones this call got, earliest first. */
    private List<Reminder> claim(List<ReminderDocument> candidates, ClaimFence.Epoch epoch) {
        // The claim's time is the database's: whoever judges it stale later compares it with the same clock
        Instant at = clock.now();
        String token = UUID.randomUUID().toString();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReminderDocument.class);
        for (ReminderDocument candidate : candidates) {
            // Compare and set: still pending under the epoch read, so of two claimants only one moves it on. Plain
            // equality on exactly (_id, state, claimEpoch), which the embedded store serves from a unique index
            Criteria unchanged = where("_id").is(candidate.id()).and("state").is(ReminderState.PENDING.name());
            unchanged = candidate.claimEpoch() == null
                    // Planned before epochs were stored: the rare legacy entry costs a scan
                    ? unchanged.and(EPOCH).exists(false)
                    : unchanged.and(EPOCH).is(candidate.claimEpoch());
            bulk.updateOne(
                    query(unchanged),
                    new Update()
                            .set("state", ReminderState.SENDING.name())
                            .set(EPOCH, epoch.number())
                            .set("claimedAt", at)
                            .set(WRITE_TOKEN, token));
        }
        int matched = StoreCalls.call("claim due reminders", bulk::execute).getMatchedCount();
        if (matched == candidates.size()) {
            // Every claim applied: they are as read, now sending
            return candidates.stream()
                    .map(ReminderDocument::toReminder)
                    .map(MongoReminderStore::sending)
                    .toList();
        }
        // Another instance got some first: read back which are ours
        return written(candidates.stream().map(ReminderDocument::id).toList(), token).stream()
                .sorted(java.util.Comparator.comparing(ReminderDocument::dueAt).thenComparing(ReminderDocument::id))
                .map(ReminderDocument::toReminder)
                .toList();
    }

    @Override
    public Set<String> record(long epoch, List<ReminderOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Set.of();
        }
        String token = UUID.randomUUID().toString();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReminderDocument.class);
        for (ReminderOutcome outcome : outcomes) {
            bulk.updateOne(claimedBy(outcome.key(), epoch), update(outcome).set(WRITE_TOKEN, token));
        }
        int matched = StoreCalls.call("record reminders", bulk::execute).getMatchedCount();
        List<String> keys = outcomes.stream().map(ReminderOutcome::key).toList();
        if (matched == keys.size()) {
            return Set.of();
        }
        Set<String> applied =
                written(keys, token).stream().map(ReminderDocument::id).collect(java.util.stream.Collectors.toSet());
        Set<String> refused = new java.util.TreeSet<>(keys);
        refused.removeAll(applied);
        return refused;
    }

    /** The entries among {@code keys} that the bulk write {@code token} changed: one lookup by {@code _id}. */
    private List<ReminderDocument> written(List<String> keys, String token) {
        Query byKey = query(where("_id").in(keys));
        return StoreCalls.call("reminders written", () -> mongo.find(byKey, ReminderDocument.class)).stream()
                .filter(d -> token.equals(d.writeToken()))
                .toList();
    }

    private static Update update(ReminderOutcome outcome) {
        if (outcome instanceof ReminderOutcome.Sent sent) {
            return new Update()
                    .set("state", ReminderState.SENT.name())
                    .set("messageId", sent.messageId())
                    .set("sentAt", sent.sentAt())
                    .set("late", sent.late())
                    .set("recipients", new java.util.ArrayList<>(new java.util.TreeSet<>(sent.recipients())))
                    .inc("attempts", 1);
        }
        if (outcome instanceof ReminderOutcome.Failed failed) {
            Update update = new Update().set("attempts", failed.attempts()).set("note", failed.note());
            return failed.retryAt() == null
                    ? update.set("state", ReminderState.FAILED.name())
                    : update.set("state", ReminderState.PENDING.name()).set("nextAttemptAt", failed.retryAt());
        }
        if (outcome instanceof ReminderOutcome.Skipped skipped) {
            return new Update().set("state", ReminderState.SKIPPED.name()).set("note", skipped.note());
        }
        // Untried: back to pending as it was
        return new Update().set("state", ReminderState.PENDING.name());
    }

    private static Reminder sending(Reminder r) {
        return new Reminder(
                r.key(),
                r.networkId(),
                r.kind(),
                r.subject(),
                r.dueAt(),
                r.detail(),
                ReminderState.SENDING,
                r.attempts(),
                r.nextAttemptAt(),
                r.sentAt(),
                r.messageId(),
                r.late(),
                r.note());
    }

    @Override
    public List<Reminder> due(String networkId, Instant now, int limit) {
        Query due = query(where("networkId")
                        .is(networkId)
                        .and("state")
                        .is(ReminderState.PENDING.name())
                        .and("nextAttemptAt")
                        .lte(now))
                .with(Sort.by("dueAt", "_id"))
                .limit(limit);
        return StoreCalls.call("due reminders", () -> mongo.find(due, ReminderDocument.class)).stream()
                .map(ReminderDocument::toReminder)
                .toList();
    }

    @Override
    public Optional<Instant> nextPendingDue(String networkId) {
        Query query = query(where("networkId").is(networkId).and("state").is(ReminderState.PENDING.name()))
                .with(Sort.by("nextAttemptAt"))
                .limit(1);
        return Optional.ofNullable(StoreCalls.call("next reminder", () -> mongo.findOne(query, ReminderDocument.class)))
                .map(ReminderDocument::nextAttemptAt);
    }

    @Override
    public List<Reminder> due(Instant now, int limit) {
        Query due = query(where("state")
                        .is(ReminderState.PENDING.name())
                        .and("nextAttemptAt")
                        .lte(now))
                .with(Sort.by("dueAt", "_id"))
                .limit(limit);
        return StoreCalls.call("due reminders", () -> mongo.find(due, ReminderDocument.class)).stream()
                .map(ReminderDocument::toReminder)
                .toList();
    }

    @Override
    public long countDue(Instant now) {
        Query due = query(where("state")
                .is(ReminderState.PENDING.name())
                .and("nextAttemptAt")
                .lte(now));
        return StoreCalls.call("count due reminders", () -> mongo.count(due, ReminderDocument.class));
    }

    @Override
    public Optional<Reminder> claim(String key, ClaimFence.Epoch epoch) {
        // The claim's time is the database's: whoever judges it stale later compares it with the same clock
        Instant at = clock.now();
        // By _id and state: only one claimant can move it from pending; not once a higher epoch has taken it over
        Query pending = query(where("_id")
                .is(key)
                .and("state")
                .is(ReminderState.PENDING.name())
                .and(EPOCH)
                .not()
                .gt(epoch.number()));
        Update claim = new Update()
                .set("state", ReminderState.SENDING.name())
                .set(EPOCH, epoch.number())
                .set("claimedAt", at);
        ReminderDocument claimed = StoreCalls.call(
                "claim reminder",
                () -> mongo.findAndModify(
                        pending, claim, FindAndModifyOptions.options().returnNew(true), ReminderDocument.class));
        return Optional.ofNullable(claimed).map(ReminderDocument::toReminder);
    }

    @Override
    public boolean markSent(
            String key, long epoch, String messageId, Instant sentAt, boolean late, java.util.Set<String> recipients) {
        return StoreCalls.call(
                                "reminder sent",
                                () -> mongo.updateFirst(
                                        claimedBy(key, epoch),
                                        new Update()
                                                .set("state", ReminderState.SENT.name())
                                                .set("messageId", messageId)
                                                .set("sentAt", sentAt)
                                                .set("late", late)
                                                .set(
                                                        "recipients",
                                                        new java.util.ArrayList<>(new java.util.TreeSet<>(recipients)))
                                                .inc("attempts", 1),
                                        ReminderDocument.class))
                        .getMatchedCount()
                == 1;
    }

    @Override
    public boolean markFailed(String key, long epoch, int attempts, Instant retryAt, String note) {
        Update update = new Update().set("attempts", attempts).set("note", note);
        if (retryAt == null) {
            update.set("state", ReminderState.FAILED.name());
        } else {
            update.set("state", ReminderState.PENDING.name()).set("nextAttemptAt", retryAt);
        }
        return StoreCalls.call(
                                "reminder failed",
                                () -> mongo.updateFirst(claimedBy(key, epoch), update, ReminderDocument.class))
                        .getMatchedCount()
                == 1;
    }

    @Override
    public boolean markSkipped(String key, long epoch, String note) {
        return StoreCalls.call(
                                "reminder skipped",
                                () -> mongo.updateFirst(
                                        claimedBy(key, epoch),
                                        new Update()
                                                .set("state", ReminderState.SKIPPED.name())
                                                .set("note", note),
                                        ReminderDocument.class))
                        .getMatchedCount()
                == 1;
    }

    @Override
    public int releaseClaims(ClaimFence.Epoch epoch, Duration stale) {
        Instant now = clock.now();
        long number = epoch.number();
        // Entries claimed before epochs were recorded count as the oldest epoch
        Criteria olderEpoch =
                new Criteria().orOperator(where(EPOCH).lt(number), where(EPOCH).exists(false));
        Criteria leftByPredecessor =
                new Criteria().andOperator(olderEpoch, where("claimedAt").lt(epoch.since()));
        Criteria staleClaim = new Criteria()
                .andOperator(where(EPOCH).not().gt(number), where("claimedAt").lt(now.minus(stale)));
        Query abandoned = query(new Criteria()
                .andOperator(
                        where("state").is(ReminderState.SENDING.name()),
                        new Criteria().orOperator(leftByPredecessor, staleClaim)));
        return (int) StoreCalls.call(
                        "release abandoned reminder claims",
                        () -> mongo.updateMulti(
                                abandoned,
                                new Update()
                                        .set("state", ReminderState.PENDING.name())
                                        .set("note", RECOVERED)
                                        // The former claimer's epoch can no longer claim it or record its outcome
                                        .set(EPOCH, number),
                                ReminderDocument.class))
                .getModifiedCount();
    }

    @Override
    public List<Reminder> between(String networkId, Instant from, Instant to) {
        Query query = query(
                        where("networkId").is(networkId).and("dueAt").gte(from).lt(to))
                .with(Sort.by("dueAt"));
        return StoreCalls.call("reminders between", () -> mongo.find(query, ReminderDocument.class)).stream()
                .map(ReminderDocument::toReminder)
                .toList();
    }

    @Override
    public Optional<Instant> nextPendingDue() {
        Query query = query(where("state").is(ReminderState.PENDING.name()))
                .with(Sort.by("nextAttemptAt"))
                .limit(1);
        return Optional.ofNullable(StoreCalls.call("next reminder", () -> mongo.findOne(query, ReminderDocument.class)))
                .map(ReminderDocument::nextAttemptAt);
    }

    @Override
    public List<Reminder> sentTo(String networkId, String userId) {
        // recipients is an array: equality on it matches an element
        Query query = query(where("networkId").is(networkId).and("recipients").is(userId))
                .with(Sort.by("sentAt"));
        return StoreCalls.call("reminders sent to", () -> mongo.find(query, ReminderDocument.class)).stream()
                .map(ReminderDocument::toReminder)
                .toList();
    }

    @Override
    public List<Reminder> find(String networkId, ReminderKind kind, ReminderSubject subject) {
        Query query = query(where("networkId")
                        .is(networkId)
                        .and("kind")
                        .is(kind.name())
                        .and("subject")
                        .is(subject.stored()))
                .with(Sort.by("dueAt"));
        return StoreCalls.call("find reminders", () -> mongo.find(query, ReminderDocument.class)).stream()
                .map(ReminderDocument::toReminder)
                .toList();
    }

    /** Only the claim of exactly this epoch moves an entry on from "sending": the fence against a former claimer. */
    private static Query claimedBy(String key, long epoch) {
        return query(where("_id")
                .is(key)
                .and("state")
                .is(ReminderState.SENDING.name())
                .and(EPOCH)
                .is(epoch));
    }
}
