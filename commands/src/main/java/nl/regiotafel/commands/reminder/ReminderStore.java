package nl.regiotafel.commands.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the reminder ledger. The ledger, not memory, decides what has been sent. */
public interface ReminderStore {

    /** The note on an entry released from "sending" after its instance died: it may have been sent already. */
    String RECOVERED = "recovered after an interrupted send";

    /** Stores a pending occurrence unless its key exists; true when it was new. */
    boolean plan(Reminder reminder);

    /** Up to {@code limit} pending entries due by {@code now}, earliest first; read only, nothing is claimed. */
    List<Reminder> due(Instant now, int limit);

    /** As {@link #due(Instant, int)}, for one network only (the console, which plays one network). */
    List<Reminder> due(String networkId, Instant now, int limit);

    /** How many pending entries are due by {@code now}: the backlog the dispatcher has still to send. */
    default long countDue(Instant now) {
        return due(now, Integer.MAX_VALUE).size();
    }

    /**
     * Atomically claims one entry (pending → sending) if it is still pending, so two instances never claim the same
     * one. Empty when another instance got it first.
     */
    Optional<Reminder> claim(String key, Instant now);

    /** Claims the earliest pending entry due by {@code now}. */
    default Optional<Reminder> claimNext(Instant now) {
        for (Reminder candidate : due(now, 10)) {
            Optional<Reminder> claimed = claim(candidate.key(), now);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    /** Sent (or found sent after a crash) as {@code messageId}; whom it addressed is not known. */
    default void markSent(String key, String messageId, Instant sentAt, boolean late) {
        markSent(key, messageId, sentAt, late, java.util.Set.of());
    }

    /**
     * As {@link #markSent(String, String, Instant, boolean)}, keeping who the message addressed (mentioned or sent a
     * direct message): what a person's export lists as messages the bot sent them, and what an erasure removes them
     * from. Kept only as long as the network keeps its ledger.
     */
    void markSent(String key, String messageId, Instant sentAt, boolean late, java.util.Set<String> recipients);

    /** Back to pending for another try at {@code retryAt}, or failed for good when {@code retryAt} is null. */
    void markFailed(String key, int attempts, Instant retryAt, String note);

    void markSkipped(String key, String note);

    /**
     * Entries stuck in "sending" since before {@code claimedBefore} (their instance died mid-send) go back to pending;
     * their deduplication key keeps a platform that supports it from showing them twice. Returns how many.
     */
    int releaseStale(Instant claimedBefore);

    /** A network's entries due in [from, to), by due time. */
    List<Reminder> between(String networkId, Instant from, Instant to);

    /** The earliest pending entry's due time, if any (lets the console clock jump from one to the next). */
    Optional<Instant> nextPendingDue();

    /** As {@link #nextPendingDue()}, for one network only. */
    Optional<Instant> nextPendingDue(String networkId);

    /** Entries of a network by kind and subject, for checks such as "was the round-opening message sent". */
    List<Reminder> find(String networkId, ReminderKind kind, String subject);

    /** The sent entries whose message addressed the person (mentioned them or went to them directly), oldest first. */
    List<Reminder> sentTo(String networkId, String userId);
}
