package nl.regiotafel.commands.network;

import java.time.LocalDate;
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
}
