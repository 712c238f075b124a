package nl.regiotafel.commands.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiotafel.commands.api.UserError;

/**
 * A month, quarter, half year or year that reports and reminders are about, numbered within its calendar year:
 * {@code new ReportingPeriod(Kind.QUARTER, 2021, 3)} is July to September 2021.
 *
 * <p>Periods are calendar dates; which instants they cover depends on the network's zone, so {@link
 * #startInstant(ZoneId)} and {@link #endExclusiveInstant(ZoneId)} take it. A report "for Q3" run at 1 October 00:30 in
 * Amsterdam must not still be in Q3 because it is 30 September in UTC.
 *
 * @param kind how long the period is
 * @param year the calendar year, 1 to 9999 so that the key has four digits
 * @param index the number of the period in its year, from 1: month 1–12, quarter 1–4, half 1–2, year always 1
 */
public record ReportingPeriod(Kind kind, int year, int index) {

    /** Forms named when a period cannot be read; they read the same in Dutch and English. */
    public static final String EXAMPLES = "Q3 2021, 2021-Q3, H2 2021, september 2021, 2021-09, 2021";

    // The keys key() writes, and nothing else: Q3 or H2 in capitals, months with two digits
    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-Q([1-4])|-H([12])|-(\\d{2}))?");

    /** The lengths of period we report on. */
    public enum Kind {
        MONTH(1),
        QUARTER(3),
        HALF(6),
        YEAR(12);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        /** How many months a period of this kind lasts. */
        public int months() {
            return months;
        }

        /** How many periods of this kind make a year. */
        public int perYear() {
            return 12 / months;
        }
    }

    /** @throws IllegalArgumentException when the year or index does not exist for the kind */
    public ReportingPeriod {
        Objects.requireNonNull(kind, "kind");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " is outside 1–9999");
        }
        if (index < 1 || index > kind.perYear()) {
            throw new IllegalArgumentException("A year has no " + kind + " " + index + ", only 1 to " + kind.perYear());
        }
    }

    /** The period of {@code kind} that contains {@code date}. */
    public static ReportingPeriod containing(Kind kind, LocalDate date) {
        return new ReportingPeriod(kind, date.getYear(), (date.getMonthValue() - 1) / kind.months() + 1);
    }

    public static ReportingPeriod monthOf(LocalDate date) {
        return containing(Kind.MONTH, date);
    }

    public static ReportingPeriod quarterOf(LocalDate date) {
        return containing(Kind.QUARTER, date);
    }

    public static ReportingPeriod halfOf(LocalDate date) {
        return containing(Kind.HALF, date);
    }

    public static ReportingPeriod yearOf(LocalDate date) {
        return containing(Kind.YEAR, date);
    }

    /** The first day of the period. */
    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * kind.months() + 1, 1);
    }

    /** The last day of the period, inclusive. */
    public LocalDate end() {
        return start().plusMonths(kind.months()).minusDays(1);
    }

    /** Midnight at the start of the first day in {@code zone}. */
    public Instant startInstant(ZoneId zone) {
        // atStartOfDay, not atTime(MIDNIGHT): where a clock change skips midnight, the day starts at the first instant
        return start().atStartOfDay(zone).toInstant();
    }

    /**
     * Midnight at the start of the day after the period in {@code zone}: the first instant that is no longer in it. A
     * period that spans a clock change is an hour shorter or longer than its days times 24 hours.
     */
    public Instant endExclusiveInstant(ZoneId zone) {
        // Not next().startInstant(zone): the period after 9999-Q4 does not exist, its first day does
        return start().plusMonths(kind.months()).atStartOfDay(zone).toInstant();
    }

    /** The period of the same kind just before this one, across the year boundary if need be. */
    public ReportingPeriod previous() {
        return plus(-1);
    }

    /** The period of the same kind just after this one, across the year boundary if need be. */
    public ReportingPeriod next() {
        return plus(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Whether {@code instant} falls in this period on the calendar of {@code zone}. */
    public boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(startInstant(zone)) && instant.isBefore(endExclusiveInstant(zone));
    }

    /**
     * A stable key for storage and ledgers: {@code 2021-09}, {@code 2021-Q3}, {@code 2021-H2}, {@code 2021}. Read back
     * with {@link #parseKey(String)}.
     */
    public String key() {
        return switch (kind) {
            case MONTH -> String.format("%04d-%02d", year, index);
            case QUARTER -> String.format("%04d-Q%d", year, index);
            case HALF -> String.format("%04d-H%d", year, index);
            case YEAR -> String.format("%04d", year);
        };
    }

    /**
     * The period of a key written by {@link #key()}. Keys come from our own storage, so anything else is a bug, not a
     * user's typo; users' text goes through {@link #parse(String)}.
     *
     * @throws IllegalArgumentException when {@code key} is not exactly such a key
     */
    public static ReportingPeriod parseKey(String key) {
        Matcher matcher = KEY.matcher(Objects.requireNonNull(key, "key"));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a reporting period key: " + key);
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            return new ReportingPeriod(Kind.QUARTER, year, Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            return new ReportingPeriod(Kind.HALF, year, Integer.parseInt(matcher.group(3)));
        }
        if (matcher.group(4) != null) {
            return new ReportingPeriod(Kind.MONTH, year, Integer.parseInt(matcher.group(4)));
        }
        return new ReportingPeriod(Kind.YEAR, year, 1);
    }

    /**
     * Reads a period as a user writes it: every month, quarter, half-year or year form that {@link DueDateParser}
     * accepts ({@code Q3 2021}, {@code 2021-Q3}, {@code derde kwartaal 2021}, {@code tweede helft 2021}, {@code
     * september 2021}, {@code 2021-09}, {@code 2021}), including its vaguer ones ({@code begin 2022} is Q1, {@code
     * medio 2021} is June, {@code eind 2021} is December).
     *
     * @throws UserError {@code error.period.unreadable} with the text and {@link #EXAMPLES} for anything else, also for
     *     a single day or a season, which are no reporting periods
     */
    public static ReportingPeriod parse(String text) {
        return DueDateParser.tryParse(text)
                .flatMap(ReportingPeriod::of)
                .orElseThrow(
                        () -> new UserError("error.period.unreadable", text == null ? "" : text.strip(), EXAMPLES));
    }

    private static Optional<ReportingPeriod> of(DueDate due) {
        // A due date of a period is that period's last day, which lies in it
        return switch (due.precision()) {
            case MONTH -> Optional.of(monthOf(due.date()));
            case QUARTER -> Optional.of(quarterOf(due.date()));
            case HALF -> Optional.of(halfOf(due.date()));
            case YEAR -> Optional.of(yearOf(due.date()));
            case DAY, SEASON -> Optional.empty();
        };
    }

    private ReportingPeriod plus(int periods) {
        int perYear = kind.perYear();
        int counted = year * perYear + (index - 1) + periods;
        return new ReportingPeriod(kind, Math.floorDiv(counted, perYear), Math.floorMod(counted, perYear) + 1);
    }
}
