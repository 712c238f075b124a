package nl.regiotafel.commands.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** Reminder subjects are types, kept in the ledger in the string forms earlier versions wrote. */
final class ReminderSubjectTest {

    @Test
    void readsTheFormsEarlierVersionsStored() {
        assertThat(ReminderSubject.parse(ReminderKind.MILESTONE_DUE, "tizv-glasses#3"))
                .isEqualTo(new ReminderSubject.Milestone("tizv-glasses", 3));
        assertThat(ReminderSubject.parse(ReminderKind.MILESTONE_OVERDUE, "a#12"))
                .isEqualTo(new ReminderSubject.Milestone("a", 12));
        assertThat(ReminderSubject.parse(ReminderKind.ROUND_OPEN, "2021-Q3"))
                .isEqualTo(new ReminderSubject.Round(new ReportingPeriod(ReportingPeriod.Kind.QUARTER, 2021, 3)));
        assertThat(ReminderSubject.parse(ReminderKind.ROUND_ESCALATION, "2021-H2"))
                .isEqualTo(new ReminderSubject.Round(new ReportingPeriod(ReportingPeriod.Kind.HALF, 2021, 2)));
        assertThat(ReminderSubject.parse(ReminderKind.ROUND_DEADLINE, "2021-09"))
                .isEqualTo(new ReminderSubject.Round(new ReportingPeriod(ReportingPeriod.Kind.MONTH, 2021, 9)));
        assertThat(ReminderSubject.parse(ReminderKind.DIGEST, "2021-W40"))
                .isEqualTo(new ReminderSubject.Week(2021, 40));
        assertThat(ReminderSubject.parse(ReminderKind.DIGEST, "2020-W53"))
                .isEqualTo(new ReminderSubject.Week(2020, 53));
    }

    @Test
    void writesWhatItReadsCharacterForCharacter() {
        for (String stored : List.of("tizv-glasses#3", "p-1#10", "code#with#hash#2")) {
            assertThat(ReminderSubject.parse(ReminderKind.MILESTONE_BEFORE, stored)
                            .stored())
                    .isEqualTo(stored);
        }
        for (String stored : List.of("2021-Q3", "2021-H1", "2021-09", "2021")) {
            assertThat(ReminderSubject.parse(ReminderKind.ROUND_OPEN, stored).stored())
                    .isEqualTo(stored);
        }
        assertThat(ReminderSubject.parse(ReminderKind.DIGEST, "2021-W05").stored())
                .isEqualTo("2021-W05");
        assertThat(new ReminderSubject.Week(2021, 5).stored()).isEqualTo("2021-W05");
        assertThat(new ReminderSubject.Milestone("rsop", 1).stored()).isEqualTo("rsop#1");
    }

    @Test
    void aFormThatDoesNotFitItsKindIsRefused() {
        assertThatThrownBy(() -> ReminderSubject.parse(ReminderKind.MILESTONE_DUE, "2021-Q3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021-Q3");
        assertThatThrownBy(() -> ReminderSubject.parse(ReminderKind.MILESTONE_DUE, "code#"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderSubject.parse(ReminderKind.ROUND_OPEN, "rsop#1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderSubject.parse(ReminderKind.DIGEST, "2021-W99"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderSubject.parse(ReminderKind.DIGEST, "2021-Q3"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLedgerKeyKeepsItsFormerShape() {
        Reminder reminder = Reminder.planned(
                "n1",
                ReminderKind.MILESTONE_DUE,
                new ReminderSubject.Milestone("rsop", 2),
                java.time.Instant.parse("2021-10-01T07:00:00Z"),
                "due=2021-10-01");
        assertThat(reminder.key()).isEqualTo("MILESTONE_DUE|n1|rsop#2|2021-10-01T07:00:00Z");
    }
}
