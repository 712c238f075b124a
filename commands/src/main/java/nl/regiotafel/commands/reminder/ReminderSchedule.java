package nl.regiotafel.commands.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.time.DutchHolidays;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * When reminders fall due: pure date arithmetic in the network's time zone, so summer and winter time are right. A
 * day that is a weekend or a Dutch public holiday moves to the next working day.
 */
public final class ReminderSchedule {

    /** Days before the reporting deadline when those who have not reported are reminded again. */
    static final int DEADLINE_REMINDER_DAYS_BEFORE = 2;

    /** Days after the deadline when the managers hear what is missing. */
    static final int ESCALATION_DAYS_AFTER = 1;

    /**
     * One occurrence.
     *
     * @param kind what it is
     * @param subject its subject
     * @param at when it is due
     * @param detail what it was planned against
     */
    public record Occurrence(ReminderKind kind, ReminderSubject subject, Instant at, String detail) {}

    private ReminderSchedule() {}

    /** The moment of a reminder on {@code day}: the settings' time of day, on the next working day. */
    public static Instant at(LocalDate day, ReminderSettings settings, ZoneId zone) {
        return DutchHolidays.nextWorkingDay(day)
                .atTime(settings.sendAt())
                .atZone(zone)
                .toInstant();
    }

    /** A milestone's reminders due in [from, to): lead days before, the due day, and weekly while overdue. */
    public static List<Occurrence> milestone(
            Milestone milestone, ReminderSettings settings, ZoneId zone, Instant from, Instant to) {
        List<Occurrence> found = new ArrayList<>();
        if (!milestone.isOpen()) {
            return found;
        }
        ReminderSubject subject = new ReminderSubject.Milestone(milestone.projectCode(), milestone.number());
        LocalDate due = milestone.due().date();
        for (int lead : settings.leadDays()) {
            add(
                    found,
                    from,
                    to,
                    ReminderKind.MILESTONE_BEFORE,
                    subject,
                    at(due.minusDays(lead), settings, zone),
                    "due=" + due + ";lead=" + lead);
        }
        add(found, from, to, ReminderKind.MILESTONE_DUE, subject, at(due, settings, zone), "due=" + due);
        for (int week = 1; ; week++) {
            Instant when = at(due.plusWeeks(week), settings, zone);
            if (!when.isBefore(to)) {
                break;
            }
            add(found, from, to, ReminderKind.MILESTONE_OVERDUE, subject, when, "due=" + due + ";week=" + week);
        }
        return found;
    }

    /** The reporting rounds' opening, deadline reminder and escalation due in [from, to). */
    public static List<Occurrence> rounds(
            ReportingCalendar calendar, ReminderSettings settings, ZoneId zone, Instant from, Instant to) {
        List<Occurrence> found = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(from, zone).minusDays(calendar.deadlineDaysAfter() + 7L);
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(calendar.opensDaysBefore() + 7L);
        for (ReportingPeriod period = calendar.periodOf(first); !period.start().isAfter(last); period = period.next()) {
            ReminderSubject subject = new ReminderSubject.Round(period);
            LocalDate deadline = calendar.deadline(period);
            add(
                    found,
                    from,
                    to,
                    ReminderKind.ROUND_OPEN,
                    subject,
                    at(calendar.opens(period), settings, zone),
                    "deadline=" + deadline);
            add(
                    found,
                    from,
                    to,
                    ReminderKind.ROUND_DEADLINE,
                    subject,
                    at(deadline.minusDays(DEADLINE_REMINDER_DAYS_BEFORE), settings, zone),
                    "deadline=" + deadline);
            add(
                    found,
                    from,
                    to,
                    ReminderKind.ROUND_ESCALATION,
                    subject,
                    at(deadline.plusDays(ESCALATION_DAYS_AFTER), settings, zone),
                    "deadline=" + deadline);
        }
        return found;
    }

    /** The weekly digests due in [from, to), on the settings' weekday. */
    public static List<Occurrence> digests(ReminderSettings settings, ZoneId zone, Instant from, Instant to) {
        List<Occurrence> found = new ArrayList<>();
        LocalDate day =
                LocalDate.ofInstant(from, zone).minusDays(7).with(TemporalAdjusters.nextOrSame(settings.digestDay()));
        for (; !day.isAfter(LocalDate.ofInstant(to, zone).plusDays(7)); day = day.plusWeeks(1)) {
            ReminderSubject week = new ReminderSubject.Week(
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            add(found, from, to, ReminderKind.DIGEST, week, at(day, settings, zone), "day=" + day);
        }
        return found;
    }

    private static void add(
            List<Occurrence> found,
            Instant from,
            Instant to,
            ReminderKind kind,
            ReminderSubject subject,
            Instant at,
            String detail) {
        if (!at.isBefore(from) && at.isBefore(to)) {
            found.add(new Occurrence(kind, subject, at, detail));
        }
    }
}
