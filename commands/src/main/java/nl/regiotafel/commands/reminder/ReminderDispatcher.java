package nl.regiotafel.commands.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due ledger entries: claims each atomically (so a second instance cannot send it too), composes it from the
 * current state, sends it through the {@link ChatGateway} and records the outcome.
 */
public final class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

    /** An entry "sending" for longer than this belonged to an instance that died mid-send. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    /** Waits between tries while the chat platform is unreachable; the last is repeated. */
    static final Duration[] BACKOFF = {
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4)
    };

    /** After this many failed tries an entry is marked failed and left for a human to look at. */
    static final int MAX_ATTEMPTS = 12;

    /** Bounds one run, so a flood of due entries cannot hold the scheduler thread for long. */
    static final int MAX_PER_RUN = 20_000;

    /** Due entries read per query; each is then claimed by its key. */
    static final int BATCH = 200;

    private final ReminderStore ledger;
    private final ReminderComposer composer;
    private final ChatGateway chat;
    private volatile Instant chatPausedUntil = Instant.MIN;
    private volatile boolean stopped;

    public ReminderDispatcher(ReminderStore ledger, ReminderComposer composer, ChatGateway chat) {
        this.ledger = ledger;
        this.composer = composer;
        this.chat = chat;
    }

    /**
     * Sends everything due by {@code now}, oldest first. While the chat platform is unreachable nothing is tried
     * until the back-off has passed, and every entry keeps its place in the order.
     *
     * @return how many messages were sent
     */
    public int dispatch(Instant now) {
        return dispatch(now, null);
    }

    /**
     * As {@link #dispatch(Instant)}, for one network only, or for all when {@code networkId} is null. The console plays
     * one network: it must never send another network's reminders, which that network would never see.
     */
    public int dispatch(Instant now, String networkId) {
        if (stopped) {
            return 0;
        }
        ledger.releaseStale(now.minus(STALE_CLAIM));
        if (now.isBefore(chatPausedUntil)) {
            return 0;
        }
        int sent = 0;
        int handled = 0;
        ReminderComposer.Batch batch = composer.batch(now);
        List<Reminder> due = networkId == null ? ledger.due(now, BATCH) : ledger.due(networkId, now, BATCH);
        while (!due.isEmpty() && handled < MAX_PER_RUN) {
            boolean stop = false;
            for (Reminder candidate : due) {
                if (stopped) {
                    // Shutting down: between two entries, so none is left half-sent
                    stop = true;
                    break;
                }
                Optional<Reminder> claimed = ledger.claim(candidate.key(), now);
                if (claimed.isEmpty()) {
                    // Another instance claimed it first
                    continue;
                }
                handled++;
                int result = handle(claimed.get(), batch, now);
                if (result < 0) {
                    stop = true;
                    break;
                }
                sent += result;
            }
            if (stop) {
                break;
            }
            due = networkId == null ? ledger.due(now, BATCH) : ledger.due(networkId, now, BATCH);
        }
        return sent;
    }

    /** Ends a running {@link #dispatch} after the entry in hand and makes later calls send nothing: for a shutdown. */
    public void stop() {
        stopped = true;
    }

    /** Sends again after {@link #stop}: this instance became the active one again. */
    public void resume() {
        stopped = false;
    }

    /** Who a message addresses: the people it mentions and the people it goes to directly. */
    private static java.util.Set<String> recipients(nl.regiotafel.commands.chat.OutboundMessage message) {
        java.util.Set<String> people = new java.util.TreeSet<>(message.mentionUserIds());
        people.addAll(message.directTo());
        return people;
    }

    /** Composes and sends one claimed entry: 1 when sent, 0 when skipped or found sent, -1 when chat is down. */
    private int handle(Reminder reminder, ReminderComposer.Batch batch, Instant now) {
        ReminderComposer.Composed composed = batch.compose(reminder);
        if (composed.message() == null) {
            ledger.markSkipped(reminder.key(), composed.skipReason());
            log.info("Reminder {} skipped: {}", reminder.key(), composed.skipReason());
            return 0;
        }
        try {
            if (ReminderStore.RECOVERED.equals(reminder.note())) {
                Optional<String> earlier = chat.findSent(composed.message());
                if (earlier.isPresent()) {
                    // The instance that claimed it had sent it before dying: record, do not send again
                    ledger.markSent(
                            reminder.key(), earlier.get(), now, reminder.late(), recipients(composed.message()));
                    return 0;
                }
            }
            String messageId = chat.send(composed.message());
            boolean late = now.isAfter(reminder.dueAt().plus(ReminderComposer.LATE_AFTER));
            ledger.markSent(reminder.key(), messageId, now, late, recipients(composed.message()));
            log.info("Reminder {} sent as message {} in network {}", reminder.key(), messageId, reminder.networkId());
            return 1;
        } catch (ChatUnavailableException e) {
            int attempts = reminder.attempts() + 1;
            Duration wait = BACKOFF[Math.min(attempts - 1, BACKOFF.length - 1)];
            chatPausedUntil = now.plus(wait);
            ledger.markFailed(
                    reminder.key(), attempts, attempts >= MAX_ATTEMPTS ? null : chatPausedUntil, e.getMessage());
            log.warn(
                    "Chat unavailable sending {} (attempt {}); pausing until {}",
                    reminder.key(),
                    attempts,
                    chatPausedUntil);
            return -1;
        }
    }
}
