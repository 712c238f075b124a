package nl.regiotafel.commands.reminder;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * What a reminder is about: a project's milestone, a reporting round, or the week of a digest. The ledger stores it in
 * its {@link #stored()} form ({@code tizv-glasses#3}, {@code 2021-Q3}, {@code 2021-W40}), the same strings earlier
 * versions wrote, so existing entries read back as these types.
 */
public sealed interface ReminderSubject {

    /** The form kept in the ledger and shown in {@code /reminders show}. */
    String stored();

    /** A milestone by its project and number. */
    record Milestone(String projectCode, int number) implements ReminderSubject {
        public Milestone {
            Objects.requireNonNull(projectCode);
        }

        @Override
        public String stored() {
            return projectCode + "#" + number;
        }
    }

    /** A reporting round by its period. */
    record Round(ReportingPeriod period) implements ReminderSubject {
        public Round {
            Objects.requireNonNull(period);
        }

        @Override
        public String stored() {
            return period.key();
        }
    }

    /** The ISO week of a weekly digest. */
    record Week(int year, int week) implements ReminderSubject {
        public Week {
            if (week < 1 || week > 53) {
                throw new IllegalArgumentException("Not an ISO week: " + week);
            }
        }

        @Override
        public String stored() {
            return String.format("%04d-W%02d", year, week);
        }
    }

    /** A milestone's subject. */
    static ReminderSubject milestone(String projectCode, int number) {
        return new Milestone(projectCode, number);
    }

    /** A round's subject, from its period's key ({@code 2021-Q3}). */
    static ReminderSubject round(String periodKey) {
        return new Round(ReportingPeriod.parseKey(periodKey));
    }

    /** The ledger's form of a milestone: the project code (which may hold anything) before the last {@code #}. */
    Pattern MILESTONE = Pattern.compile("^(.+)#(\\d{1,9})$");

    /** The ledger's form of a week. */
    Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    /**
     * Reads the stored form back, as the kind of reminder says it was written. The ledger is written by this code only,
     * so a form that does not fit is a bug or damaged data.
     *
     * @throws IllegalArgumentException when {@code stored} is not a subject of that kind
     */
    static ReminderSubject parse(ReminderKind kind, String stored) {
        Objects.requireNonNull(stored, "subject");
        switch (kind) {
            case MILESTONE_BEFORE, MILESTONE_DUE, MILESTONE_OVERDUE -> {
                Matcher matcher = MILESTONE.matcher(stored);
                if (matcher.matches()) {
                    return new Milestone(matcher.group(1), Integer.parseInt(matcher.group(2)));
                }
            }
            case ROUND_OPEN, ROUND_DEADLINE, ROUND_ESCALATION -> {
                return new Round(ReportingPeriod.parseKey(stored));
            }
            case DIGEST -> {
                Matcher matcher = WEEK.matcher(stored);
                if (matcher.matches()) {
                    return new Week(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                }
            }
        }
        throw new IllegalArgumentException("Not the subject of a " + kind + " reminder: " + stored);
    }
}
