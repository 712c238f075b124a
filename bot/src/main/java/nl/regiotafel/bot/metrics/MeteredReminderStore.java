package nl.regiotafel.bot.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderOutcome;
import nl.regiotafel.commands.reminder.ReminderStore;

/**
 * The reminder ledger, counting what the planner and the dispatcher do with it. Every outcome of a send follows a
 * claim in this process, so the due time of each claim is kept until its outcome is recorded, to measure lateness.
 */
public final class MeteredReminderStore implements ReminderStore {

    private final ReminderStore ledger;
    private final BotMetrics metrics;
    private final Map<String, Instant> claimedDue = new ConcurrentHashMap<>();

    public MeteredReminderStore(ReminderStore ledger, BotMetrics metrics) {
        this.ledger = ledger;
        this.metrics = metrics;
    }

    @Override
    public boolean plan(Reminder reminder) {
        boolean added = ledger.plan(reminder);
        if (added) {
            metrics.remindersPlanned(1);
        }
        return added;
    }

    @Override
    public int planAll(List<Reminder> reminders) {
        int added = ledger.planAll(reminders);
        if (added > 0) {
            metrics.remindersPlanned(added);
        }
        return added;
    }

    @Override
    public List<Reminder> claimDue(String networkId, Instant now, int limit, ClaimFence.Epoch epoch) {
        List<Reminder> claimed = ledger.claimDue(networkId, now, limit, epoch);
        claimed.forEach(r -> claimedDue.put(r.key(), r.dueAt()));
        return claimed;
    }

    @Override
    public Set<String> record(long epoch, List<ReminderOutcome> outcomes) {
        Set<String> refused = ledger.record(epoch, outcomes);
        for (ReminderOutcome outcome : outcomes) {
            Instant due = claimedDue.remove(outcome.key());
            if (refused.contains(outcome.key())) {
                continue;
            }
            if (outcome instanceof ReminderOutcome.Sent sent) {
                metrics.reminderSent(sent.late(), due == null ? Duration.ZERO : Duration.between(due, sent.sentAt()));
            } else if (outcome instanceof ReminderOutcome.Failed failed) {
                metrics.reminderFailed(failed.retryAt() == null);
            } else if (outcome instanceof ReminderOutcome.Skipped) {
                metrics.reminderSkipped();
            }
        }
        return refused;
    }

    @Override
    public List<Reminder> due(Instant now, int limit) {
        return ledger.due(now, limit);
    }

    @Override
    public List<Reminder> due(String networkId, Instant now, int limit) {
        return ledger.due(networkId, now, limit);
    }

    @Override
    public long countDue(Instant now) {
        return ledger.countDue(now);
    }

    @Override
    public Optional<Reminder> claim(String key, ClaimFence.Epoch epoch) {
        Optional<Reminder> claimed = ledger.claim(key, epoch);
        claimed.ifPresent(r -> claimedDue.put(r.key(), r.dueAt()));
        return claimed;
    }

    @Override
    public boolean markSent(
            String key, long epoch, String messageId, Instant sentAt, boolean late, java.util.Set<String> recipients) {
        boolean recorded = ledger.markSent(key, epoch, messageId, sentAt, late, recipients);
        Instant due = claimedDue.remove(key);
        if (recorded) {
            metrics.reminderSent(late, due == null ? Duration.ZERO : Duration.between(due, sentAt));
        }
        return recorded;
    }

    @Override
    public boolean markFailed(String key, long epoch, int attempts, Instant retryAt, String note) {
        boolean recorded = ledger.markFailed(key, epoch, attempts, retryAt, note);
        claimedDue.remove(key);
        if (recorded) {
            metrics.reminderFailed(retryAt == null);
        }
        return recorded;
    }

    @Override
    public boolean markSkipped(String key, long epoch, String note) {
        boolean recorded = ledger.markSkipped(key, epoch, note);
        claimedDue.remove(key);
        if (recorded) {
            metrics.reminderSkipped();
        }
        return recorded;
    }

    @Override
    public int releaseClaims(ClaimFence.Epoch epoch, Duration stale) {
        return ledger.releaseClaims(epoch, stale);
    }

    @Override
    public List<Reminder> between(String networkId, Instant from, Instant to) {
        return ledger.between(networkId, from, to);
    }

    @Override
    public Optional<Instant> nextPendingDue() {
        return ledger.nextPendingDue();
    }

    @Override
    public Optional<Instant> nextPendingDue(String networkId) {
        return ledger.nextPendingDue(networkId);
    }

    @Override
    public List<Reminder> sentTo(String networkId, String userId) {
        return ledger.sentTo(networkId, userId);
    }

    @Override
    public List<Reminder> find(
            String networkId, ReminderKind kind, nl.regiotafel.commands.reminder.ReminderSubject subject) {
        return ledger.find(networkId, kind, subject);
    }
}
