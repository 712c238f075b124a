package nl.regiotafel.commands.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.network.ReportingCalendar.Round;
import nl.regiotafel.commands.reminder.Absence;

/**
 * Who a round expects a report from and who has not reported yet: the one reading of a snapshot behind {@code /round
 * show}, the live round board and the reminders' "still missing", so they all count the same.
 *
 * @param expected the active projects that owe an update (running or not started), in code order
 * @param missing those of them without an update for the round, in code order
 */
public record RoundProgress(List<ProjectSnapshot> expected, List<ProjectSnapshot> missing) {

    public RoundProgress {
        expected = List.copyOf(expected);
        missing = List.copyOf(missing);
    }

    /** The progress of a round as its snapshot has it. */
    public static RoundProgress of(RoundSnapshot snapshot) {
        List<ProjectSnapshot> expected = snapshot.projects().stream()
                .filter(p -> !p.project().archived() && p.project().status().reports())
                .toList();
        return new RoundProgress(
                expected, expected.stream().filter(p -> !p.reported()).toList());
    }

    public int reported() {
        return expected.size() - missing.size();
    }

    /**
     * Whether every leader of a project is away on the round's deadline, so nobody should chase it. A project without
     * leaders is never away.
     *
     * @param away each user's absence, by user id
     */
    public static boolean away(ProjectSnapshot project, Round round, Map<String, Absence> away) {
        LocalDate day = round.deadline();
        List<String> leaders = project.project().leaders();
        return !leaders.isEmpty()
                && leaders.stream()
                        .allMatch(id -> away.containsKey(id) && away.get(id).covers(day));
    }
}
