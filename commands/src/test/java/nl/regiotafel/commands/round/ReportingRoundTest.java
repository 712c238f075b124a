package nl.regiotafel.commands.round;

import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A quarter's reporting round from start to revision, against the embedded store: the window after the quarter, the
 * deadline, freezing, reports that do not change, late updates and revising.
 */
@CommandTest
final class ReportingRoundTest {

    /** Q3 2021 runs to 30 September; the round opens on 16 September and its deadline is 10 October. */
    private static final Instant SEPTEMBER_1 = Instant.parse("2021-09-01T08:00:00Z");

    private static final Instant OCTOBER_5 = Instant.parse("2021-10-05T08:00:00Z");
    private static final Instant OCTOBER_12 = Instant.parse("2021-10-12T08:00:00Z");
    private static final Instant OCTOBER_14 = Instant.parse("2021-10-14T08:00:00Z");
    private static final Instant OCTOBER_20 = Instant.parse("2021-10-20T08:00:00Z");

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    @Wired
    UpdateStore updates;

    private TestRequests dutch;
    private TestRequests english;

    @BeforeEach
    void network() {
        String network = "guild-" + UUID.randomUUID();
        dutch = new TestRequests(registry, network, Messages.DUTCH);
        english = new TestRequests(registry, network, Messages.ENGLISH);
        clock.set(SEPTEMBER_1);
        for (String code : new String[] {"p1", "p2", "p3"}) {
            ok(dutch.run(
                    MANAGER,
                    "project",
                    "add",
                    "code",
                    code,
                    "name",
                    "Project " + code,
                    "region",
                    "Zeeland",
                    "theme",
                    "Behoud",
                    "status",
                    "lopend"));
        }
        ok(dutch.run(
                MANAGER,
                "project",
                "kpi",
                "project",
                "p1",
                "label",
                "Verzuim",
                "unit",
                "%",
                "baseline",
                7.2,
                "target",
                6.0,
                "actual",
                7.2,
                "direction",
                "lower"));
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    private static String all(CommandResponse response) {
        StringBuilder text = new StringBuilder();
        response.pages().forEach(p -> {
            text.append(p.title()).append('\n').append(p.text()).append('\n');
            p.fields()
                    .forEach(f ->
                            text.append(f.name()).append(": ").append(f.value()).append('\n'));
        });
        return text.toString();
    }

    private String report(TestRequests who, String format) {
        CommandResponse response = ok(who.run(MANAGER, "report", null, "period", "Q3 2021", "format", format));
        byte[] content = response.attachments().get(0).content();
        if (format.equals("pdf")) {
            try {
                PdfReader reader = new PdfReader(content);
                StringBuilder text = new StringBuilder();
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                // The footer carries the day it was generated: the one thing allowed to differ
                return text.toString().replaceAll("(?im)^.*(gemaakt op|generated on).*$", "");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The round's JSON export without the moment it was made. */
    private String export(TestRequests who) {
        CommandResponse response = ok(who.run(MANAGER, "export", null, "period", "Q3 2021", "format", "json"));
        return new String(response.attachments().get(0).content(), StandardCharsets.UTF_8)
                .replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }

    @Test
    void anUpdateInTheWindowAfterTheQuarterReportsOnTheQuarterThatEnded() {
        clock.set(OCTOBER_5);

        CommandResponse dutchReply =
                ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Zeven organisaties doen mee"));
        CommandResponse englishReply =
                ok(english.run(MANAGER, "update", null, "project", "p2", "results", "Seven organisations joined"));

        assertThat(dutchReply.pages().get(0).title()).contains("2021-Q3");
        assertThat(all(dutchReply)).contains("rapportageronde 2021-Q3 (deadline 10 oktober 2021)");
        assertThat(all(englishReply)).contains("reporting round 2021-Q3 (deadline 10 October 2021)");
        assertThat(updates.latest(dutch.network(), "p1").orElseThrow().period()).isEqualTo("2021-Q3");
        assertThat(updates.latest(dutch.network(), "p1").orElseThrow().late()).isFalse();
    }

    @Test
    void theUpdateFormNamesThePeriodAndItsDeadline() {
        clock.set(OCTOBER_5);

        CommandResponse form = ok(dutch.run(MANAGER, "update", null, "project", "p1"));

        assertThat(form.form()).isNotNull();
        assertThat(Messages.of(Messages.DUTCH)
                        .get(form.form().titleKey(), form.form().titleArgs().toArray()))
                .isEqualTo("Update over 2021-Q3 · deadline 10-10-2021")
                .hasSizeLessThanOrEqualTo(45);
    }

    @Test
    void aPeriodAfterTheNextOneIsRefusedAndAnOldOneIsKeptAsLate() {
        clock.set(OCTOBER_5);

        CommandResponse tooFar =
                dutch.run(MANAGER, "update", null, "project", "p1", "results", "x", "period", "2022-Q2");
        CommandResponse old =
                ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "oud", "period", "Q1 2021"));
        CommandResponse current = ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "nu"));

        assertThat(tooFar.tone()).isEqualTo(Tone.ERROR);
        assertThat(all(tooFar)).contains("2022-Q2");
        assertThat(all(old)).contains("Te laat voor de rapportageronde 2021-Q1");
        // The update for an old period never becomes the project's latest
        ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "nog ouder", "period", "Q2 2021"));
        Update latest = updates.latest(dutch.network(), "p1").orElseThrow();
        assertThat(latest.period()).isEqualTo("2021-Q3");
        assertThat(latest.results()).isEqualTo("nu");
        assertThat(current).isNotNull();
    }

    @Test
    void aPartialEditKeepsTheOtherBlocksAndKpiValuesAndAHealthOnlyEditNeedsNoForm() {
        clock.set(OCTOBER_5);
        ok(dutch.run(
                MANAGER,
                "update",
                null,
                "project",
                "p1",
                "results",
                "R",
                "next-actions",
                "A",
                "risks",
                "K",
                "help",
                "H",
                "kpi",
                "Verzuim=6.8"));

        ok(dutch.run(MANAGER, "update", null, "project", "p1", "edit", "1", "results", "R2"));
        CommandResponse healthOnly =
                ok(dutch.run(MANAGER, "update", null, "project", "p1", "edit", "1", "health", "aandacht"));

        assertThat(healthOnly.form()).isNull();
        Update edited = updates.latest(dutch.network(), "p1").orElseThrow();
        assertThat(edited.version()).isEqualTo(3);
        assertThat(edited.results()).isEqualTo("R2");
        assertThat(edited.nextActions()).isEqualTo("A");
        assertThat(edited.risks()).isEqualTo("K");
        assertThat(edited.helpNeeded()).isEqualTo("H");
        assertThat(edited.kpiValues()).containsEntry("Verzuim", 6.8);
        assertThat(edited.health()).isNotNull();
    }

    @Test
    void theClosedRoundsReportStaysTheSameUntilItIsRevised() {
        clock.set(OCTOBER_5);
        ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Binnen de termijn", "kpi", "Verzuim=6.8"));
        clock.set(OCTOBER_12);

        // The day after the deadline: only p2 and p3 did not report on Q3
        String summary = all(ok(dutch.run(MANAGER, "summary", null, "period", "Q3 2021")));
        assertThat(summary).contains("Vastgesteld").contains("p2").contains("p3");
        String md = report(dutch, "md");
        String csv = report(dutch, "csv");
        String pdf = report(dutch, "pdf");
        String export = export(dutch);
        assertThat(md).contains("Binnen de termijn").contains("Vastgesteld");

        // WHEN the project changes afterwards and a late update arrives
        clock.set(OCTOBER_14);
        ok(dutch.run(MANAGER, "project", "edit", "project", "p1", "status", "vroegtijdig-gestopt"));
        ok(dutch.run(MANAGER, "project", "kpi", "project", "p1", "label", "Verzuim", "actual", 5.0));
        CommandResponse late = ok(dutch.run(
                MANAGER, "update", null, "project", "p2", "results", "Te laat maar goed", "period", "Q3 2021"));
        assertThat(all(late)).contains("Te laat");
        clock.set(OCTOBER_20);

        // THEN the report is the same, byte for byte (the PDF's text apart from the day it was made)
        assertThat(report(dutch, "md")).isEqualTo(md);
        assertThat(report(dutch, "csv")).isEqualTo(csv);
        assertThat(report(dutch, "pdf")).isEqualTo(pdf);
        assertThat(export(dutch))
                .isEqualTo(export)
                .contains("Binnen de termijn")
                .doesNotContain("Te laat maar goed");
        assertThat(all(ok(dutch.run(MANAGER, "round", "show", "period", "Q3 2021"))))
                .contains("Te laat (1)")
                .contains("1 van 3");

        // WHEN a manager revises the round
        ok(dutch.run(MANAGER, "round", "revise", "period", "Q3 2021", "reason", "Late update van p2 meegenomen"));

        // THEN the report takes in the late update and says it was revised, in both languages
        String revised = report(dutch, "md");
        assertThat(revised)
                .contains("Te laat maar goed")
                .contains("Herzien op 20 oktober 2021: Late update van p2 meegenomen");
        assertThat(report(english, "md")).contains("Revised on 20 October 2021");
        // The version as closed stays retrievable
        assertThat(new String(
                        ok(dutch.run(MANAGER, "report", null, "period", "Q3 2021", "format", "md", "version", 1L))
                                .attachments()
                                .get(0)
                                .content(),
                        StandardCharsets.UTF_8))
                .isEqualTo(md);
        assertThat(all(ok(dutch.run(MANAGER, "round", "show", "period", "Q3 2021"))))
                .contains("herzien (versie 2)");
    }

    @Test
    void beforeTheRoundOpensTheSummaryListsNobodyAsMissingAndSaysWhenItOpens() {
        clock.set(Instant.parse("2021-10-12T08:00:00Z"));

        String q4 = all(ok(english.run(MANAGER, "summary", null, "period", "Q4 2021")));

        assertThat(q4).contains("opens on 17 December 2021");
        assertThat(q4.toLowerCase(Locale.ROOT)).doesNotContain("p1 ");
    }

    @Test
    void theDefaultSummaryFollowsTheRoundInItsWindow() {
        clock.set(OCTOBER_5);

        String summary = all(ok(english.run(MANAGER, "summary", null)));

        assertThat(summary).contains("2021-Q3").contains("Provisional");
    }

    @Test
    void aLowerIsBetterKpiIsNotAchievedAboveItsTarget() {
        String status = all(ok(dutch.run(MANAGER, "status", null, "project", "p1")));

        assertThat(status)
                .contains("Verzuim")
                .contains("7,2 / 6 %")
                .contains(" 0%")
                .doesNotContain("100%");
    }

    @Test
    void kpiValuesAreKeptPerRoundAndShownAsATrendInTheReadersNotation() {
        clock.set(Instant.parse("2021-06-25T08:00:00Z"));
        ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Q2", "kpi", "Verzuim=7.0"));
        clock.set(OCTOBER_5);
        ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Q3", "kpi", "Verzuim=6.5"));

        String dutchStatus = all(ok(dutch.run(MANAGER, "status", null, "project", "p1")));
        String englishStatus = all(ok(english.run(MANAGER, "status", null, "project", "p1")));

        assertThat(dutchStatus).contains("Per ronde: Q2 7 · Q3 6,5 van 6").contains("lager is beter");
        assertThat(englishStatus).contains("Per round: Q2 7 · Q3 6.5 of 6");
        clock.set(OCTOBER_12);
        assertThat(report(dutch, "md")).contains("Per ronde: Q2 7 · Q3 6,5 van 6");
    }

    @Test
    void aMilestonesMovesAreShownWithWhenWhoAndWhy() {
        ok(dutch.run(MANAGER, "milestone", "add", "project", "p1", "title", "Eindevaluatie", "due", "1-12-2021"));
        ok(dutch.run(
                MANAGER,
                "milestone",
                "move",
                "project",
                "p1",
                "milestone",
                "1",
                "due",
                "Q1 2022",
                "reason",
                "Vertraging door corona"));

        String expected = "verplaatst van 1-12-2021 naar Q1 2022 op 1 september 2021 door Manager Mirjam: Vertraging"
                + " door corona";
        assertThat(all(ok(dutch.run(MANAGER, "status", null, "project", "p1")))).contains(expected);
        assertThat(all(ok(dutch.run(MANAGER, "milestone", "list", "project", "p1"))))
                .contains(expected);
        assertThat(all(ok(english.run(MANAGER, "milestone", "list", "project", "p1"))))
                .contains("moved from 1-12-2021 to Q1 2022 on 1 September 2021 by Manager Mirjam");
        clock.set(OCTOBER_5);
        assertThat(report(dutch, "md")).contains(expected);
    }

    @Test
    void aLateUpdateIsMarkedInTheHistoryAndTheStatus() {
        clock.set(OCTOBER_12);
        ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Laat", "period", "Q3 2021"));

        assertThat(all(ok(dutch.run(MANAGER, "history", null, "project", "p1"))))
                .contains("te laat");
        assertThat(all(ok(english.run(MANAGER, "status", null, "project", "p1"))))
                .contains("late, after");
    }

    @Test
    void remindersShowListsTheRoundsRemindersOnlyWhileSomeoneStillOwesAnUpdate() {
        clock.set(Instant.parse("2021-09-20T08:00:00Z"));
        String owing = all(ok(english.run(MANAGER, "reminders", "show")));
        for (String code : new String[] {"p1", "p2", "p3"}) {
            ok(english.run(MANAGER, "update", null, "project", code, "results", "Klaar"));
        }

        String allReported = all(ok(english.run(MANAGER, "reminders", "show")));

        assertThat(owing).contains("reporting deadline").contains("escalation to managers");
        assertThat(allReported).doesNotContain("reporting deadline").doesNotContain("escalation to managers");
    }
}
