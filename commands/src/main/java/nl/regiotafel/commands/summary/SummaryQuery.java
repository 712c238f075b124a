package nl.regiotafel.commands.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * What {@link SummaryStore} computes: the scope, the period and the instants that period means in the network's zone.
 *
 * <p>A summary compares two moments: the start of the period (which is the end of the previous one) and {@code asOf},
 * the end of the period or now if the period is still running. "Overdue" is measured against {@code refDay}, the day
 * of {@code asOf}.
 *
 * @param networkId the network
 * @param scope which projects
 * @param period the period summarised
 * @param reportingKey the key of the reporting period whose updates count as "reported" (the network's calendar
 *     period that contains the last day summarised)
 * @param start the first instant of the period
 * @param previousStart the first instant of the previous period (help requests are shown from then on)
 * @param asOf the end of the period, or now when it has not ended
 * @param refDay the day of {@code asOf} in the network's zone: milestones due before it and still open are overdue
 * @param windowStart first day of the milestone chart: the start of the previous period
 * @param windowEnd last day of the milestone chart: the end of the next period
 * @param listLimit the most items of each list (milestones, projects, help) to return; totals are always exact
 */
public record SummaryQuery(
        String networkId,
        SummaryScope scope,
        ReportingPeriod period,
        String reportingKey,
        Instant start,
        Instant previousStart,
        Instant asOf,
        LocalDate refDay,
        LocalDate windowStart,
        LocalDate windowEnd,
        int listLimit) {

    public SummaryQuery {
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(period);
    }

    /**
     * The query for {@code period} as seen at {@code now}.
     *
     * @throws IllegalArgumentException when the period has not started at {@code now}
     */
    public static SummaryQuery of(
            String networkId,
            SummaryScope scope,
            ReportingPeriod period,
            ReportingCalendar calendar,
            ZoneId zone,
            Instant now,
            int listLimit) {
        Instant start = period.startInstant(zone);
        if (now.isBefore(start)) {
            throw new IllegalArgumentException("Period " + period.key() + " has not started at " + now);
        }
        Instant end = period.endExclusiveInstant(zone);
        Instant asOf = now.isBefore(end) ? now : end;
        LocalDate refDay = LocalDate.ofInstant(asOf, zone);
        LocalDate lastDay = refDay.isAfter(period.end()) ? period.end() : refDay;
        return new SummaryQuery(
                networkId,
                scope,
                period,
                calendar.periodOf(lastDay).key(),
                start,
                period.previous().startInstant(zone),
                asOf,
                refDay,
                period.previous().start(),
                period.next().end(),
                listLimit);
    }

    /** The period after this one, whose milestones are "due next period". */
    public ReportingPeriod next() {
        return period.next();
    }

    /**
     * The last day summarised: the period's last day, or today while it runs. A milestone reached after this day was
     * still open at {@code asOf}.
     */
    public LocalDate lastDay() {
        return refDay.isAfter(period.end()) ? period.end() : refDay;
    }

    /** Whether the period is over at {@code asOf}. */
    public boolean ended() {
        return refDay.isAfter(period.end());
    }
}
