package nl.regiotafel.commands.summary;

import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open round's summary is rendered ahead after a write (issue 13): the next {@code /summary} finds the figures and
 * the chart kept for the new revision, and they are what it would have computed itself.
 */
@CommandTest
final class ViewsAheadTest {

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    @Wired
    RoundSummaries summaries;

    @Wired
    SummaryCommand summary;

    @Wired
    NetworkStore networks;

    private TestRequests dutch;

    /** The work handed to the background, run when the test says so. */
    private final List<Runnable> queued = new ArrayList<>();

    private final List<String> keys = new ArrayList<>();

    private ViewsAhead ahead;

    @BeforeEach
    void network() {
        dutch = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.DUTCH);
        clock.set(Instant.parse("2021-09-01T08:00:00Z"));
        for (String code : new String[] {"p1", "p2"}) {
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
        clock.set(Instant.parse("2021-09-20T08:00:00Z"));
        ahead = new ViewsAhead(summary, summaries, networks, (key, work) -> {
            keys.add(key);
            queued.add(work);
        });
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    private long[] hitsAndMisses() {
        return summaries.cache().hitsAndMisses();
    }

    @Test
    void afterAnUpdateTheNextSummaryFindsTheNewFiguresAndChartKept() {
        // GIVEN a summary asked before the write
        byte[] before =
                ok(dutch.run(MANAGER, "summary", null)).attachments().get(0).content();

        // WHEN a leader posts an update and the reply goes past the extension, and the background work runs
        CommandResponse update = ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Eerste lichting"));
        ahead.extend(dutch.request(MANAGER, "update", null, "i-" + UUID.randomUUID()), update);
        assertThat(keys).containsExactly("summary:" + dutch.network());
        queued.forEach(Runnable::run);

        // THEN the next /summary computes nothing: pair, summary and chart are taken from what was kept
        long[] kept = hitsAndMisses();
        CommandResponse after = ok(dutch.run(MANAGER, "summary", null));
        long[] now = hitsAndMisses();
        assertThat(now[1]).as("misses").isEqualTo(kept[1]);
        assertThat(now[0]).as("hits").isGreaterThan(kept[0]);
        // AND it shows the update, with a chart that is the one a fresh render draws
        byte[] chart = after.attachments().get(0).content();
        assertThat(nl.regiotafel.commands.testing.ShownMarkup.of(
                        after.pages().get(0).fields().toString()))
                .contains("1 van 2");
        summaries.cache().clear();
        assertThat(ok(dutch.run(MANAGER, "summary", null)).attachments().get(0).content())
                .isEqualTo(chart);
    }

    @Test
    void onlyAWriteThatChangesTheSummaryIsRenderedAhead() {
        // A reading command, and a refused write, leave nothing to render
        ahead.extend(
                dutch.request(MANAGER, "summary", null, "i-" + UUID.randomUUID()),
                ok(dutch.run(MANAGER, "summary", null)));
        CommandResponse refused = dutch.run(MANAGER, "update", null, "project", "no-such-project", "results", "x");
        assertThat(refused.tone()).isEqualTo(Tone.ERROR);
        ahead.extend(dutch.request(MANAGER, "update", null, "i-" + UUID.randomUUID()), refused);

        assertThat(keys).isEmpty();
    }

    @Test
    void workForANetworkWithNothingInItThrowsNothing() {
        // GIVEN work for a network nobody has set up
        ahead.render("guild-nobody-" + UUID.randomUUID());

        // THEN nothing is thrown, and the real network's summary is answered as always
        assertThat(ok(dutch.run(MANAGER, "summary", null)).attachments()).hasSize(1);
    }

    @Test
    void aMilestoneReachedIsRenderedAheadAsAnUpdateIs() {
        // GIVEN a milestone of p1
        ok(dutch.run(MANAGER, "milestone", "add", "project", "p1", "title", "Eerste lichting", "due", "30-09-2021"));
        keys.clear();

        // WHEN it is reached
        CommandResponse done = ok(dutch.run(MANAGER, "milestone", "done", "project", "p1", "milestone", "1"));
        ahead.extend(dutch.request(MANAGER, "milestone", "done", "i-" + UUID.randomUUID()), done);

        // THEN the summary is rendered ahead, and the next /summary counts the milestone as reached without computing
        assertThat(keys).containsExactly("summary:" + dutch.network());
        queued.forEach(Runnable::run);
        long[] kept = hitsAndMisses();
        CommandResponse after = ok(dutch.run(MANAGER, "summary", null));
        assertThat(hitsAndMisses()[1]).as("misses").isEqualTo(kept[1]);
        assertThat(nl.regiotafel.commands.testing.ShownMarkup.of(
                        after.pages().get(0).fields().toString()))
                .contains("Behaald 1 ·");
    }

    @Test
    void aLateUpdateRenderedAheadAfterTheDeadlineLeavesTheClosedRoundAsItWas() {
        // GIVEN p1 reported in the window after the quarter, and the round's report read after its deadline
        clock.set(Instant.parse("2021-10-05T08:00:00Z"));
        ok(dutch.run(MANAGER, "update", null, "project", "p1", "results", "Binnen de termijn"));
        clock.set(Instant.parse("2021-10-12T08:00:00Z"));
        byte[] report = ok(dutch.run(MANAGER, "report", null, "format", "md", "period", "Q3 2021"))
                .attachments()
                .get(0)
                .content();

        // WHEN p2 reports late for Q3 and the summary is rendered ahead (it freezes nothing new: Q3 is closed)
        CommandResponse late = ok(
                dutch.run(MANAGER, "update", null, "project", "p2", "results", "Te laat binnen", "period", "Q3 2021"));
        ahead.extend(dutch.request(MANAGER, "update", null, "i-" + UUID.randomUUID()), late);
        queued.forEach(Runnable::run);

        // THEN Q3's report is the same, byte for byte, without the late update; the open round's summary is answered
        byte[] again = ok(dutch.run(MANAGER, "report", null, "format", "md", "period", "Q3 2021"))
                .attachments()
                .get(0)
                .content();
        assertThat(again).isEqualTo(report);
        assertThat(new String(again, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Binnen de termijn")
                .doesNotContain("Te laat binnen");
        assertThat(ok(dutch.run(MANAGER, "summary", null)).attachments()).hasSize(1);
    }
}
