package nl.regiotafel.commands.time;

import static java.util.Map.entry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regiotafel.commands.api.UserError;

/**
 * Reads the deadlines people write in project plans, in Dutch or English, into a {@link DueDate}. Case, extra spaces,
 * leading {@code per}, {@code vanaf}, {@code in}, {@code uiterlijk}, {@code by}, {@code het}/{@code de}/{@code the},
 * and {@code van}/{@code of} before the year ({@code het vierde kwartaal van 2021}) do not matter.
 *
 * <table>
 *   <caption>Accepted forms; a period resolves to its last day</caption>
 *   <tr><th>Written</th><th>Resolves to</th><th>Precision</th></tr>
 *   <tr><td>{@code 1-10-21}, {@code 01-10-2021}, {@code 1/10/2021}, {@code 2021-10-01}</td>
 *       <td>1 October 2021 (day first, as in Dutch)</td><td>DAY</td></tr>
 *   <tr><td>{@code 1 oktober 2021}, {@code 1 okt. 2021}, {@code October 1, 2021}</td>
 *       <td>1 October 2021</td><td>DAY</td></tr>
 *   <tr><td>{@code oktober 2021}, {@code okt 2021}, {@code 2021-10}</td><td>31 October 2021</td><td>MONTH</td></tr>
 *   <tr><td>{@code Q4 2021}, {@code 2021-Q4}, {@code 4e kwartaal 2021}, {@code fourth quarter 2021}</td>
 *       <td>31 December 2021</td><td>QUARTER</td></tr>
 *   <tr><td>{@code H1 2021}, {@code 2021-H1}, {@code eerste helft 2021}, {@code first half 2021}</td>
 *       <td>30 June 2021</td><td>HALF</td></tr>
 *   <tr><td>{@code voorjaar}/{@code lente}/{@code spring}, {@code zomer}/{@code summer},
 *       {@code najaar}/{@code herfst}/{@code autumn}/{@code fall}, {@code winter 2021}</td>
 *       <td>31 May, 31 August, 30 November 2021; end of February 2022</td><td>SEASON</td></tr>
 *   <tr><td>{@code begin}/{@code early 2022}</td><td>31 March 2022 (end of Q1)</td><td>QUARTER</td></tr>
 *   <tr><td>{@code medio}/{@code mid 2021}</td><td>30 June 2021</td><td>MONTH</td></tr>
 *   <tr><td>{@code eind}/{@code end 2021}</td><td>31 December 2021</td><td>MONTH</td></tr>
 *   <tr><td>{@code 2021}</td><td>31 December 2021</td><td>YEAR</td></tr>
 * </table>
 *
 * <p>Seasons are meteorological (spring March–May, summer June–August, autumn September–November, winter December to
 * February of the next year), not astronomical: whole months are what plans mean by "in de zomer", and the end never
 * shifts by a day from year to year. A two-digit year means 20yy, also with an apostrophe ({@code Q4 '21}). Years
 * outside 2000–2100, impossible days ({@code 31-02-2021}) and relative forms ({@code volgend jaar}, {@code binnenkort})
 * are refused: a deadline stored relative to the day it was typed would silently move.
 */
public final class DueDateParser {

    /** Forms named when a date cannot be read; they read the same in Dutch and English. */
    public static final String EXAMPLES =
            "31-12-2021, 2021-12-31, 31 december 2021, december 2021, Q4 2021, H2 2021, 2021";

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    // Building blocks of the forms below, each capturing one group
    private static final String YEAR = "['’]?(\\d{4}|\\d{2})"; // 2021, 21, '21
    private static final String DAY = "(\\d{1,2})";
    private static final String NAME = "([a-z]+)\\.?"; // a month or season name, maybe abbreviated with a dot
    private static final String ORDINAL = "([a-z0-9]+)"; // vierde, 4e, fourth, 4th: looked up in ORDINALS

