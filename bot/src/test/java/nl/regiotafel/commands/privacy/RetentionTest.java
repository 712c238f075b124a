package nl.regiotafel.commands.privacy;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.bot.schedule.RetentionJob;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderStore;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RegiotafelTest
final class RetentionTest {

    private static final Instant JANUARY = Instant.parse("2021-01-12T08:00:00Z");
    private static final Instant AUGUST = Instant.parse("2021-08-30T08:00:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2021-09-01T08:00:00Z");

    @Autowired
    CommandRegistry registry;

    @Autowired
    AdjustableClock clock;

    @Autowired
    UpdateStore updates;

    @Autowired
    AuditStore audit;

    @Autowired
    ReminderStore ledger;

    @Autowired
    RetentionSweep sweep;

    private TestRequests bot;

    @BeforeEach
    void setUp() {
        clock.set(JANUARY);
        bot = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.ENGLISH);
        ok(bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "tizv-glasses",
                "name",
                "Pilot Smart Glasses",
                "region",
                "Zeeland",
                "theme",
                "Arbeidsbesparing",
                "leader",
                new UserRef("l1", "Lotte")));
        ok(bot.run(LEADER, "update", null, "project", "tizv-glasses", "results", "Eerste kwartaal"));
        Reminder sent = Reminder.planned(
                bot.network(),
                ReminderKind.ROUND_OPEN,
                nl.regiotafel.commands.reminder.ReminderSubject.round("2021-Q1"),
                JANUARY,
                "14");
        Reminder pending = Reminder.planned(
                bot.network(),
                ReminderKind.ROUND_OPEN,
                nl.regiotafel.commands.reminder.ReminderSubject.round("2021-Q4"),
                SEPTEMBER.plusSeconds(86_400 * 30),
                "14");
        ledger.plan(sent);
        ledger.plan(pending);
        ledger.claim(sent.key(), ClaimFence.withoutLease().current().orElseThrow())
                .orElseThrow();
        ledger.markSent(sent.key(), ClaimFence.WITHOUT_LEASE, "m-1", JANUARY, false);
        clock.set(AUGUST);
        ok(bot.run(LEADER, "update", null, "project", "tizv-glasses", "results", "Derde kwartaal"));
        clock.set(SEPTEMBER);
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    @Test
    void theDefaultKeepsUpdatesAndAuditAndTheLedgerFor180DaysAndSetupShowSaysSo() {
        new RetentionJob(sweep).execute(null);

        assertThat(ok(bot.run(ADMIN, "privacy", "retention")).pages().get(0).text())
                .contains("Author of updates: kept until you change it")
                .contains("Audit log: kept until you change it")
                .contains("Sent reminders: 180 days");
        assertThat(ok(bot.run(ADMIN, "setup", "show")).pages().get(0).fields())
                .anySatisfy(f -> assertThat(f.value()).contains("Sent reminders: 180 days"));
        assertThat(authors()).containsOnly("Leider Lotte");
        assertThat(audit.since(bot.network(), Instant.EPOCH)).isNotEmpty();
        // January's sent reminder is older than 180 days; the pending one stays whatever its age
        assertThat(ledger.find(
                        bot.network(),
                        ReminderKind.ROUND_OPEN,
                        nl.regiotafel.commands.reminder.ReminderSubject.round("2021-Q1")))
                .isEmpty();
        assertThat(ledger.find(
                        bot.network(),
                        ReminderKind.ROUND_OPEN,
                        nl.regiotafel.commands.reminder.ReminderSubject.round("2021-Q4")))
                .hasSize(1);
    }

    @Test
    void theNightlyJobRemovesOrPseudonymisesWhatIsOlderThanTheNetworksRetention() {
        ok(bot.run(ADMIN, "privacy", "retention", "updates", 100L, "audit", 100L, "ledger", 30L));

        new RetentionJob(sweep).execute(null);

        List<Update> history = updates.history(bot.network(), "tizv-glasses").stream()
                .sorted(Comparator.comparing(Update::postedAt))
                .toList();
        assertThat(history).extracting(Update::authorName).containsExactly("auteur niet bewaard", "Leider Lotte");
        assertThat(history).extracting(Update::results).containsExactly("Eerste kwartaal", "Derde kwartaal");
        assertThat(audit.since(bot.network(), Instant.EPOCH))
                .extracting(AuditEntry::at)
                .allSatisfy(at -> assertThat(at).isAfter(SEPTEMBER.minusSeconds(86_400L * 100)));
        assertThat(audit.since(bot.network(), Instant.EPOCH))
                .extracting(e -> e.action().key())
                .contains("privacy.retention");
        assertThat(ok(bot.run(ADMIN, "setup", "show")).pages().get(0).fields())
                .anySatisfy(f -> assertThat(f.value()).contains("Author of updates: 100 days"));
    }

    @Test
    void theConsolesClockRunsTheNightlyRetentionWhenItPassesItsHourAndNotBefore() {
        // GIVEN a network that keeps updates' authors and the audit log 100 days and sent reminders 30
        ok(bot.run(ADMIN, "privacy", "retention", "updates", 100L, "audit", 100L, "ledger", 30L));

        // WHEN the console's clock moves from 10:00 to 22:00 on 1 September, before the nightly 03:30
        ok(bot.run(ADMIN, "clock", "advance", "by", "12h"));

        // THEN nothing is removed yet
        assertThat(authors()).containsOnly("Leider Lotte");
        assertThat(ledger.find(
                        bot.network(),
                        ReminderKind.ROUND_OPEN,
                        nl.regiotafel.commands.reminder.ReminderSubject.round("2021-Q1")))
                .hasSize(1);

        // WHEN it moves on past 03:30 on 2 September
        ok(bot.run(ADMIN, "clock", "advance", "by", "12h"));

        // THEN what the nightly job removes or pseudonymises is gone: January's author and audit, the old reminder
        List<Update> history = updates.history(bot.network(), "tizv-glasses").stream()
                .sorted(Comparator.comparing(Update::postedAt))
                .toList();
        assertThat(history).extracting(Update::authorName).containsExactly("auteur niet bewaard", "Leider Lotte");
        assertThat(audit.since(bot.network(), Instant.EPOCH))
                .extracting(AuditEntry::at)
                .allSatisfy(at -> assertThat(at).isAfter(SEPTEMBER.minusSeconds(86_400L * 100)));
        assertThat(ledger.find(
                        bot.network(),
                        ReminderKind.ROUND_OPEN,
                        nl.regiotafel.commands.reminder.ReminderSubject.round("2021-Q1")))
                .isEmpty();
        assertThat(ledger.find(
                        bot.network(),
                        ReminderKind.ROUND_OPEN,
                        nl.regiotafel.commands.reminder.ReminderSubject.round("2021-Q4")))
                .hasSize(1);
    }

    @Test
    void refusesALedgerShorterThanThePlannerLooksBackAndOnlyAdministratorsChangeIt() {
        CommandResponse tooShort = bot.run(ADMIN, "privacy", "retention", "ledger", 10L);
        CommandResponse negative = bot.run(ADMIN, "privacy", "retention", "audit", -5L);
        CommandResponse byManager = bot.run(MANAGER, "privacy", "retention", "audit", 30L);

        assertThat(tooShort.tone()).isEqualTo(Tone.ERROR);
        assertThat(tooShort.pages().get(0).text())
                .startsWith("ledger must be a number of days from 30 to 3,650, not 10");
        assertThat(negative.pages().get(0).text()).startsWith("audit must be 0");
        assertThat(byManager.tone()).isEqualTo(Tone.ERROR);
        assertThat(ok(bot.run(ADMIN, "privacy", "retention")).pages().get(0).text())
                .contains("Audit log: kept until you change it")
                .contains("Sent reminders: 180 days");
    }

    private List<String> authors() {
        return updates.history(bot.network(), "tizv-glasses").stream()
                .map(Update::authorName)
                .toList();
    }
}
