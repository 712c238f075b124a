package nl.regiotafel.commands.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

final class SummaryQueryTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static SummaryQuery query(String period, String now) {
        return SummaryQuery.of(
                "n",
                SummaryScope.wholeNetwork(),
                ReportingPeriod.parse(period),
                ReportingCalendar.DEFAULT,
                AMSTERDAM,
                Instant.parse(now),
                10);
    }

    @Test
    void aRunningQuarterIsSummarisedUpToNowAndComparedWithItsFirstInstantInTheNetworksZone() {
        SummaryQuery q = query("Q3 2021", "2021-09-20T08:00:00Z");

        // Midnight of 1 July in Amsterdam is 22:00 UTC the day before (summer time)
        assertThat(q.start()).isEqualTo(Instant.parse("2021-06-30T22:00:00Z"));
        assertThat(q.previousStart()).isEqualTo(Instant.parse("2021-03-31T22:00:00Z"));
        assertThat(q.asOf()).isEqualTo(Instant.parse("2021-09-20T08:00:00Z"));
        assertThat(q.refDay()).isEqualTo(LocalDate.of(2021, 9, 20));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2021, 9, 20));
        assertThat(q.ended()).isFalse();
        assertThat(q.reportingKey()).isEqualTo("2021-Q3");
        assertThat(q.next().key()).isEqualTo("2021-Q4");
        assertThat(q.windowStart()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(q.windowEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void aPastQuarterEndsAtTheFirstInstantOfTheNextInTheNetworksZone() {
        SummaryQuery q = query("Q3 2021", "2021-11-02T09:00:00Z");

        assertThat(q.asOf()).isEqualTo(Instant.parse("2021-09-30T22:00:00Z"));
        assertThat(q.refDay()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(q.ended()).isTrue();
    }

    @Test
    void halfPastMidnightOnTheFirstOfOctoberInAmsterdamIsAlreadyTheNextQuarter() {
        // 22:30 UTC on 30 September is 00:30 on 1 October in Amsterdam
        SummaryQuery q3 = query("Q3 2021", "2021-09-30T22:30:00Z");
        SummaryQuery q4 = query("Q4 2021", "2021-09-30T22:30:00Z");

        assertThat(q3.ended()).isTrue();
        assertThat(q3.asOf()).isEqualTo(Instant.parse("2021-09-30T22:00:00Z"));
        assertThat(q4.start()).isEqualTo(Instant.parse("2021-09-30T22:00:00Z"));
        assertThat(q4.refDay()).isEqualTo(LocalDate.of(2021, 10, 1));
    }

    @Test
    void theWinterQuarterStartsAtMidnightWinterTime() {
        SummaryQuery q = query("Q1 2022", "2022-02-01T12:00:00Z");

        assertThat(q.start()).isEqualTo(Instant.parse("2021-12-31T23:00:00Z"));
        assertThat(q.previousStart()).isEqualTo(Instant.parse("2021-09-30T22:00:00Z"));
    }

    @Test
    void thePreviousPeriodOfAFirstQuarterIsTheLastOfTheYearBefore() {
        SummaryQuery q = query("2022-Q1", "2022-02-01T12:00:00Z");

        assertThat(q.windowStart()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(q.windowEnd()).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void aYearOrHalfYearCountsAsReportedWhatWasReportedForItsLatestQuarter() {
        assertThat(query("2021", "2021-09-20T08:00:00Z").reportingKey()).isEqualTo("2021-Q3");
        assertThat(query("H1 2021", "2021-09-20T08:00:00Z").reportingKey()).isEqualTo("2021-Q2");
        assertThat(query("2020", "2021-09-20T08:00:00Z").next().key()).isEqualTo("2021");
    }

    @Test
    void refusesAPeriodThatHasNotStarted() {
        assertThatThrownBy(() -> query("Q4 2021", "2021-09-20T08:00:00Z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slugsScopesForFileNames() {
        assertThat(SummaryScope.wholeNetwork().slug()).isEqualTo("netwerk");
        assertThat(new SummaryScope("Arnhem", "Food Valley", null, null).slug()).isEqualTo("arnhem-food-valley");
        assertThat(new SummaryScope(null, null, "Coördinatie bedden", null).slug())
                .isEqualTo("coordinatie-bedden");
        assertThat(new SummaryScope("Zeeland", null, "Instroom", null).label()).isEqualTo("Zeeland · Instroom");
    }
}
