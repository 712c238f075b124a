package nl.regiotafel.commands.reminder;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CommandTest
final class RemindersCommandTest {

    @Wired
    CommandRegistry registry;

    @Wired
    ReminderSettingsStore settings;

    @Wired
    TestClock clock;

    private TestRequests bot;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2021-09-16T06:00:00Z"));
        bot = TestRequests.inNewNetwork(registry);
        bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "rsop",
                "name",
                "RSOP",
                "region",
                "Zeeland",
                "theme",
                "Instroom",
                "status",
                "lopend",
                "leader",
                new UserRef("l1", "Lotte"));
        bot.run(LEADER, "milestone", "add", "project", "rsop", "title", "Oplevering", "due", "1-10-21");
    }

    @Test
    void changesLeadDaysAndShowsCalendarAndChannelsToAdministratorsOnly() {
        String shown = text(bot.run(ADMIN, "reminders", "settings", "lead-days", "21,7,1", "time", "08:30"));

        assertThat(settings.get(bot.network()).leadDays()).isEqualTo(List.of(21, 7, 1));
        assertThat(settings.get(bot.network()).sendAt()).isEqualTo(LocalTime.of(8, 30));
        assertThat(shown)
                .contains("Days ahead: 21, 7, 1")
                .contains("Reporting calendar: per ")
                .contains("Reminders channel: not chosen")
                .contains("/setup channels");
        assertThat(text(bot.run(MANAGER, "reminders", "settings", "lead-days", "3")))
                .isEqualTo("Only the network's administrators may do this.");
        assertThat(text(bot.run(ADMIN, "reminders", "settings", "lead-days", "0,500")))
                .startsWith("Invalid days ahead 0,500");
        assertThat(settings.get(bot.network()).leadDays()).isEqualTo(List.of(21, 7, 1));
    }

    @Test
    void showsTheNextThirtyDaysAndPausesPerProject() {
        String before = text(bot.run(MEMBER, "reminders", "show"));
        bot.run(LEADER, "reminders", "pause", "project", "rsop");
        String paused = text(bot.run(MEMBER, "reminders", "show", "project", "rsop"));

        assertThat(before).contains("reporting round opens").contains("weekly digest");
        assertThat(settings.get(bot.network()).pausedProjects()).containsExactly("rsop");
        assertThat(text(bot.run(MEMBER, "reminders", "pause")))
                .isEqualTo("Only managers and administrators may do this.");
        // Exactly what would be sent: nothing for a paused project, and it says why
        assertThat(before).contains("milestone ahead").contains("rsop#1");
        assertThat(paused).doesNotContain("rsop#1").contains("Paused, nothing goes out for: rsop");
        bot.run(LEADER, "reminders", "resume", "project", "rsop");
        assertThat(settings.get(bot.network()).pausedProjects()).isEmpty();
    }

    @Test
    void letsEveryoneOptInToDirectMessages() {
        bot.run(MEMBER, "reminders", "dm", "on", true);
        bot.run(LEADER, "reminders", "dm", "on", true);
        bot.run(MEMBER, "reminders", "dm", "on", false);

        assertThat(settings.get(bot.network()).dmOptIn()).containsExactly("l1");
    }
}
