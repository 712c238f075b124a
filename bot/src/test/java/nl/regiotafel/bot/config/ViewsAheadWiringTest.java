package nl.regiotafel.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.summary.Background;
import nl.regiotafel.commands.summary.RoundSummaries;
import nl.regiotafel.commands.testing.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bot as it runs (its own background thread, not the commands' tests' {@link Background#NONE}): after an
 * {@code /update} the open round's summary is rendered ahead, so the next {@code /summary} computes nothing.
 */
@RegiotafelTest
final class ViewsAheadWiringTest {

    @Autowired
    CommandRegistry registry;

    @Autowired
    AdjustableClock clock;

    @Autowired
    RoundSummaries summaries;

    @Autowired
    Background background;

    @Test
    void afterAnUpdateTheBotRendersTheSummaryAheadOnItsBackgroundThread() throws Exception {
        assertThat(background).isInstanceOf(SingleThreadBackground.class);
        TestRequests dutch = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.DUTCH);
        clock.set(Instant.parse("2021-09-01T08:00:00Z"));
        assertThat(dutch.run(
                                TestRequests.MANAGER,
                                "project",
                                "add",
                                "code",
                                "zz-instroom",
                                "name",
                                "Instroom Zeeland",
                                "region",
                                "Zeeland",
                                "theme",
                                "Behoud",
                                "status",
                                "lopend")
                        .tone())
                .isNotEqualTo(Tone.ERROR);
        clock.set(Instant.parse("2021-09-20T08:00:00Z"));

        // WHEN a leader reports, and the background thread has done what was waiting (work runs in the order due)
        nl.regiotafel.commands.api.CommandResponse update =
                dutch.run(TestRequests.MANAGER, "update", null, "project", "zz-instroom", "results", "Gestart");
        assertThat(update.tone()).as(TestRequests.text(update)).isNotEqualTo(Tone.ERROR);
        CountDownLatch idle = new CountDownLatch(1);
        background.submit("test-idle-" + UUID.randomUUID(), idle::countDown);
        assertThat(idle.await(30, TimeUnit.SECONDS)).isTrue();

        // THEN the next /summary is answered from what was kept: no miss
        long misses = summaries.cache().hitsAndMisses()[1];
        assertThat(dutch.run(TestRequests.MANAGER, "summary", null).attachments())
                .hasSize(1);
        assertThat(summaries.cache().hitsAndMisses()[1]).isEqualTo(misses);
    }
}
