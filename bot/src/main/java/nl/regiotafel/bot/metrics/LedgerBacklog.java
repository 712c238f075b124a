package nl.regiotafel.bot.metrics;

import java.time.Clock;
import java.time.Duration;
import nl.regiotafel.commands.api.StoreUnavailableException;
import nl.regiotafel.commands.reminder.ReminderStore;

/**
 * The number of due, unsent reminders, for the backlog gauge. Counting scans the ledger on the embedded store, so a
 * value is reused for {@link #MAX_AGE}: scrapes every few seconds cost one count.
 */
final class LedgerBacklog {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final ReminderStore ledger;
    private final Clock clock;
    private long countedAt = Long.MIN_VALUE;
    private double value = Double.NaN;

    LedgerBacklog(ReminderStore ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    synchronized double value() {
        long now = System.nanoTime();
        if (countedAt != Long.MIN_VALUE && now - countedAt < MAX_AGE.toNanos()) {
            return value;
        }
        countedAt = now;
        try {
            value = ledger.countDue(clock.instant());
        } catch (StoreUnavailableException e) {
            // No database, no figure: Prometheus shows a gap rather than a false zero
            value = Double.NaN;
        }
        return value;
    }
}
