package nl.regiotafel.commands.summary;

import java.util.List;

/**
 * Port: counts and lists for regional summaries and progress reports, computed by the database in a fixed handful of
 * queries whatever the number of projects.
 *
 * <p><b>History.</b> The status and phase of a project at an earlier instant come from the audit log: every change of
 * either ({@code project.edit} by hand, {@code update.apply} from an update) is recorded with its time, old and new
 * value. At instant T a project had the new value of its last change before T; if it changed only after T, the old
 * value of its first change after T; if it never changed, its current value. Projects created at or after T did not
 * exist yet. Region, theme and pillar are taken as they are now.
 */
public interface SummaryStore {

    /** How many open milestones {@link ProjectDetail#next()} holds. */
    int NEXT_MILESTONES = 5;

    SummaryData summarize(SummaryQuery query);

    /**
     * Every active project in scope, ordered by theme and code, with its latest update and planning.
     *
     * @return the projects, and the database commands it took
     */
    Details details(SummaryQuery query);

    /**
     * The projects of a report.
     *
     * @param projects in theme and code order
     * @param roundTrips how many database commands it took
     */
    record Details(List<ProjectDetail> projects, int roundTrips) {

        public Details {
            projects = List.copyOf(projects);
        }
    }
}
