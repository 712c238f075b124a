package nl.regiotafel.commands.milestone;

import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static nl.regiotafel.commands.testing.TestRequests.OTHER_LEADER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.ShownMarkup;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import nl.regiotafel.commands.time.Precision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@CommandTest
final class MilestoneCommandTest {

    @Wired
    CommandRegistry registry;

    @Wired
    MilestoneStore milestones;

    @Wired
    AuditStore audit;

    @Wired
    TestClock clock;

    private TestRequests bot;

    @BeforeEach
    void setUp() {
        // 30 September 2021, 23:59 in Amsterdam
        clock.set(Instant.parse("2021-09-30T21:59:00Z"));
        bot = TestRequests.inNewNetwork(registry);
        bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "acute-psychiatrie",
                "name",
                "Acute psychiatrie",
                "region",
                "Zeeland",
                "theme",
                "Ketensamenwerking",
                "leader",
                new UserRef("l1", "Lotte"));
    }

    private CommandResponse add(String title, String due) {
        return bot.run(LEADER, "milestone", "add", "project", "acute-psychiatrie", "title", title, "due", due);
    }

    @Test
    void warnsButKeepsADueDateThatHasAlreadyPassedOnAddAndMove() {
        // WHEN a milestone is added with a date in the past, and another moved to one
        CommandResponse past = add("Eerste overleg", "1-3-21");
        CommandResponse future = add("Eindevaluatie", "Q4 2021");
        CommandResponse moved = bot.run(
                LEADER, "milestone", "move", "project", "acute-psychiatrie", "milestone", "2", "due", "juni 2020");

        // THEN both are saved and the user is told privately; a future date gets no note
        assertThat(past.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(past.note())
                .isEqualTo("Note: the due date 1-3-21 (1 March 2021) has already passed. The milestone is saved; if it"
                        + " has been reached, say so with /milestone done, and if the year is a typo, move it with"
                        + " /milestone move.");
        assertThat(future.note()).isNull();
        assertThat(moved.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(moved.note()).startsWith("Note: the due date juni 2020 (30 June 2020) has already passed.");
        assertThat(milestones.ofProject(bot.network(), "acute-psychiatrie")).hasSize(2);
    }

    @Test
    void writesTheDateOutInTheReadersLanguageWhenRefusingADoneDateInTheFuture() {
        add("Start", "Q4 2021");

        CommandResponse english = bot.run(
                LEADER, "milestone", "done", "project", "acute-psychiatrie", "milestone", "1", "date", "10-10-2030");
        CommandResponse dutch = new TestRequests(registry, bot.network(), nl.regiotafel.commands.i18n.Messages.DUTCH)
                .run(
                        LEADER,
                        "milestone",
                        "done",
                        "project",
                        "acute-psychiatrie",
                        "milestone",
                        "1",
                        "date",
                        "10-10-2030");

        assertThat(TestRequests.text(english)).startsWith("The date 10 October 2030 is in the future;");
        assertThat(TestRequests.text(dutch)).startsWith("De datum 10 oktober 2030 ligt in de toekomst;");
    }

    @Test
    void warnsButKeepsADoneDateBeforeTheProjectCameIntoRegiotafel() {
        add("Start", "Q4 2021");
        add("Tweede", "Q4 2021");

        CommandResponse early = bot.run(
                LEADER, "milestone", "done", "project", "acute-psychiatrie", "milestone", "1", "date", "15-03-2019");
        CommandResponse dutch = new TestRequests(registry, bot.network(), nl.regiotafel.commands.i18n.Messages.DUTCH)
                .run(
                        LEADER,
                        "milestone",
                        "done",
                        "project",
                        "acute-psychiatrie",
                        "milestone",
                        "2",
                        "date",
                        "10-10-2019");

        assertThat(early.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(early.note())
                .startsWith("Note: reached on 15-03-2019 (15 March 2019) is before the project came into Regiotafel"
                        + " (30 September 2021).");
        assertThat(dutch.note()).contains("(10 oktober 2019)").contains("(30 september 2021)");
        assertThat(milestones
                        .find(bot.network(), "acute-psychiatrie", 2)
                        .orElseThrow()
                        .doneOn())
                .isEqualTo(java.time.LocalDate.of(2019, 10, 10));
    }

    @ParameterizedTest
    @CsvSource({
        "Q4 2021, 2021-12-31, QUARTER",
        "Q 4 2021, 2021-12-31, QUARTER",
        "2021-Q4, 2021-12-31, QUARTER",
        "4e kwartaal 2021, 2021-12-31, QUARTER",
        "vierde kwartaal 2021, 2021-12-31, QUARTER",
        "1-10-21, 2021-10-01, DAY",
        "01-10-2021, 2021-10-01, DAY",
        "1 oktober 2021, 2021-10-01, DAY",
        "2021-10-01, 2021-10-01, DAY",
        "oktober 2021, 2021-10-31, MONTH",
        "okt 2021, 2021-10-31, MONTH",
        "zomer 2021, 2021-08-31, SEASON",
        "voorjaar 2021, 2021-05-31, SEASON",
        "najaar 2021, 2021-11-30, SEASON",
        "H2 2021, 2021-12-31, HALF",
        "tweede helft 2021, 2021-12-31, HALF",
        "eerste helft 2021, 2021-06-30, HALF",
        "begin 2022, 2022-03-31, QUARTER",
        "medio 2021, 2021-06-30, MONTH",
        "eind 2021, 2021-12-31, MONTH",
        "2021, 2021-12-31, YEAR"
    })
    void storesEveryWrittenDateFormWithItsResolvedDateAndLabel(String written, String date, String precision) {
        CommandResponse response = add("Realisatie 1 pool", written);

        assertThat(response.tone()).as(text(response)).isEqualTo(Tone.SUCCESS);
        Milestone stored =
                milestones.ofProject(bot.network(), "acute-psychiatrie").get(0);
        assertThat(stored.due().date()).isEqualTo(LocalDate.parse(date));
        assertThat(stored.due().precision()).isEqualTo(Precision.valueOf(precision));
        assertThat(stored.due().label()).isEqualTo(written);
        assertThat(text(response)).contains(written);
    }

    @Test
    void refusesAnUnreadableDateListingTheAcceptedForms() {
        CommandResponse response = add("Pool", "binnenkort");

        assertThat(response.isPrivate()).isTrue();
        assertThat(text(response)).contains("binnenkort").contains("Q4 2021").contains("31-12-2021");
        assertThat(milestones.ofProject(bot.network(), "acute-psychiatrie")).isEmpty();
    }

    @Test
    void numbersMilestonesPerProjectAndListsThemByDateWithOverdueMarked() {
        add("Eindevaluatie", "juli 2021");
        add("Integraal ontwerp", "Q4 2021");
        add("Tussenevaluatie", "Q1 2021");

        CommandResponse list = bot.run(MEMBER, "milestone", "list", "project", "acute-psychiatrie");
        CommandResponse overdue = bot.run(MEMBER, "milestone", "list", "scope", "overdue");

        String[] lines = ShownMarkup.of(text(list)).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("#3 Tussenevaluatie").contains("**overdue**");
        assertThat(lines[1]).contains("#1 Eindevaluatie");
        assertThat(lines[2])
                .contains("#2 Integraal ontwerp")
                .doesNotContain("overdue")
                .contains("<t:");
        assertThat(overdue.pages().get(0).title()).isEqualTo("Overdue milestones (2)");
    }

    @Test
    void marksDoneAndMovesWithAnAuditTrail() {
        add("Realisatie 1 pool", "1-10-21");

        CommandResponse moved = bot.run(
                LEADER,
                "milestone",
                "move",
                "project",
                "acute-psychiatrie",
                "milestone",
                "#1",
                "due",
                "Q1 2022",
                "reason",
                "Werving psychiaters loopt vertraging op");
        CommandResponse done = bot.run(
                LEADER, "milestone", "done", "project", "acute-psychiatrie", "milestone", "1", "date", "29-09-2021");

        assertThat(text(moved))
                .isEqualTo(
                        "From 1-10-21 (2021-10-01) to Q1 2022 (2022-03-31).\nWerving psychiaters loopt vertraging op");
        assertThat(done.tone()).isEqualTo(Tone.SUCCESS);
        Milestone stored =
                milestones.find(bot.network(), "acute-psychiatrie", 1).orElseThrow();
        assertThat(stored.status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(stored.doneOn()).isEqualTo(LocalDate.of(2021, 9, 29));
        assertThat(stored.moves()).isEqualTo(1);
        assertThat(audit.history(bot.network(), "acute-psychiatrie#1", 10))
                .extracting(e -> e.action().key())
                .containsExactly("milestone.done", "milestone.move", "milestone.add");
    }

    @Test
    void refusesADoneDateInTheFutureOrThatIsNotADay() {
        add("Pool", "Q4 2021");

        assertThat(text(bot.run(
                        LEADER,
                        "milestone",
                        "done",
                        "project",
                        "acute-psychiatrie",
                        "milestone",
                        "1",
                        "date",
                        "2-10-2021")))
                .startsWith("The date 2 October 2021 is in the future");
        assertThat(text(bot.run(
                        LEADER,
                        "milestone",
                        "done",
                        "project",
                        "acute-psychiatrie",
                        "milestone",
                        "1",
                        "date",
                        "Q3 2021")))
                .startsWith("Give a day for the option date");
        assertThat(milestones
                        .find(bot.network(), "acute-psychiatrie", 1)
                        .orElseThrow()
                        .isOpen())
                .isTrue();
    }

    @Test
    void refusesEveryWriteByALeaderOfAnotherProjectOrAMemberAndChangesNothing() {
        add("Pool", "Q4 2021");

        for (var who : new nl.regiotafel.commands.api.Invoker[] {OTHER_LEADER, MEMBER}) {
            assertThat(bot.run(who, "milestone", "add", "project", "acute-psychiatrie", "title", "X", "due", "2022")
                            .isPrivate())
                    .isTrue();
            assertThat(text(bot.run(who, "milestone", "done", "project", "acute-psychiatrie", "milestone", "1")))
                    .contains("Only the project leaders of acute-psychiatrie and managers");
            bot.run(who, "milestone", "move", "project", "acute-psychiatrie", "milestone", "1", "due", "2023");
            bot.run(who, "milestone", "remove", "project", "acute-psychiatrie", "milestone", "1");
        }

        assertThat(milestones.ofProject(bot.network(), "acute-psychiatrie"))
                .singleElement()
                .satisfies(ms -> {
                    assertThat(ms.isOpen()).isTrue();
                    assertThat(ms.due().label()).isEqualTo("Q4 2021");
                    assertThat(ms.version()).isZero();
                });
    }

    @Test
    void aManagerMayRemoveAndAnotherNetworkSeesNothing() {
        add("Pool", "Q4 2021");
        TestRequests elsewhere = TestRequests.inNewNetwork(registry);

        assertThat(text(elsewhere.run(MANAGER, "milestone", "list"))).isEqualTo("No milestones found.");
        assertThat(text(elsewhere.run(
                        MANAGER, "milestone", "remove", "project", "acute-psychiatrie", "milestone", "1")))
                .startsWith("Unknown project acute-psychiatrie");
        assertThat(bot.run(MANAGER, "milestone", "remove", "project", "acute-psychiatrie", "milestone", "1")
                        .tone())
                .isEqualTo(Tone.SUCCESS);
        assertThat(milestones.ofProject(bot.network(), "acute-psychiatrie")).isEmpty();
    }
}
