package nl.regiotafel.commands.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.Precision;
import org.junit.jupiter.api.Test;

final class ReminderScheduleTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ReminderSettings DEFAULTS = ReminderSettings.defaults("n1");

    private static Milestone dueOn(String date) {
        return new Milestone(
                "n1",
                "acute-psy",
                1,
                "Realisatie 1 pool",
                new DueDate(LocalDate.parse(date), Precision.DAY, date),
                MilestoneStatus.OPEN,
                null,
                null,
                0,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                0);
    }

    private static List<ReminderSchedule.Occurrence> milestone(String due, String from, String to) {
        return ReminderSchedule.milestone(dueOn(due), DEFAULTS, AMSTERDAM, Instant.parse(from), Instant.parse(to));
    }

    @Test
    void remindsFourteenAndTwoDaysBeforeOnTheDayAndWeeklyWhileOverdueAtNineInTheMorning() {
        // 1 October 2021 is a Friday; 17 and 29 September are a Friday and a Wednesday
        List<ReminderSchedule.Occurrence> found =
                milestone("2021-10-01", "2021-09-01T00:00:00Z", "2021-10-16T00:00:00Z");

        assertThat(found)
                .extracting(ReminderSchedule.Occurrence::kind, o -> o.at().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.MILESTONE_BEFORE, "2021-09-17T07:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.MILESTONE_BEFORE, "2021-09-29T07:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.MILESTONE_DUE, "2021-10-01T07:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.MILESTONE_OVERDUE, "2021-10-08T07:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.MILESTONE_OVERDUE, "2021-10-15T07:00:00Z"));
    }

    @Test
    void movesAWeekendReminderToMonday() {
        // Due Monday 4 October 2021: two days before is Saturday 2 October
        List<ReminderSchedule.Occurrence> found =
                milestone("2021-10-04", "2021-10-01T00:00:00Z", "2021-10-05T00:00:00Z");

        assertThat(found)
                .extracting(o -> o.at().toString())
                .containsExactly("2021-10-04T07:00:00Z", "2021-10-04T07:00:00Z");
        assertThat(found)
                .noneMatch(o ->
                        LocalDate.ofInstant(o.at(), AMSTERDAM).getDayOfWeek().getValue() > 5);
    }

    @Test
    void movesAReminderOnKingsDayToTheNextWorkingDay() {
        // Due Friday 29 April 2022: two days before is Koningsdag, Wednesday 27 April
        List<ReminderSchedule.Occurrence> found =
                milestone("2022-04-29", "2022-04-20T00:00:00Z", "2022-04-30T00:00:00Z");

        assertThat(found)
                .extracting(o -> o.at().toString())
                .containsExactly("2022-04-28T07:00:00Z", "2022-04-29T07:00:00Z");
    }

    @Test
    void keepsNineInTheMorningAcrossTheEndOfSummerTime() {
        // Summer time ends on 31 October 2021: 09:00 is 07:00 UTC before and 08:00 UTC after
        List<ReminderSchedule.Occurrence> found =
                milestone("2021-11-03", "2021-10-01T00:00:00Z", "2021-11-04T00:00:00Z");

        assertThat(found)
                .extracting(o -> o.at().toString())
                .containsExactly("2021-10-20T07:00:00Z", "2021-11-01T08:00:00Z", "2021-11-03T08:00:00Z");
        assertThat(found)
                .allSatisfy(o -> assertThat(o.at().atZone(AMSTERDAM).getHour()).isEqualTo(9));
    }

    @Test
    void plansNothingForADoneMilestone() {
        Milestone done = dueOn("2021-10-01").done(LocalDate.parse("2021-09-20"), Instant.EPOCH);

        assertThat(ReminderSchedule.milestone(
                        done,
                        DEFAULTS,
                        AMSTERDAM,
                        Instant.parse("2021-09-01T00:00:00Z"),
                        Instant.parse("2021-12-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void opensTheQuarterlyRoundFourteenDaysBeforeItEndsAndEscalatesAfterTheDeadline() {
        List<ReminderSchedule.Occurrence> found = ReminderSchedule.rounds(
                ReportingCalendar.DEFAULT,
                DEFAULTS,
                AMSTERDAM,
                Instant.parse("2021-09-01T00:00:00Z"),
                Instant.parse("2021-10-31T00:00:00Z"));

        // Q3 ends Thursday 30 September: opens Thursday 16 September; deadline Sunday 10 October, so the reminder
        // two days before is Friday 8 October and the escalation the next working day, Monday 11 October
        assertThat(found)
                .extracting(ReminderSchedule.Occurrence::kind, o -> o.subject().stored(), o -> o.at().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReminderKind.ROUND_OPEN, "2021-Q3", "2021-09-16T07:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple(
                                ReminderKind.ROUND_DEADLINE, "2021-Q3", "2021-10-08T07:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple(
                                ReminderKind.ROUND_ESCALATION, "2021-Q3", "2021-10-11T07:00:00Z"));
    }

    @Test
    void sendsTheDigestOnMondays() {
        List<ReminderSchedule.Occurrence> found = ReminderSchedule.digests(
                DEFAULTS, AMSTERDAM, Instant.parse("2021-09-15T00:00:00Z"), Instant.parse("2021-09-30T00:00:00Z"));

        assertThat(found)
                .extracting(o -> o.subject().stored(), o -> o.at().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2021-W38", "2021-09-20T07:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple("2021-W39", "2021-09-27T07:00:00Z"));
    }
}