    private static final List<Form> FORMS = List.of(
            form("(\\d{4})-(\\d{1,2})-(\\d{1,2})", m -> day(m.group(1), m.group(2), m.group(3))), // 2021-10-01
            form("(\\d{4})-(\\d{1,2})", m -> monthEnd(year(m.group(1)), number(m.group(2)))), // 2021-10
            // Day first, as in Dutch; the same separator twice, so 1-10/2021 is not a date
            form(DAY + "([-/.])(\\d{1,2})\\2" + YEAR, m -> day(m.group(4), m.group(3), m.group(1))), // 1-10-21
            form(DAY + " " + NAME + ",? " + YEAR, m -> dayOfNamedMonth(m.group(1), m.group(2), m.group(3))),
            form(NAME + " " + DAY + ",? " + YEAR, m -> dayOfNamedMonth(m.group(2), m.group(1), m.group(3))),
            form("q ?([1-4])[ -]" + YEAR, m -> quarterEnd(year(m.group(2)), number(m.group(1)))), // Q4 2021
            form("(\\d{4})[ -]q([1-4])", m -> quarterEnd(year(m.group(1)), number(m.group(2)))), // 2021-Q4
            form("h ?([12])[ -]" + YEAR, m -> halfEnd(year(m.group(2)), number(m.group(1)))), // H2 2021
            form("(\\d{4})[ -]h([12])", m -> halfEnd(year(m.group(1)), number(m.group(2)))), // 2021-H2
            form(ORDINAL + " (?:kwartaal|quarter) " + YEAR, m -> ordinal(m.group(1), 4)
                    .flatMap(quarter -> quarterEnd(year(m.group(2)), quarter))),
            form(ORDINAL + " (?:helft|halfjaar|half) " + YEAR, m -> ordinal(m.group(1), 2)
                    .flatMap(half -> halfEnd(year(m.group(2)), half))),
            form(NAME + "[ -]" + YEAR, m -> named(m.group(1), year(m.group(2)))), // oktober 2021, zomer 2021, mid-2021
            form("(\\d{4})", m -> yearEnd(year(m.group(1)))));

    private static final Map<String, Month> MONTHS = index(Map.ofEntries(
            entry(Month.JANUARY, "januari january jan"),
            entry(Month.FEBRUARY, "februari february feb febr"),
            entry(Month.MARCH, "maart march mrt mar"),
            entry(Month.APRIL, "april apr"),
            entry(Month.MAY, "mei may"),
            entry(Month.JUNE, "juni june jun"),
            entry(Month.JULY, "juli july jul"),
            entry(Month.AUGUST, "augustus august aug"),
            entry(Month.SEPTEMBER, "september sep sept"),
            entry(Month.OCTOBER, "oktober october okt oct"),
            entry(Month.NOVEMBER, "november nov"),
            entry(Month.DECEMBER, "december dec")));

    private static final Map<String, Season> SEASONS = index(Map.of(
            Season.SPRING, "voorjaar lente spring",
            Season.SUMMER, "zomer summer",
            Season.AUTUMN, "najaar herfst autumn fall",
            Season.WINTER, "winter"));

    private static final Map<String, PartOfYear> PARTS_OF_YEAR = index(Map.of(
            PartOfYear.BEGINNING, "begin start early",
            PartOfYear.MIDDLE, "medio midden mid",
            PartOfYear.END, "eind einde end"));

    private static final Map<String, Integer> ORDINALS = index(Map.of(
            1, "eerste 1e 1ste first 1st",
            2, "tweede 2e 2de second 2nd",
            3, "derde 3e 3de third 3rd",
            4, "vierde 4e 4de fourth 4th"));

    // Words around the date that change nothing: "uiterlijk in het vierde kwartaal van 2021"
    private static final Set<String> LEADING_WORDS =
            Set.of("per", "vanaf", "in", "uiterlijk", "by", "het", "de", "the");
    private static final Set<String> LINKING_WORDS = Set.of("van", "of");

    // Text pasted from documents and chat often carries non-breaking spaces
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private DueDateParser() {}

