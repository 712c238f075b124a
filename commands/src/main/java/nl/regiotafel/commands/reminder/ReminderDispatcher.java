package nl.regiotafel.commands.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException;
import nl.regiotafel.commands.chat.OutboundMessage;
import nl.regiotafel.commands.readmodel.ReadScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due ledger entries in batches: claims a batch atomically under this instance's epoch (one read and one
 * conditional bulk write, so a second instance cannot send them too), composes each from the current state, sends it
 * through the {@link ChatGateway} and records the outcomes in bulk.
 *
 * <p>Whether a reminder is due is judged by this instance's clock (only the active instance sends); whether a claim
 * is abandoned is judged by the database's clock and the epochs ({@link ReminderStore#releaseClaims}), so instances
 * whose clocks disagree by hours still send each entry once. An entry taken over from an instance that died mid-send
 * is first looked for on the platform ({@link ChatGateway#findSent}): found, it is recorded, not sent again. Sent
 * entries are recorded at least every {@link #RECORD_EVERY} sends, so after a crash at most that many sent messages
 * are unrecorded, all among the latest the platform shows, where that lookup finds them.
 *
 * <p>A run claims one entry at a time until it has sent one, and then as many as it has sent so far, up to {@link
 * #BATCH} (so the batches double): the usual run (a handful due) holds one claim at a time, so a shutdown or a takeover
 * mid-run leaves one entry to look up, and a backlog is claimed and recorded many at a time. A reminder that cannot be composed (a bug, a store that failed) is retried
 * later with back-off and never stops the others; a direct message the platform refused is recorded in the network's
 * reminder settings, so that person is reminded in the channel from then on.
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

    /** The most entries claimed at once. */
    static final int BATCH = 256;

    /**
     * Outcomes are recorded at least this often: the most sent-but-unrecorded messages a crash can leave, which the
     * successor must find among the latest 50 of a channel.
     */
    static final int RECORD_EVERY = 25;

    private final ReminderStore ledger;
    private final ReminderComposer composer;
    private final ChatGateway chat;
    private final ReminderSettingsStore settings;
    private final ClaimFence fence;
    private volatile Instant chatPausedUntil = Instant.MIN;
    private volatile boolean stopped;

    /** A dispatcher without the lease: every instance claims under one constant epoch. */
    public ReminderDispatcher(
            ReminderStore ledger, ReminderComposer composer, ChatGateway chat, ReminderSettingsStore settings) {
        this(ledger, composer, chat, settings, ClaimFence.withoutLease());
    }

    public ReminderDispatcher(
            ReminderStore ledger,
            ReminderComposer composer,
            ChatGateway chat,
            ReminderSettingsStore settings,
            ClaimFence fence) {
        this.ledger = ledger;
        this.composer = composer;
        this.chat = chat;
        this.settings = settings;
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
        while (handled < MAX_PER_RUN && !stopping(current)) {
            int size = Math.min(BATCH, Math.max(1, sent));
            List<Reminder> claimed = ledger.claimDue(networkId, now, Math.min(size, MAX_PER_RUN - handled), epoch);
            if (claimed.isEmpty()) {
                break;
            }
            handled += claimed.size();
            Run run = new Run(epoch, current, now);
            // One look at each network's revision for the whole batch, and one state of it throughout
            try (ReadScope scope = ReadScope.open()) {
                run.handle(claimed);
            }
            sent += run.sent;
            if (run.stop) {
                break;
            }
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

    /** Shutting down, or the lease passed on: checked between two entries, so none is left half-sent. */
    private boolean stopping(Optional<ClaimFence.Epoch> current) {
        return stopped || !fence.current().equals(current);
    }

    /** Who a message addresses: the people it mentions and the people it goes to directly. */
    private static Set<String> recipients(OutboundMessage message) {
        Set<String> people = new TreeSet<>(message.mentionUserIds());
        people.addAll(message.directTo());
        return people;
    }

    private static Duration backoff(int attempts) {
        return BACKOFF[Math.min(attempts - 1, BACKOFF.length - 1)];
    }

    /** One claimed batch: composed, sent and recorded, the outcomes written in bulk. */
    private final class Run {
        private final ClaimFence.Epoch epoch;
        private final Optional<ClaimFence.Epoch> current;
        private final Instant now;
        private final ReminderComposer.Batch batch;
        private final List<ReminderOutcome> outcomes = new ArrayList<>();
        /** Keys sent in this run (not those found already sent): counted once their record is accepted. */
        private final Set<String> newlySent = new HashSet<>();
        /** Direct messages the platform refused, by network. */
        private final Map<String, Set<String>> refusedDirect = new HashMap<>();

        private int sent;
        private boolean stop;

        Run(ClaimFence.Epoch epoch, Optional<ClaimFence.Epoch> current, Instant now) {
            this.epoch = epoch;
            this.current = current;
            this.now = now;
            this.batch = composer.batch(now);
        }

        void handle(List<Reminder> claimed) {
            int next = 0;
            while (next < claimed.size() && !stop) {
                if (stopping(current)) {
                    stop = true;
                    break;
                }
                handle(claimed.get(next++));
                if (outcomes.size() >= RECORD_EVERY) {
                    flush();
                }
            }
            // Claimed but not tried: back to pending as they were, for the next run (of this instance or another)
            claimed.subList(next, claimed.size()).forEach(r -> outcomes.add(new ReminderOutcome.Untried(r.key())));
            flush();
        }

        private void handle(Reminder reminder) {
            ReminderComposer.Composed composed = batch.compose(reminder);
            if (composed.failure() != null) {
                // Never stops the others: tried again after the back-off, in case it was passing
                outcomes.add(failed(reminder, composed.failure(), reminder.note()));
                return;
            }
            if (composed.message() == null) {
                outcomes.add(new ReminderOutcome.Skipped(reminder.key(), composed.skipReason()));
                log.info("Reminder {} skipped: {}", reminder.key(), composed.skipReason());
                return;
            }
            OutboundMessage message = composed.message();
            boolean recovered = ReminderStore.RECOVERED.equals(reminder.note());
            try {
                if (recovered) {
                    Optional<String> earlier = chat.findSent(message);
                    if (earlier.isPresent()) {
                        // The instance that claimed it had sent it before dying: record, do not send again
                        log.info(
                                "Reminder {} was sent before its instance died, as message {}",
                                reminder.key(),
                                earlier.get());
                        outcomes.add(new ReminderOutcome.Sent(
                                reminder.key(), earlier.get(), now, reminder.late(), recipients(message)));
                        return;
                    }
                }
                // Taken over mid-send: the direct messages that went out before the crash are not sent again
                ChatGateway.Delivery delivery = recovered ? chat.sendRemaining(message) : chat.send(message);
                boolean late = now.isAfter(reminder.dueAt().plus(ReminderComposer.LATE_AFTER));
                outcomes.add(
                        new ReminderOutcome.Sent(reminder.key(), delivery.messageId(), now, late, recipients(message)));
                newlySent.add(reminder.key());
                if (!delivery.refusedDirect().isEmpty()) {
                    refusedDirect
                            .computeIfAbsent(reminder.networkId(), n -> new TreeSet<>())
                            .addAll(delivery.refusedDirect());
                }
                log.info(
                        "Reminder {} sent as message {} in network {}",
                        reminder.key(),
                        delivery.messageId(),
                        reminder.networkId());
            } catch (ChatUnavailableException e) {
                int attempts = reminder.attempts() + 1;
                // A recovered entry stays marked so: the next try still looks for it on the platform first
                outcomes.add(failed(reminder, e.getMessage(), recovered ? ReminderStore.RECOVERED : null));
                chatPausedUntil = now.plus(backoff(attempts));
                log.warn(
                        "Chat unavailable sending {} (attempt {}); pausing until {}",
                        reminder.key(),
                        attempts,
                        chatPausedUntil);
                stop = true;
            } catch (RuntimeException e) {
                // A bug while sending: whether it went out is unknown, so the next try looks for it first
                log.error("Sending reminder {} failed", reminder.key(), e);
                outcomes.add(failed(reminder, e.toString(), ReminderStore.RECOVERED));
            }
        }

        /** Another try after the back-off, or failed for good after the last; {@code keepNote} overrides the note. */
        private ReminderOutcome failed(Reminder reminder, String reason, String keepNote) {
            int attempts = reminder.attempts() + 1;
            return new ReminderOutcome.Failed(
                    reminder.key(),
                    attempts,
                    attempts >= MAX_ATTEMPTS ? null : now.plus(backoff(attempts)),
                    ReminderStore.RECOVERED.equals(keepNote) ? ReminderStore.RECOVERED : reason);
        }

        private void flush() {
            if (!outcomes.isEmpty()) {
                Set<String> refused = ledger.record(epoch.number(), List.copyOf(outcomes));
                for (ReminderOutcome outcome : outcomes) {
                    if (!refused.contains(outcome.key()) && newlySent.contains(outcome.key())) {
                        sent++;
                    }
                }
                outcomes.clear();
                if (!refused.isEmpty()) {
                    // Sent, but a successor took the claims over meanwhile: it looks the messages up before sending
                    log.warn(
                            "Reminders {}: the claims of epoch {} were taken over by a newer active instance; this one"
                                    + " stops sending",
                            refused,
                            epoch.number());
                    stop = true;
                }
            }
            refusedDirect.forEach((networkId, users) -> {
                log.info(
                        "Direct messages refused by {} in network {}: reminded in the channel from now on",
                        users,
                        networkId);
                settings.change(networkId, s -> s.refusingDirectMessages(users));
            });
            refusedDirect.clear();
        }
    }
}
