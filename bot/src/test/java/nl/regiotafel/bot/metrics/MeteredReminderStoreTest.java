package nl.regiotafel.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder meters count what happens in the real ledger: planned once, sent late and how late, failed, skipped. */
@RegiotafelTest
final class MeteredReminderStoreTest {

    private static final Instant DUE = Instant.parse("2031-10-01T07:00:00Z");

    @Autowired
    ReminderStore ledger;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void countsPlannedSentLateFailedAndSkippedReminders() {
        MeteredReminderStore metered = new MeteredReminderStore(ledger, new BotMetrics(registry, List::of));
        String network = "guild-" + UUID.randomUUID();
        Reminder late = Reminder.planned(
                network,
                ReminderKind.MILESTONE_BEFORE,
                nl.regiotafel.commands.reminder.ReminderSubject.milestone("a", 1),
                DUE,
                "d");
        Reminder failing = Reminder.planned(
                network,
                ReminderKind.MILESTONE_BEFORE,
                nl.regiotafel.commands.reminder.ReminderSubject.milestone("a", 2),
                DUE,
                "d");
        Reminder obsolete = Reminder.planned(
                network,
                ReminderKind.MILESTONE_BEFORE,
                nl.regiotafel.commands.reminder.ReminderSubject.milestone("a", 3),
                DUE,
                "d");

        // WHEN three are planned (one twice), one is sent two hours late, one fails twice, one is skipped
        metered.plan(late);
        metered.plan(late);
        metered.plan(failing);
        metered.plan(obsolete);
        Instant twoHoursLate = DUE.plus(Duration.ofHours(2));
        ClaimFence.Epoch epoch = ClaimFence.withoutLease().current().orElseThrow();
        long number = epoch.number();
        metered.claim(late.key(), epoch).orElseThrow();
        metered.markSent(late.key(), number, "m1", twoHoursLate, true);
        metered.claim(failing.key(), epoch).orElseThrow();
        metered.markFailed(failing.key(), number, 1, twoHoursLate.plusSeconds(60), "chat down");
        metered.claim(failing.key(), epoch).orElseThrow();
        metered.markFailed(failing.key(), number, 12, null, "chat down");
        metered.claim(obsolete.key(), epoch).orElseThrow();
        metered.markSkipped(obsolete.key(), number, "milestone moved");

        // THEN the meters say so
        assertThat(registry.get("regiotafel.reminders.planned").counter().count())
                .isEqualTo(3.0);
        assertThat(registry.get("regiotafel.reminders.sent")
                        .tag("late", "true")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get("regiotafel.reminders.delay").timer().max(TimeUnit.MINUTES))
                .isEqualTo(120.0);
        assertThat(registry.get("regiotafel.reminders.failed")
                        .tag("final", "false")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get("regiotafel.reminders.failed")
                        .tag("final", "true")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get("regiotafel.reminders.skipped").counter().count())
                .isEqualTo(1.0);
    }
}
