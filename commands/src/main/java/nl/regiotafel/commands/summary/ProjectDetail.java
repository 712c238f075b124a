package nl.regiotafel.commands.summary;

import java.util.List;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.update.Update;

/**
 * One project as the progress report shows it: its record, its latest update up to the reference moment, and its
 * planning.
 *
 * @param project the project
 * @param latest the latest version of its latest update posted before {@link SummaryQuery#asOf()}, or null
 * @param next its open milestones by due date, at most {@link SummaryStore#NEXT_MILESTONES}
 * @param openMilestones how many open milestones it has
 * @param overdueMilestones how many of them are overdue on {@link SummaryQuery#refDay()}
 * @param doneThisPeriod milestones it reached in the period
 * @param trend its KPI values per round up to this one, oldest first
 */
public record ProjectDetail(
        Project project,
        Update latest,
        List<Milestone> next,
        int openMilestones,
        int overdueMilestones,
        List<Milestone> doneThisPeriod,
        List<nl.regiotafel.commands.project.KpiTrend.Point> trend) {

    public ProjectDetail {
        trend = List.copyOf(trend);
        next = List.copyOf(next);
        doneThisPeriod = List.copyOf(doneThisPeriod);
    }
}
