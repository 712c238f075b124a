package nl.regiotafel.commands.summary;

import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.readmodel.ReadModel;
import nl.regiotafel.commands.readmodel.ReadScope;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestBot;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the round views keep (issue 13): an open round's summary, chart and report are kept per revision of the network,
 * so any write — through this bot or another instance on the same store — gives the next command new figures; a closed
 * round's files are kept as they were made and are the same, byte for byte, as a fresh render.
 */
@CommandTest
final class RoundViewCacheTest {

    /** Q3 2021 is open: the round opened on 16 September, its deadline is 10 October. */
    private static final Instant SEPTEMBER_20 = Instant.parse("2021-09-20T08:00:00Z");

    private static final Instant OCTOBER_5 = Instant.parse("2021-10-05T08:00:00Z");
    private static final Instant OCTOBER_12 = Instant.parse("2021-10-12T08:00:00Z");
    private static final Instant OCTOBER_13 = Instant.parse("2021-10-13T08:00:00Z");

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    @Wired
    RoundSummaries summaries;

    @Wired
    TestBot bot;

    private TestRequests dutch;

    @BeforeEach
    void network() {
        dutch = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.DUTCH);
        clock.set(Instant.parse("2021-09-01T08:00:00Z"));
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
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    private static String card(CommandResponse response) {
        StringBuilder text = new StringBuilder();
        response.pages().get(0).fields().forEach(f -> text.append(f.name())
                .append(": ")
                .append(f.value())
                .append('\n'));
        return nl.regiotafel.commands.testing.ShownMarkup.of(text.toString());
    }

    private CommandResponse summary(Object... options) {
        return ok(dutch.run(MANAGER, "summary", null, options));
    }

