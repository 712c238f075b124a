package nl.regiotafel.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

final class RetentionScheduleTest {

    private final RetentionSchedule schedule = new RetentionSchedule(
            null, new SchedulerProperties(true, "Europe/Amsterdam", "0 */15 * * * ?", "0 * * * * ?", "0 30 3 * * ?"));

    @Test
    void runsAtHalfPastThreeAmsterdamTimeOnEitherSideOfTheEndOfSummerTime() {
        // Summer time ends on Sunday 31 October 2021 at 03:00: 03:30 is 01:30 UTC on Saturday, 02:30 UTC on Sunday
        assertThat(schedule.runsBetween(Instant.parse("2021-10-29T12:00:00Z"), Instant.parse("2021-10-31T12:00:00Z")))
                .containsExactly(Instant.parse("2021-10-30T01:30:00Z"), Instant.parse("2021-10-31T02:30:00Z"));
    }

    @Test
    void countsARunAtTheEndOfTheStepButNotAtItsStart() {
        Instant run = Instant.parse("2021-09-02T01:30:00Z");

        assertThat(schedule.runsBetween(run.minusSeconds(60), run)).containsExactly(run);
        assertThat(schedule.runsBetween(run, run.plusSeconds(60))).isEmpty();
    }
}
