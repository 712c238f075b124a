package nl.regiotafel.commands.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.time.ReportingPeriod.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ReportingPeriodTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final ReportingPeriod Q3_2021 = new ReportingPeriod(Kind.QUARTER, 2021, 3);
    private static final ReportingPeriod Q4_2021 = new ReportingPeriod(Kind.QUARTER, 2021, 4);

    @ParameterizedTest(name = "{0} is quarter {1}")
    @CsvSource({
        "2021-01-01, 1",
        "2021-03-31, 1",
        "2021-04-01, 2",
        "2021-06-30, 2",
        "2021-07-01, 3",
        "2021-09-30, 3",
        "2021-10-01, 4",
        "2021-12-31, 4",
    })
    void findsTheQuarterOfADay(LocalDate day, int expectedQuarter) {
        // WHEN
        ReportingPeriod quarter = ReportingPeriod.quarterOf(day);

        // THEN
        assertThat(quarter).isEqualTo(new ReportingPeriod(Kind.QUARTER, 2021, expectedQuarter));
    }

    @Test
    void findsTheMonthHalfAndYearOfADay() {
        // GIVEN
        LocalDate day = LocalDate.of(2021, 9, 30);

        // WHEN / THEN
        assertThat(ReportingPeriod.monthOf(day)).isEqualTo(new ReportingPeriod(Kind.MONTH, 2021, 9));
        assertThat(ReportingPeriod.halfOf(day)).isEqualTo(new ReportingPeriod(Kind.HALF, 2021, 2));
        assertThat(ReportingPeriod.halfOf(LocalDate.of(2021, 6, 30)))
                .isEqualTo(new ReportingPeriod(Kind.HALF, 2021, 1));
        assertThat(ReportingPeriod.yearOf(day)).isEqualTo(new ReportingPeriod(Kind.YEAR, 2021, 1));
    }

    @ParameterizedTest(name = "{0} {1}-{2}: {3} to {4}")
    @CsvSource({
        "QUARTER, 2021, 1, 2021-01-01, 2021-03-31",
        "QUARTER, 2021, 3, 2021-07-01, 2021-09-30",
        "QUARTER, 2021, 4, 2021-10-01, 2021-12-31",
        "HALF,    2021, 1, 2021-01-01, 2021-06-30",
        "HALF,    2021, 2, 2021-07-01, 2021-12-31",
        "YEAR,    2021, 1, 2021-01-01, 2021-12-31",
        "MONTH,   2021, 2, 2021-02-01, 2021-02-28",
        "MONTH,   2024, 2, 2024-02-01, 2024-02-29",
        "MONTH,   2021, 12, 2021-12-01, 2021-12-31",
    })
    void startsOnItsFirstAndEndsOnItsLastDayInclusive(
            Kind kind, int year, int index, LocalDate expectedStart, LocalDate expectedEnd) {
        // GIVEN
        ReportingPeriod period = new ReportingPeriod(kind, year, index);

        // WHEN / THEN
        assertThat(period.start()).isEqualTo(expectedStart);
        assertThat(period.end()).isEqualTo(expectedEnd);
    }

    @Test
    void lastMinuteOfSeptemberInAmsterdamIsStillTheThirdQuarter() {
        // GIVEN
        Instant lastMinute =
                LocalDateTime.of(2021, 9, 30, 23, 59).atZone(AMSTERDAM).toInstant();

        // WHEN / THEN
        assertThat(ReportingPeriod.quarterOf(LocalDate.ofInstant(lastMinute, AMSTERDAM)))
                .isEqualTo(Q3_2021);
        assertThat(Q3_2021.contains(lastMinute, AMSTERDAM)).isTrue();
        assertThat(Q4_2021.contains(lastMinute, AMSTERDAM)).isFalse();
    }

    @Test
    void midnightOfFirstOctoberInAmsterdamIsTheFourthQuarterWhileUtcIsStillInSeptember() {
        // GIVEN
        Instant midnight = LocalDateTime.of(2021, 10, 1, 0, 0).atZone(AMSTERDAM).toInstant();

        // WHEN / THEN
        assertThat(LocalDate.ofInstant(midnight, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(ReportingPeriod.quarterOf(LocalDate.ofInstant(midnight, AMSTERDAM)))
                .isEqualTo(Q4_2021);
        assertThat(Q4_2021.contains(midnight, AMSTERDAM)).isTrue();
        assertThat(Q3_2021.contains(midnight, AMSTERDAM)).isFalse();
        assertThat(Q3_2021.contains(midnight, ZoneOffset.UTC)).isTrue();
    }

    @Test
    void startsAndEndsAtMidnightInTheZoneWithItsOffsetOfThatDay() {
        // WHEN / THEN
        // 1 October is summer time (UTC+2), 1 January winter time (UTC+1)
        assertThat(Q4_2021.startInstant(AMSTERDAM)).isEqualTo(Instant.parse("2021-09-30T22:00:00Z"));
        assertThat(Q4_2021.endExclusiveInstant(AMSTERDAM)).isEqualTo(Instant.parse("2021-12-31T23:00:00Z"));
        assertThat(Q4_2021.endExclusiveInstant(AMSTERDAM))
                .isEqualTo(Q4_2021.next().startInstant(AMSTERDAM));
    }

    @Test
    void aPeriodWithAClockChangeIsAnHourShorterOrLonger() {
        // GIVEN
        ReportingPeriod march = new ReportingPeriod(Kind.MONTH, 2021, 3);
        ReportingPeriod october = new ReportingPeriod(Kind.MONTH, 2021, 10);

        // WHEN
        Duration marchLength = Duration.between(march.startInstant(AMSTERDAM), march.endExclusiveInstant(AMSTERDAM));
        Duration octoberLength =
                Duration.between(october.startInstant(AMSTERDAM), october.endExclusiveInstant(AMSTERDAM));

        // THEN
        assertThat(marchLength).isEqualTo(Duration.ofHours(31 * 24 - 1));
        assertThat(octoberLength).isEqualTo(Duration.ofHours(31 * 24 + 1));
    }

    @Test
    void lastPeriodOfTheLastYearStillHasAnEnd() {
        // GIVEN
        ReportingPeriod last = new ReportingPeriod(Kind.QUARTER, 9999, 4);

        // WHEN / THEN
        assertThat(last.endExclusiveInstant(ZoneOffset.UTC)).isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "before {0} {1}-{2} comes {3}-{4}")
    @CsvSource({
        "QUARTER, 2021, 1, 2020, 4",
        "QUARTER, 2021, 4, 2021, 3",
        "HALF,    2021, 1, 2020, 2",
        "HALF,    2021, 2, 2021, 1",
        "MONTH,   2021, 1, 2020, 12",
        "MONTH,   2021, 10, 2021, 9",
        "YEAR,    2021, 1, 2020, 1",
    })
    void previousCrossesTheYearBoundary(Kind kind, int year, int index, int expectedYear, int expectedIndex) {
        // GIVEN
        ReportingPeriod period = new ReportingPeriod(kind, year, index);

        // WHEN
        ReportingPeriod previous = period.previous();

        // THEN
        assertThat(previous).isEqualTo(new ReportingPeriod(kind, expectedYear, expectedIndex));
        assertThat(previous.next()).isEqualTo(period);
    }

    @ParameterizedTest(name = "after {0} {1}-{2} comes {3}-{4}")
    @CsvSource({
        "QUARTER, 2021, 4, 2022, 1",
        "QUARTER, 2021, 2, 2021, 3",
        "HALF,    2021, 2, 2022, 1",
        "MONTH,   2021, 12, 2022, 1",
        "YEAR,    2021, 1, 2022, 1",
    })
    void nextCrossesTheYearBoundary(Kind kind, int year, int index, int expectedYear, int expectedIndex) {
        // GIVEN
        ReportingPeriod period = new ReportingPeriod(kind, year, index);

        // WHEN
        ReportingPeriod next = period.next();

        // THEN
        assertThat(next).isEqualTo(new ReportingPeriod(kind, expectedYear, expectedIndex));
        assertThat(next.start()).isEqualTo(period.end().plusDays(1));
    }

    @Test
    void containsExactlyTheDaysFromStartToEnd() {
        // WHEN / THEN
        assertThat(Q3_2021.contains(LocalDate.of(2021, 6, 30))).isFalse();
        assertThat(Q3_2021.contains(LocalDate.of(2021, 7, 1))).isTrue();
        assertThat(Q3_2021.contains(LocalDate.of(2021, 8, 15))).isTrue();
        assertThat(Q3_2021.contains(LocalDate.of(2021, 9, 30))).isTrue();
        assertThat(Q3_2021.contains(LocalDate.of(2021, 10, 1))).isFalse();
        assertThat(Q3_2021.contains(LocalDate.of(2020, 8, 15))).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}-{2} has key {3}")
    @CsvSource({
        "QUARTER, 2021, 3, 2021-Q3",
        "HALF,    2021, 2, 2021-H2",
        "YEAR,    2021, 1, 2021",
        "MONTH,   2021, 9, 2021-09",
        "MONTH,   2021, 12, 2021-12",
    })
    void writesAKeyThatReadsBackAsTheSamePeriod(Kind kind, int year, int index, String expectedKey) {
        // GIVEN
        ReportingPeriod period = new ReportingPeriod(kind, year, index);

        // WHEN
        String key = period.key();

        // THEN
        assertThat(key).isEqualTo(expectedKey);
        assertThat(ReportingPeriod.parseKey(key)).isEqualTo(period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "2021-Q5",
                "2021-H3",
                "2021-q3",
                "2021-9",
                "2021-13",
                "2021-00",
                "21-Q3",
                " 2021-Q3",
                "Q3 2021"
            })
    void refusesAKeyItDidNotWrite(String key) {
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parseKey(key));
    }

    @ParameterizedTest(name = "{0} {1}-{2}")
    @CsvSource({
        "QUARTER, 2021, 0",
        "QUARTER, 2021, 5",
        "HALF,    2021, 3",
        "MONTH,   2021, 13",
        "YEAR,    2021, 2",
        "YEAR,    0, 1",
        "YEAR,    10000, 1",
    })
    void refusesAPeriodThatDoesNotExist(Kind kind, int year, int index) {
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(kind, year, index));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Q3 2021              | 2021-Q3
            2021-Q3              | 2021-Q3
            derde kwartaal 2021  | 2021-Q3
            third quarter of 2021 | 2021-Q3
            begin 2022           | 2022-Q1
            H2 2021              | 2021-H2
            tweede helft 2021    | 2021-H2
            second half 2021     | 2021-H2
            2021-H1              | 2021-H1
            september 2021       | 2021-09
            sep 2021             | 2021-09
            2021-09              | 2021-09
            medio 2021           | 2021-06
            eind 2021            | 2021-12
            2021                 | 2021
            """)
    void readsThePeriodsUsersWrite(String text, String expectedKey) {
        // WHEN
        ReportingPeriod period = ReportingPeriod.parse(text);

        // THEN
        assertThat(period).isEqualTo(ReportingPeriod.parseKey(expectedKey));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {"", "1-10-2021", "1 oktober 2021", "zomer 2021", "binnenkort", "Q5 2021", "2021-Q5", "1999"})
    void rejectsDaysSeasonsAndWhatItCannotReadWithTheAcceptedForms(String text) {
        // WHEN / THEN
        assertThatThrownBy(() -> ReportingPeriod.parse(text)).isInstanceOfSatisfying(UserError.class, error -> {
            assertThat(error.key()).isEqualTo("error.period.unreadable");
            assertThat(error.args()).containsExactly(text, ReportingPeriod.EXAMPLES);
        });
    }

    @Test
    void examplesInTheErrorAreThemselvesAccepted() {
        for (String example : ReportingPeriod.EXAMPLES.split(", ")) {
            // WHEN / THEN
            assertThat(ReportingPeriod.parse(example).key()).as(example).isNotEmpty();
        }
    }

    @Test
    void explainsTheErrorInDutchAndEnglishWithTheTextAndExamples() {
        // GIVEN
        UserError error = catchThrowableOfType(UserError.class, () -> ReportingPeriod.parse("zomer 2021"));

        // WHEN
        String dutch = Messages.of(Messages.DUTCH).get(error.key(), error.args());
        String english = Messages.of(Messages.ENGLISH).get(error.key(), error.args());

        // THEN
        assertThat(dutch)
                .isEqualTo("Periode zomer 2021 is niet te lezen. Gebruik een kwartaal, halfjaar, maand of jaar,"
                        + " bijvoorbeeld: " + ReportingPeriod.EXAMPLES + ".");
        assertThat(english)
                .isEqualTo("Cannot read the period zomer 2021. Use a quarter, half year, month or year, for example: "
                        + ReportingPeriod.EXAMPLES + ".");
    }
}
