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
 * Sends due ledger entries: claims each atomically under this instance's epoch (so a second instance cannot send it
 * too), composes it from the current state, sends it through the {@link ChatGateway} and records the outcome.
 *
 * <p>Whether a reminder is due is judged by this instance's clock (only the active instance sends); whether a claim
 * is abandoned is judged by the database's clock and the epochs ({@link ReminderStore#releaseClaims}), so instances
 * whose clocks disagree by hours still send each entry once. An entry taken over from an instance that died mid-send
 * is first looked for on the platform ({@link ChatGateway#findSent}): found, it is recorded, not sent again.
 */
public final class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

    /**
     * An entry "sending" for longer than this, by the database's clock, belonged to an instance that died mid-send
     * (or hung): taken over even within the same epoch.
     */
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

    /** {@link #handle}'s results besides "how many were sent". */
    private static final int CHAT_DOWN = -1;

    private static final int FENCED = -2;

    private final ReminderStore ledger;
    private final ReminderComposer composer;
    private final ChatGateway chat;
    private final ClaimFence fence;
    private volatile Instant chatPausedUntil = Instant.MIN;
    private volatile boolean stopped;

    /** A dispatcher without the lease: every instance claims under one constant epoch. */
    public ReminderDispatcher(ReminderStore ledger, ReminderComposer composer, ChatGateway chat) {
        this(ledger, composer, chat, ClaimFence.withoutLease());
    }

    public ReminderDispatcher(ReminderStore ledger, ReminderComposer composer, ChatGateway chat, ClaimFence fence) {
        this.ledger = ledger;
        this.composer = composer;
        this.chat = chat;
        this.fence = fence;
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
        Optional<ClaimFence.Epoch> current = fence.current();
        if (current.isEmpty()) {
            // Not the active instance (any more): claim nothing
            return 0;
        }
        ClaimFence.Epoch epoch = current.get();
        int released = ledger.releaseClaims(epoch, STALE_CLAIM);
        if (released > 0) {
            log.info(
                    "Took over {} reminder claim(s) left by an instance that died mid-send (epoch {})",
                    released,
                    epoch);
        }
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
                if (stopped || !fence.current().equals(current)) {
                    // Shutting down, or the lease passed on: between two entries, so none is left half-sent
                    stop = true;
                    break;
                }
                Optional<Reminder> claimed = ledger.claim(candidate.key(), epoch);
                if (claimed.isEmpty()) {
                    // Another instance claimed it first
                    continue;
                }
                handled++;
                int result = handle(claimed.get(), epoch.number(), batch, now);
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

    /**
     * Composes and sends one claimed entry: 1 when sent, 0 when skipped or found sent, {@link #CHAT_DOWN} when chat is
     * down, {@link #FENCED} when a successor took the claim over (this instance is no longer the active one).
     */
    private int handle(Reminder reminder, long epoch, ReminderComposer.Batch batch, Instant now) {
        ReminderComposer.Composed composed = batch.compose(reminder);
        if (composed.message() == null) {
            if (!ledger.markSkipped(reminder.key(), epoch, composed.skipReason())) {
                return fenced(reminder, epoch);
            }
            log.info("Reminder {} skipped: {}", reminder.key(), composed.skipReason());
            return 0;
        }
        try {
            boolean recovered = ReminderStore.RECOVERED.equals(reminder.note());
            if (recovered) {
                Optional<String> earlier = chat.findSent(composed.message());
                if (earlier.isPresent()) {
                    // The instance that claimed it had sent it before dying: record, do not send again
                    log.info(
                            "Reminder {} was sent before its instance died, as message {}",
                            reminder.key(),
                            earlier.get());
                    return ledger.markSent(
                                    reminder.key(),
                                    epoch,
                                    earlier.get(),
                                    now,
                                    reminder.late(),
                                    recipients(composed.message()))
                            ? 0
                            : fenced(reminder, epoch);
                }
            }
            // Taken over mid-send: the direct messages that went out before the crash are not sent again
            String messageId = recovered ? chat.sendRemaining(composed.message()) : chat.send(composed.message());
            boolean late = now.isAfter(reminder.dueAt().plus(ReminderComposer.LATE_AFTER));
            if (!ledger.markSent(reminder.key(), epoch, messageId, now, late, recipients(composed.message()))) {
                // Sent, but a successor took the claim over meanwhile: it looks the message up before sending
                return fenced(reminder, epoch);
            }
            log.info("Reminder {} sent as message {} in network {}", reminder.key(), messageId, reminder.networkId());
            return 1;
        } catch (ChatUnavailableException e) {
            int attempts = reminder.attempts() + 1;
            Duration wait = BACKOFF[Math.min(attempts - 1, BACKOFF.length - 1)];
            if (!ledger.markFailed(
                    reminder.key(),
                    epoch,
                    attempts,
                    attempts >= MAX_ATTEMPTS ? null : now.plus(wait),
                    // A recovered entry stays marked so: the next try still looks for it on the platform first
                    ReminderStore.RECOVERED.equals(reminder.note()) ? ReminderStore.RECOVERED : e.getMessage())) {
                return fenced(reminder, epoch);
            }
            chatPausedUntil = now.plus(wait);
            log.warn(
                    "Chat unavailable sending {} (attempt {}); pausing until {}",
                    reminder.key(),
                    attempts,
                    chatPausedUntil);
            return CHAT_DOWN;
        }
    }

    private static int fenced(Reminder reminder, long epoch) {
        log.warn(
                "Reminder {}: the claim of epoch {} was taken over by a newer active instance; this one stops sending",
                reminder.key(),
                epoch);
        return FENCED;
    }
}
