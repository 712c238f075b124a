package nl.regiotafel.commands.update;

import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.ShownMarkup;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CommandTest
final class StatusCommandTest {

    @Wired
    CommandRegistry registry;

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
                "tizv-glasses",
                "name",
                "Pilot Smart Glasses",
                "region",
                "Zeeland",
                "theme",
                "Arbeidsbesparing",
                "goal",
                "Ondersteuning op afstand",
                "leader",
                new UserRef("l1", "Lotte"));
    }

    private static String field(CommandResponse response, String name) {
        return response.pages().get(0).fields().stream()
                .filter(f -> f.name().equals(name))
                .map(f -> ShownMarkup.of(f.value()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name));
    }

    @Test
    void showsWhereTheProjectStandsOnOneCard() {
        bot.run(
                LEADER,
                "project",
                "kpi",
                "project",
                "tizv-glasses",
                "label",
                "Organisaties",
                "target",
                7.0,
                "actual",
                5.0);
        bot.run(LEADER, "milestone", "add", "project", "tizv-glasses", "title", "Tussenevaluatie", "due", "Q1 2021");
        bot.run(LEADER, "milestone", "add", "project", "tizv-glasses", "title", "Eindevaluatie", "due", "1-10-21");
        bot.run(
                LEADER,
                "update",
                null,
                "project",
                "tizv-glasses",
                "health",
                "aandacht",
                "results",
                "Vijf organisaties gebruiken de bril",
                "help",
                "Wie kent een expert wondzorg?");
        clock.advance(Duration.ofDays(4));

        CommandResponse status = bot.run(MEMBER, "status", null, "project", "tizv-glasses");

        assertThat(status.tone()).isEqualTo(Tone.ATTENTION);
        assertThat(status.pages().get(0).title()).isEqualTo("Pilot Smart Glasses (tizv-glasses)");
        assertThat(field(status, "Goal")).isEqualTo("Ondersteuning op afstand");
        assertThat(field(status, "Health")).isEqualTo("Needs attention");
        assertThat(field(status, "Project leaders")).isEqualTo("<@l1>");
        assertThat(field(status, "Latest update"))
                .contains("2021-Q3")
                .contains("Vijf organisaties gebruiken de bril")
                .contains("Help needed: Wie kent een expert wondzorg?");
        assertThat(field(status, "Next milestones")).contains("#2 Eindevaluatie — 1-10-21");
        assertThat(field(status, "Overdue milestones (1)")).contains("#1 Tussenevaluatie");
        assertThat(field(status, "KPIs")).contains("Organisaties: 5 / 7").contains("71%");
        assertThat(status.pages().get(0).footer()).isEqualTo("4 days since the last update");
    }

    @Test
    void isPublicUnlessTheUserAsksForPrivate() {
        CommandResponse shared = bot.run(MEMBER, "status", null, "project", "tizv-glasses");
        CommandResponse own = bot.run(MEMBER, "status", null, "project", "tizv-glasses", "private", true);
        CommandResponse update =
                bot.run(LEADER, "update", null, "project", "tizv-glasses", "results", "Stil", "private", true);

        assertThat(shared.isPrivate()).isFalse();
        assertThat(own.isPrivate()).isTrue();
        assertThat(own.pages()).isEqualTo(shared.pages());
        assertThat(update.isPrivate()).isTrue();
        assertThat(update.tone()).isEqualTo(Tone.SUCCESS);
    }

    @Test
    void saysSoWhenNothingWasReportedYet() {
        CommandResponse status = bot.run(MEMBER, "status", null, "project", "tizv-glasses");

        assertThat(field(status, "Latest update")).isEqualTo("No updates yet.");
        assertThat(status.pages().get(0).footer()).isEqualTo("Never reported");
    }

    @Test
    void listsHistoryNewestFirstInPagesOfFive() {
        for (int i = 1; i <= 7; i++) {
            bot.run(LEADER, "update", null, "project", "tizv-glasses", "results", "Resultaat " + i);
            clock.advance(Duration.ofHours(1));
        }

        CommandResponse history = bot.run(MEMBER, "history", null, "project", "tizv-glasses");

        assertThat(history.pages()).hasSize(2);
        assertThat(history.pages().get(0).title()).isEqualTo("Updates of Pilot Smart Glasses (tizv-glasses) (7)");
        assertThat(ShownMarkup.of(text(history))).startsWith("**#7 · 2021-Q3**");
        assertThat(history.pages().get(1).text()).contains("Resultaat 1").doesNotContain("Resultaat 6");
    }
}