    /**
     * Reads {@code text} as a due date.
     *
     * @throws UserError {@code error.due.unreadable} with the text and {@link #EXAMPLES} when the text is empty or not
     *     one of the accepted forms
     */
    public static DueDate parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new UserError("error.due.unreadable", text == null ? "" : text.strip(), EXAMPLES));
    }

    /** Reads {@code text} as a due date, or empty when it is empty or not one of the accepted forms. */
    public static Optional<DueDate> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String label = text.strip();
        String normalised = normalise(label);
        // Several forms may match: "q 4 2021" has the shape of "october 1 2021" until "q" turns out not to be a month
        return FORMS.stream()
                .map(form -> form.read(normalised))
                .flatMap(Optional::stream)
                .findFirst()
                .map(end -> new DueDate(end.date(), end.precision(), label));
    }

    private static String normalise(String label) {
        List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(label.toLowerCase(Locale.ROOT))));
        while (!words.isEmpty() && LEADING_WORDS.contains(words.get(0))) {
            words.remove(0);
        }
        words.removeIf(LINKING_WORDS::contains);
        return String.join(" ", words);
    }

    private static Optional<End> day(String year, String month, String day) {
        return Optional.of(new End(LocalDate.of(year(year), number(month), number(day)), Precision.DAY));
    }

    private static Optional<End> dayOfNamedMonth(String day, String monthName, String year) {
        return Optional.ofNullable(MONTHS.get(monthName))
                .map(month -> new End(LocalDate.of(year(year), month, number(day)), Precision.DAY));
    }

    private static Optional<End> monthEnd(int year, int month) {
        return Optional.of(new End(YearMonth.of(year, month).atEndOfMonth(), Precision.MONTH));
    }

    private static Optional<End> quarterEnd(int year, int quarter) {
        return Optional.of(new End(YearMonth.of(year, quarter * 3).atEndOfMonth(), Precision.QUARTER));
    }

    private static Optional<End> halfEnd(int year, int half) {
        return Optional.of(new End(YearMonth.of(year, half * 6).atEndOfMonth(), Precision.HALF));
    }

    private static Optional<End> yearEnd(int year) {
        return Optional.of(new End(LocalDate.of(year, Month.DECEMBER, 31), Precision.YEAR));
    }

    /** A month, season or part of the year followed by the year. */
    private static Optional<End> named(String name, int year) {
        return Optional.ofNullable(MONTHS.get(name))
                .flatMap(month -> monthEnd(year, month.getValue()))
                .or(() -> Optional.ofNullable(SEASONS.get(name)).map(season -> season.end(year)))
                .or(() -> Optional.ofNullable(PARTS_OF_YEAR.get(name)).map(part -> part.end(year)));
    }

    private static Optional<Integer> ordinal(String word, int max) {
        return Optional.ofNullable(ORDINALS.get(word)).filter(n -> n <= max);
    }

    private static int year(String digits) {
        int year = digits.length() == 2 ? FIRST_YEAR + number(digits) : number(digits);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DateTimeException("Year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return year;
    }

    private static int number(String digits) {
        // The patterns only let through one to four ASCII digits
        return Integer.parseInt(digits);
    }

    private static Form form(String regex, Function<MatchResult, Optional<End>> read) {
        return new Form(Pattern.compile(regex), read);
    }

    /** Every name of a value in {@code names} (space-separated) to that value; a name given twice fails at start-up. */
    private static <T> Map<String, T> index(Map<T, String> names) {
        return names.entrySet().stream()
                .flatMap(e -> Arrays.stream(e.getValue().split(" ")).map(name -> entry(name, e.getKey())))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** One way of writing a date: the whole normalised text must match, and the words in it must be known. */
    private record Form(Pattern pattern, Function<MatchResult, Optional<End>> resolve) {

        Optional<End> read(String text) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            try {
                return resolve.apply(matcher);
            } catch (DateTimeException e) {
                // How LocalDate and year() refuse 31-02-2021, month 13 and years outside 2000–2100: as unreadable
                // as free text, so the user gets the same explanation
                return Optional.empty();
            }
        }
    }

    /** What a form resolved to, before the label is attached. */
    private record End(LocalDate date, Precision precision) {}

    /** Meteorological seasons, by their last month. */
    private enum Season {
        SPRING(Month.MAY),
        SUMMER(Month.AUGUST),
        AUTUMN(Month.NOVEMBER),
        WINTER(Month.FEBRUARY);

        private final Month lastMonth;

        Season(Month lastMonth) {
            this.lastMonth = lastMonth;
        }

        End end(int year) {
            // Winter 2021 runs from December 2021, so it ends in February 2022
            int endYear = this == WINTER ? year + 1 : year;
            return new End(YearMonth.of(endYear, lastMonth).atEndOfMonth(), Precision.SEASON);
        }
    }

    /** "begin", "medio", "eind": how plans place a deadline in a year without committing to a quarter. */
    private enum PartOfYear {
        // "begin 2022" is the first quarter, and we hold the user to its end
        BEGINNING(Month.MARCH, Precision.QUARTER),
        MIDDLE(Month.JUNE, Precision.MONTH),
        END(Month.DECEMBER, Precision.MONTH);

        private final Month lastMonth;
        private final Precision precision;

        PartOfYear(Month lastMonth, Precision precision) {
            this.lastMonth = lastMonth;
            this.precision = precision;
        }

        End end(int year) {
            return new End(YearMonth.of(year, lastMonth).atEndOfMonth(), precision);
        }
    }
}
