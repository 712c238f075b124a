package nl.regiotafel.commands.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the reminder ledger. The ledger, not memory, decides what has been sent. */
public interface ReminderStore {

    /** The note on an entry released from "sending" after its instance died: it may have been sent already. */
    String RECOVERED = "recovered after an interrupted send";

    /** Stores a pending occurrence unless its key exists; true when it was new. */
    boolean plan(Reminder reminder);

    /**
     * Stores many pending occurrences, each unless its key exists, as {@link #plan(Reminder)} does: in one bulk write
     * where the store allows. Returns how many were new.
     */
    default int planAll(List<Reminder> reminders) {
        int added = 0;
        for (Reminder reminder : reminders) {
            if (plan(reminder)) {
                added++;
            }
        }
        return added;
    }

    /** Up to {@code limit} pending entries due by {@code now}, earliest first; read only, nothing is claimed. */
    List<Reminder> due(Instant now, int limit);

    /** As {@link #due(Instant, int)}, for one network only (the console, which plays one network). */
    List<Reminder> due(String networkId, Instant now, int limit);

    /** How many pending entries are due by {@code now}: the backlog the dispatcher has still to send. */
    default long countDue(Instant now) {
        return due(now, Integer.MAX_VALUE).size();
    }

    /**
     * Atomically claims one entry (pending → sending) if it is still pending and no higher epoch has taken it over, so
     * two instances never claim the same one. The claim records {@code epoch} and the database's time. Empty when
     * another instance got it first, or a successor fenced it.
     */
    Optional<Reminder> claim(String key, ClaimFence.Epoch epoch);

    /** Claims the earliest pending entry due by {@code now}. */
    default Optional<Reminder> claimNext(Instant now, ClaimFence.Epoch epoch) {
        for (Reminder candidate : due(now, 10)) {
            Optional<Reminder> claimed = claim(candidate.key(), epoch);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    /**
     * Claims up to {@code limit} pending entries due by {@code now}, earliest first, of one network or of all when
     * {@code networkId} is null: one read and one conditional bulk write, not a round trip per entry. Each entry is
     * claimed as {@link #claim} claims one — only if it is still pending and unchanged since it was read, and not if a
     * higher epoch has touched it — so two instances racing over the same entries claim each exactly once. Entries
     * another instance got first are left out.
     *
     * @return the entries this call claimed, earliest first, in state "sending"
     */
    List<Reminder> claimDue(String networkId, Instant now, int limit, ClaimFence.Epoch epoch);

    /**
     * Records the outcomes of many claimed entries in one bulk write, each fenced as {@link #markSent} is: only a claim
     * of exactly {@code epoch} still "sending" is moved on.
     *
     * @return the keys whose outcome was refused (a successor took the claim over)
     */
    java.util.Set<String> record(long epoch, List<ReminderOutcome> outcomes);

    /**
     * Records a claimed entry as sent. Fenced: only a claim of exactly {@code epoch} still "sending" is moved on, so an
     * instance whose claim a successor took over cannot record over it. Whom it addressed is not known.
     *
     * @return false when the write was refused (the claim is no longer this epoch's)
     */
    default boolean markSent(String key, long epoch, String messageId, Instant sentAt, boolean late) {
        return markSent(key, epoch, messageId, sentAt, late, java.util.Set.of());
    }

    /**
     * As {@link #markSent(String, long, String, Instant, boolean)}, keeping who the message addressed (mentioned or
     * sent a direct message): what a person's export lists as messages the bot sent them, and what an erasure removes
     * them from. Kept only as long as the network keeps its ledger.
     */
    boolean markSent(
            String key, long epoch, String messageId, Instant sentAt, boolean late, java.util.Set<String> recipients);

    /**
     * Back to pending for another try at {@code retryAt}, or failed for good when {@code retryAt} is null. Fenced as
     * {@link #markSent}.
     */
    boolean markFailed(String key, long epoch, int attempts, Instant retryAt, String note);

    /** Fenced as {@link #markSent}. */
    boolean markSkipped(String key, long epoch, String note);

    /**
     * Takes over claims whose instance can no longer finish them, back to pending with the note {@link #RECOVERED}
     * and fenced at {@code epoch} (an older epoch cannot claim them again): claims of older epochs made before {@code
     * epoch.since()} (the predecessor's), and claims of this or an older epoch made more than {@code stale} ago. Both
     * are judged by the database's clock, never an instance's. The platform's history is checked before a recovered
     * entry is sent again ({@code ChatGateway#findSent}). Returns how many.
     */
    int releaseClaims(ClaimFence.Epoch epoch, Duration stale);

    /** A network's entries due in [from, to), by due time. */
    List<Reminder> between(String networkId, Instant from, Instant to);

    /** The earliest pending entry's due time, if any (lets the console clock jump from one to the next). */
    Optional<Instant> nextPendingDue();

    /** As {@link #nextPendingDue()}, for one network only. */
    Optional<Instant> nextPendingDue(String networkId);

    /** Entries of a network by kind and subject, for checks such as "was the round-opening message sent". */
    List<Reminder> find(String networkId, ReminderKind kind, ReminderSubject subject);

    /** The sent entries whose message addressed the person (mentioned them or went to them directly), oldest first. */
    List<Reminder> sentTo(String networkId, String userId);
}
