package nl.regiotafel.commands.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.regiotafel.commands.i18n.Messages;

/**
 * Dutch public holidays and working days, computed for any year rather than listed, so no table runs out.
 *
 * <p>The rules are those in force since 2014, when Koningsdag replaced Koninginnedag; the bot plans forward, so
 * earlier years are not modelled. Bevrijdingsdag (5 May) is a national holiday every year, but counts as a day off
 * here only in lustrum years (2020, 2025, …), as many collective agreements have it. A holiday that falls in a weekend is
 * not made up on the Monday, as it would be in the UK; only Koningsdag moves, to Saturday 26 April.
 */
public final class DutchHolidays {

    /** Gregorian Easter needs a year from 1583 on; earlier years had no Gregorian calendar to compute it in. */
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    private DutchHolidays() {}

    /** The Dutch public holidays, each with its date in a given year. */
    public enum Holiday {
        NEW_YEARS_DAY,
        GOOD_FRIDAY,
        EASTER_SUNDAY,
        EASTER_MONDAY,
        KINGS_DAY,
        LIBERATION_DAY,
        ASCENSION_DAY,
        WHIT_SUNDAY,
        WHIT_MONDAY,
        CHRISTMAS_DAY,
        BOXING_DAY;

        /** The date in {@code year}, or empty in a year it is not a day off (Bevrijdingsdag outside lustrum years). */
        public Optional<LocalDate> dateIn(int year) {
            return switch (this) {
                case NEW_YEARS_DAY -> Optional.of(LocalDate.of(year, Month.JANUARY, 1));
                case GOOD_FRIDAY -> Optional.of(easterSunday(year).minusDays(2));
                case EASTER_SUNDAY -> Optional.of(easterSunday(year));
                case EASTER_MONDAY -> Optional.of(easterSunday(year).plusDays(1));
                case KINGS_DAY -> Optional.of(kingsDay(year));
                case LIBERATION_DAY -> year % 5 == 0 ? Optional.of(LocalDate.of(year, Month.MAY, 5)) : Optional.empty();
                case ASCENSION_DAY -> Optional.of(easterSunday(year).plusDays(39));
                case WHIT_SUNDAY -> Optional.of(easterSunday(year).plusDays(49));
                case WHIT_MONDAY -> Optional.of(easterSunday(year).plusDays(50));
                case CHRISTMAS_DAY -> Optional.of(LocalDate.of(year, Month.DECEMBER, 25));
                case BOXING_DAY -> Optional.of(LocalDate.of(year, Month.DECEMBER, 26));
            };
        }

        /** The holiday's name in {@code locale}: Koningsdag, King's Day. */
        public String displayName(Locale locale) {
            return Messages.of(locale).get(messageKey());
        }

        /** The message key of the name, e.g. {@code holiday.kings-day}. */
        public String messageKey() {
            return "holiday." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The holiday on {@code date}, if it is one. When two fall together, as Hemelvaartsdag and Bevrijdingsdag did on 5
     * May 2005, the one declared first in {@link Holiday} (here Bevrijdingsdag).
     */
    public static Optional<Holiday> holidayOn(LocalDate date) {
        return Arrays.stream(Holiday.values())
                .filter(holiday ->
                        holiday.dateIn(date.getYear()).filter(date::equals).isPresent())
                .findFirst();
    }

    public static boolean isHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    /** Monday to Friday and not a holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** {@code date} itself when it is a working day, else the first working day after it. */
    public static LocalDate nextWorkingDay(LocalDate date) {
        // Ends within a week: the longest run of days off is five, from Good Friday to Koningsdag on the Tuesday
        // after a late Easter (2038)
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Easter Sunday in {@code year}, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). The one-letter names
     * are the algorithm's own, so the code can be checked against its publications.
     *
     * @throws IllegalArgumentException for years before the Gregorian calendar (1583)
     */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("No Gregorian Easter before " + FIRST_GREGORIAN_YEAR + ": " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate kingsDay(int year) {
        // The King's birthday; on a Sunday the festivities move to the Saturday before
        LocalDate birthday = LocalDate.of(year, Month.APRIL, 27);
        return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
    }
}
