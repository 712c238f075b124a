package nl.regiotafel.commands.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.time.DutchHolidays.Holiday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DutchHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2021, 2021-04-04",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2019, 2019-04-21",
        "2022, 2022-04-17",
        "2023, 2023-04-09",
        "2038, 2038-04-25",
        "2100, 2100-03-28",
    })
    void computesEasterSunday(int year, LocalDate expected) {
        // WHEN
        LocalDate easter = DutchHolidays.easterSunday(year);

        // THEN
        assertThat(easter).isEqualTo(expected);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void refusesEasterBeforeTheGregorianCalendar() {
        // WHEN / THEN
        assertThatIllegalArgumentException().isThrownBy(() -> DutchHolidays.easterSunday(1582));
    }

    @Test
    void knowsEveryHolidayOf2021AndNoOtherDay() {
        // GIVEN
        List<LocalDate> expected = List.of(
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 4, 2),
                LocalDate.of(2021, 4, 4),
                LocalDate.of(2021, 4, 5),
                LocalDate.of(2021, 4, 27),
                LocalDate.of(2021, 5, 13),
                LocalDate.of(2021, 5, 23),
                LocalDate.of(2021, 5, 24),
                LocalDate.of(2021, 12, 25),
                LocalDate.of(2021, 12, 26));

        // WHEN
        List<LocalDate> holidays = LocalDate.of(2021, 1, 1)
                .datesUntil(LocalDate.of(2022, 1, 1))
                .filter(DutchHolidays::isHoliday)
                .toList();

        // THEN
        assertThat(holidays).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2021-01-01, NEW_YEARS_DAY",
        "2021-04-02, GOOD_FRIDAY",
        "2021-04-04, EASTER_SUNDAY",
        "2021-04-05, EASTER_MONDAY",
        "2021-04-27, KINGS_DAY",
        "2020-05-05, LIBERATION_DAY",
        "2021-05-13, ASCENSION_DAY",
        "2021-05-23, WHIT_SUNDAY",
        "2021-05-24, WHIT_MONDAY",
        "2021-12-25, CHRISTMAS_DAY",
        "2021-12-26, BOXING_DAY",
    })
    void namesTheHolidayOnADate(LocalDate date, Holiday expected) {
        // WHEN
        Optional<Holiday> holiday = DutchHolidays.holidayOn(date);

        // THEN
        assertThat(holiday).contains(expected);
    }

    @Test
    void movesKingsDayToSaturdayWhenThe27thIsASunday() {
        // GIVEN
        LocalDate sunday = LocalDate.of(2025, 4, 27);

        // WHEN / THEN
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Holiday.KINGS_DAY.dateIn(2025)).contains(LocalDate.of(2025, 4, 26));
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(DutchHolidays.isHoliday(sunday)).isFalse();
    }

    @Test
    void countsLiberationDayOnlyInLustrumYears() {
        // WHEN / THEN
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 5, 5))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2020, 5, 5))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2021, 5, 5))).isFalse();
        assertThat(Holiday.LIBERATION_DAY.dateIn(2021)).isEmpty();
    }

    @Test
    void namesLiberationDayWhenAscensionDayFallsOnIt() {
        // GIVEN
        LocalDate fifthOfMay2005 = LocalDate.of(2005, 5, 5);

        // WHEN / THEN
        assertThat(Holiday.ASCENSION_DAY.dateIn(2005)).contains(fifthOfMay2005);
        assertThat(DutchHolidays.holidayOn(fifthOfMay2005)).contains(Holiday.LIBERATION_DAY);
    }

    @Test
    void placesAscensionAndWhitsunAfterEaster() {
        // GIVEN
        LocalDate easter = DutchHolidays.easterSunday(2024);

        // WHEN / THEN
        assertThat(Holiday.GOOD_FRIDAY.dateIn(2024)).contains(easter.minusDays(2));
        assertThat(Holiday.ASCENSION_DAY.dateIn(2024)).contains(LocalDate.of(2024, 5, 9));
        assertThat(Holiday.WHIT_SUNDAY.dateIn(2024)).contains(LocalDate.of(2024, 5, 19));
        assertThat(Holiday.WHIT_MONDAY.dateIn(2024)).contains(LocalDate.of(2024, 5, 20));
    }

    @Test
    void everyHolidayFallsInEveryYearExceptLiberationDayOutsideLustrumYears() {
        for (int year = 2000; year <= 2100; year++) {
            for (Holiday holiday : Holiday.values()) {
                // WHEN
                Optional<LocalDate> date = holiday.dateIn(year);

                // THEN
                boolean expectedPresent = holiday != Holiday.LIBERATION_DAY || year % 5 == 0;
                assertThat(date.isPresent()).as(holiday + " " + year).isEqualTo(expectedPresent);
                date.ifPresent(d -> assertThat(DutchHolidays.isHoliday(d)).isTrue());
            }
        }
    }

    @ParameterizedTest(name = "after {0} the next working day is {1}")
    @CsvSource({
        // Christmas on a weekend is not made up: Monday 27 December is a working day
        "2021-12-25, 2021-12-27",
        "2021-12-24, 2021-12-24",
        // Goede Vrijdag, Easter weekend, Tweede Paasdag
        "2021-04-02, 2021-04-06",
        "2021-04-05, 2021-04-06",
        // Hemelvaartsdag is a Thursday; the Friday is a working day
        "2021-05-13, 2021-05-14",
        "2021-05-22, 2021-05-25",
        // Koningsdag on Saturday 26 April
        "2025-04-26, 2025-04-28",
        "2022-01-01, 2022-01-03",
        "2021-10-01, 2021-10-01",
        "2021-10-02, 2021-10-04",
        // Late Easter: Good Friday to Koningsdag on Tuesday, five days off in a row
        "2038-04-23, 2038-04-28",
    })
    void findsTheNextWorkingDaySkippingWeekendsAndHolidays(LocalDate day, LocalDate expected) {
        // WHEN
        LocalDate next = DutchHolidays.nextWorkingDay(day);

        // THEN
        assertThat(next).isEqualTo(expected);
        assertThat(DutchHolidays.isWorkingDay(next)).isTrue();
    }

    @Test
    void aWeekendIsNoHolidayButNoWorkingDayEither() {
        // GIVEN
        LocalDate saturday = LocalDate.of(2021, 10, 2);

        // WHEN / THEN
        assertThat(DutchHolidays.isHoliday(saturday)).isFalse();
        assertThat(DutchHolidays.isWorkingDay(saturday)).isFalse();
        assertThat(DutchHolidays.isWorkingDay(LocalDate.of(2021, 10, 1))).isTrue();
    }

    @Test
    void namesHolidaysInDutchAndEnglish() {
        // WHEN / THEN
        assertThat(Holiday.KINGS_DAY.displayName(Messages.DUTCH)).isEqualTo("Koningsdag");
        assertThat(Holiday.KINGS_DAY.displayName(Messages.ENGLISH)).isEqualTo("King's Day");
        assertThat(Holiday.EASTER_MONDAY.displayName(Messages.DUTCH)).isEqualTo("Tweede Paasdag");
        assertThat(Holiday.BOXING_DAY.displayName(Messages.ENGLISH)).isEqualTo("Boxing Day");
    }

    @Test
    void everyHolidayHasANameInBothLanguages() {
        for (Holiday holiday : Holiday.values()) {
            // WHEN / THEN
            assertThat(Arrays.asList(Messages.of(Messages.DUTCH), Messages.of(Messages.ENGLISH)))
                    .allSatisfy(messages -> assertThat(messages.has(holiday.messageKey()))
                            .as(holiday + " in " + messages.locale())
                            .isTrue());
        }
    }
}