    private byte[] report(String format, Object... period) {
        Object[] options = new Object[period.length + 2];
        options[0] = "format";
        options[1] = format;
        System.arraycopy(period, 0, options, 2, period.length);
        return ok(dutch.run(MANAGER, "report", null, options))
                .attachments()
                .get(0)
                .content();
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's footer carries the day it was made: the one thing allowed to differ. */
    private static String withoutDay(String pdfText) {
        return pdfText.replaceAll("(?im)^.*(gemaakt op|generated on).*$", "");
    }

    private long hits() {
        return summaries.cache().hitsAndMisses()[0];
    }

    @Test
    void theOpenRoundIsKeptUntilAWriteAndThenShowsTheWrite() {
        clock.set(SEPTEMBER_20);
        CommandResponse first = summary();
        assertThat(card(first)).contains("0 van 3");
        byte[] chart = first.attachments().get(0).content();
        String md = utf8(report("md"));

        // The same question again at the same revision is answered from what was kept
        long hits = hits();
        CommandResponse again = summary();
        assertThat(hits()).isGreaterThan(hits);
        assertThat(again.attachments().get(0).content()).isEqualTo(chart);
        assertThat(utf8(report("md"))).isEqualTo(md);

        // WHEN a leader reports and a project is finished
        ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Eerste resultaten binnen"));
        ok(dutch.run(MANAGER, "project", "edit", "project", "p2", "status", "afgerond-succesvol"));

        // THEN the next summary, chart and report show both
        CommandResponse after = summary();
        assertThat(card(after)).contains("1 van 2").doesNotContain("0 van 3");
        assertThat(after.attachments().get(0).content()).isNotEqualTo(chart);
        assertThat(utf8(report("md"))).contains("Eerste resultaten binnen").isNotEqualTo(md);
    }

    @Test
    void aWriteThroughAnotherInstanceOnTheSameStoreIsSeenByTheNextSummary() {
        clock.set(SEPTEMBER_20);
        ReadModel other = bot.otherInstance(Duration.ofHours(1));
        assertThat(card(summary())).contains("Lopend: **3**");
        summary();

        // WHEN the other instance finishes a project (it raises the network's revision)
        try (ReadScope command = ReadScope.open()) {
            Project p1 = other.projectStore().find(dutch.network(), "p1").orElseThrow();
            Project.Builder done = p1.toBuilder();
            done.status = ProjectStatus.AFGEROND_SUCCESVOL;
            other.projectStore().update(done.build());
        }

        // THEN this bot's next summary is computed at the new revision, not taken from what it kept
        assertThat(card(summary())).contains("Lopend: **2**");
    }

    @Test
    void aClosedRoundsFilesAreKeptThroughWritesAndEqualAFreshRender() {
        clock.set(OCTOBER_5);
        ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Binnen de termijn"));
        clock.set(OCTOBER_12);
        Object[] q3 = {"period", "Q3 2021"};
        byte[] chart = summary(q3).attachments().get(0).content();
        byte[] md = report("md", q3);
        byte[] csv = report("csv", q3);
        byte[] pdf = report("pdf", q3);

        // WHEN the network changes after the deadline (a late update, a project edited)
        clock.set(OCTOBER_13);
        ok(dutch.run(MANAGER, "update", null, "project", "p2", "results", "Te laat", "period", "Q3 2021"));
        ok(dutch.run(MANAGER, "project", "edit", "project", "p3", "status", "vroegtijdig-gestopt"));

        // THEN the closed round's chart and files come from what was kept (the PDF is made again: another day)
        long hits = hits();
        assertThat(summary(q3).attachments().get(0).content()).isEqualTo(chart);
        assertThat(report("md", q3)).isEqualTo(md);
        assertThat(report("csv", q3)).isEqualTo(csv);
        byte[] pdfNextDay = report("pdf", q3);
        assertThat(hits()).isGreaterThanOrEqualTo(hits + 3);

        // AND a fresh render with nothing kept is the same, byte for byte (the PDF's text, apart from its day)
        summaries.cache().clear();
        assertThat(summary(q3).attachments().get(0).content()).isEqualTo(chart);
        assertThat(report("md", q3)).isEqualTo(md);
        assertThat(report("csv", q3)).isEqualTo(csv);
        String fresh = pdfText(report("pdf", q3));
        assertThat(fresh).isEqualTo(pdfText(pdfNextDay));
        assertThat(withoutDay(fresh)).isEqualTo(withoutDay(pdfText(pdf))).contains("Binnen de termijn");
        assertThat(utf8(md)).contains("Binnen de termijn").doesNotContain("Te laat");
    }

    @Test
    void anEarlierRoundsSummaryIsComputedOncePerKeptPairAndIsThatRoundsOwnSummary() {
        // GIVEN the kept pair of the open round 2021-Q3, whose previous round is 2021-Q2
        clock.set(SEPTEMBER_20);
        nl.regiotafel.commands.network.NetworkSettings settings =
                bot.get(nl.regiotafel.commands.network.NetworkStore.class).get(dutch.network());
        SummaryQuery q3 = SummaryQuery.of(
                dutch.network(),
                SummaryScope.wholeNetwork(),
                nl.regiotafel.commands.time.ReportingPeriod.parse("2021-Q3"),
                settings.calendar(),
                settings.zone(),
                clock.instant(),
                25);
        RoundSummaries.Pair shown = summaries.snapshots(q3, 0, settings);
        SummaryQuery q2 = SummaryQuery.of(
                dutch.network(),
                SummaryScope.wholeNetwork(),
                nl.regiotafel.commands.time.ReportingPeriod.parse("2021-Q2"),
                settings.calendar(),
                settings.zone(),
                clock.instant(),
                25);

        // WHEN a page asks for the earlier round's summary twice
        SummaryData first = RoundSummaries.summarizeEarlier(q2, shown.previous(), shown);
        SummaryData again = RoundSummaries.summarizeEarlier(
                q2, summaries.snapshots(q3, 0, settings).previous(), summaries.snapshots(q3, 0, settings));

        // THEN the second comes from what was kept with the pair, and both are that round's own summary
        assertThat(again).isSameAs(first);
        assertThat(first)
                .isEqualTo(RoundSummaries.summarize(
                        q2, new RoundSummaries.Pair(shown.previous(), shown.previous(), true)));
    }
}
