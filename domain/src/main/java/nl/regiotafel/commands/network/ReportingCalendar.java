package nl.regiotafel.commands.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * When a network reports progress (voortgangsrapportage). Default: quarterly, the round opens 14 days before the
 * quarter ends and updates are due 10 days after it ends. Twice-yearly (the ZN report's March and October) and monthly
 * networks choose another period kind.
 *
 * @param kind the period length
 * @param opensDaysBefore how many days before the period ends the round opens
 * @param deadlineDaysAfter how many days after the period ends updates are due (and may still be edited)
 */
public record ReportingCalendar(ReportingPeriod.Kind kind, int opensDaysBefore, int deadlineDaysAfter) {

    public static final ReportingCalendar DEFAULT = new ReportingCalendar(ReportingPeriod.Kind.QUARTER, 14, 10);

    /** The period a day belongs to. */
    public ReportingPeriod periodOf(LocalDate day) {
        return ReportingPeriod.containing(kind, day);
    }

    /** The last day on which updates for {@code period} are due and editable. */
    public LocalDate deadline(ReportingPeriod period) {
        return period.end().plusDays(deadlineDaysAfter);
    }

    /** The day the reporting round for {@code period} opens. */
    public LocalDate opens(ReportingPeriod period) {
        return period.end().minusDays(opensDaysBefore);
    }

    /** The reporting round of {@code period}: when it opens and its deadline. */
    public Round round(ReportingPeriod period) {
        return new Round(period, opens(period), deadline(period));
    }

    /**
     * The round whose window (from its opening to its deadline, both inclusive) contains {@code day}, if any. Where a
     * calendar makes two windows overlap, the older round is the one still being reported on: it closes first.
     */
    public Optional<Round> openRound(LocalDate day) {
        // Open on day means: day - deadlineDaysAfter <= period end <= day + opensDaysBefore
        ReportingPeriod last = periodOf(day.plusDays(opensDaysBefore));
        for (ReportingPeriod period = periodOf(day.minusDays(deadlineDaysAfter)); ; period = period.next()) {
            Round round = round(period);
            if (round.isOpen(day)) {
                return Optional.of(round);
            }
            if (period.equals(last)) {
                return Optional.empty();
            }
        }
    }

    /**
     * The period that a report made on {@code day} is about: the period of the round open for reporting (also after
     * the period itself has ended, until the deadline), else the period that contains the day.
     */
    public ReportingPeriod reportingPeriod(LocalDate day) {
        return openRound(day).map(Round::period).orElseGet(() -> periodOf(day));
    }

    /**
     * One reporting round: a period, the day it opens and its deadline.
     *
     * @param period the period reported on
     * @param opens the first day leaders are asked to report
     * @param deadline the last day an update counts for the round; the round closes (freezes) at the end of it
     */
    public record Round(ReportingPeriod period, LocalDate opens, LocalDate deadline) {

        /** Whether the round has opened on {@code day}. */
        public boolean hasOpened(LocalDate day) {
            return !day.isBefore(opens);
        }

        /** Whether {@code day} lies in the reporting window. */
        public boolean isOpen(LocalDate day) {
            return hasOpened(day) && !day.isAfter(deadline);
        }

        /** Whether the deadline has passed on {@code day}. */
        public boolean isClosed(LocalDate day) {
            return day.isAfter(deadline);
        }

        /** The first instant after the deadline day in {@code zone}: the moment the round closes. */
        public Instant closesAt(ZoneId zone) {
            return deadline.plusDays(1).atStartOfDay(zone).toInstant();
        }

        /** Whether an update posted at {@code postedAt} for this round came after it closed. */
        public boolean isLate(Instant postedAt, ZoneId zone) {
            return !postedAt.isBefore(closesAt(zone));
        }
    }
}
