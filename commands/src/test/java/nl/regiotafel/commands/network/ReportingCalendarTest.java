package nl.regiotafel.commands.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

final class ReportingCalendarTest {

    private static final ReportingCalendar QUARTERLY = ReportingCalendar.DEFAULT;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void theFifthDayAfterAQuarterReportsOnTheQuarterThatEnded() {
        assertThat(QUARTERLY.reportingPeriod(LocalDate.of(2021, 10, 5)).key()).isEqualTo("2021-Q3");
        assertThat(QUARTERLY.reportingPeriod(LocalDate.of(2021, 10, 10)).key()).isEqualTo("2021-Q3");
        assertThat(QUARTERLY.reportingPeriod(LocalDate.of(2021, 10, 11)).key()).isEqualTo("2021-Q4");
        // The round opens 14 days before the quarter ends: from 16 September on it is Q3's round; before, Q3 itself
        assertThat(QUARTERLY.reportingPeriod(LocalDate.of(2021, 8, 20)).key()).isEqualTo("2021-Q3");
        assertThat(QUARTERLY.openRound(LocalDate.of(2021, 8, 20))).isEmpty();
        assertThat(QUARTERLY
                        .openRound(LocalDate.of(2021, 9, 16))
                        .orElseThrow()
                        .period()
                        .key())
                .isEqualTo("2021-Q3");
        // Across the year: the Q4 round runs into January
        assertThat(QUARTERLY.reportingPeriod(LocalDate.of(2022, 1, 7)).key()).isEqualTo("2021-Q4");
    }

    @Test
    void theRoundClosesAtTheEndOfItsDeadlineDayInTheNetworksZone() {
        ReportingCalendar.Round q3 = QUARTERLY.round(new ReportingPeriod(ReportingPeriod.Kind.QUARTER, 2021, 3));

        assertThat(q3.opens()).isEqualTo(LocalDate.of(2021, 9, 16));
        assertThat(q3.deadline()).isEqualTo(LocalDate.of(2021, 10, 10));
        assertThat(q3.closesAt(AMSTERDAM)).isEqualTo(Instant.parse("2021-10-10T22:00:00Z"));
        assertThat(q3.isLate(Instant.parse("2021-10-10T21:59:59Z"), AMSTERDAM)).isFalse();
        assertThat(q3.isLate(Instant.parse("2021-10-10T22:00:00Z"), AMSTERDAM)).isTrue();
    }

    @Test
    void overlappingWindowsReportOnTheOlderRoundFirst() {
        // Monthly, opening 20 days before the end and due 25 days after: September's and October's windows overlap
        ReportingCalendar monthly = new ReportingCalendar(ReportingPeriod.Kind.MONTH, 20, 25);

        assertThat(monthly.reportingPeriod(LocalDate.of(2021, 10, 15)).key()).isEqualTo("2021-09");
        assertThat(monthly.reportingPeriod(LocalDate.of(2021, 10, 26)).key()).isEqualTo("2021-10");
    }
}
