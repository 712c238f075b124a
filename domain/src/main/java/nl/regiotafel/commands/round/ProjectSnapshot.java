package nl.regiotafel.commands.round;

import java.util.List;
import java.util.Objects;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.project.KpiTrend;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.update.Update;

/**
 * One project as a reporting round saw it: its record (region, theme, status, phase, health, leaders, KPI values and
 * targets as they were), the update that counts for the round, and its milestones as they stood.
 *
 * @param project the project as it was at the round's moment
 * @param update the latest version of its update for the round's period posted in time, or null when it did not
 *     report
 * @param milestones its milestones as they stood, by due date
 * @param trend its KPI values per round up to this one, oldest first
 */
public record ProjectSnapshot(Project project, Update update, List<Milestone> milestones, List<KpiTrend.Point> trend) {

    public ProjectSnapshot {
        Objects.requireNonNull(project);
        milestones = List.copyOf(milestones);
        trend = trend == null ? List.of() : List.copyOf(trend);
    }

    public String code() {
        return project.code();
    }

    public boolean reported() {
        return update != null;
    }
}
