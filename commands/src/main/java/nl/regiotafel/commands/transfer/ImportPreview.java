package nl.regiotafel.commands.transfer;

import java.util.List;

/**
 * What an import file would do, found by reading and checking all of it before anything is written.
 *
 * @param problems everything wrong; when not empty, nothing may be written
 * @param projects patches of the projects that are new or change
 * @param projectsUnchanged projects in the file that already are as the file says
 * @param milestones patches of the milestones that are new or change (new ones still without a number)
 * @param milestonesUnchanged milestones in the file that already are as the file says
 * @param newRegions regions the network does not know yet, as first written in the file
 * @param newThemes themes the network does not know yet
 * @param ignoredColumns headers that name no column we know, as {@code sheet: header}
 * @param leaderNames leaders given by name rather than by id or mention
 */
public record ImportPreview(
        List<ImportProblem> problems,
        List<ProjectPatch> projects,
        int projectsUnchanged,
        List<MilestonePatch> milestones,
        int milestonesUnchanged,
        List<String> newRegions,
        List<String> newThemes,
        List<String> ignoredColumns,
        List<String> leaderNames) {

    public ImportPreview {
        problems = List.copyOf(problems);
        projects = List.copyOf(projects);
        milestones = List.copyOf(milestones);
        newRegions = List.copyOf(newRegions);
        newThemes = List.copyOf(newThemes);
        ignoredColumns = List.copyOf(ignoredColumns);
        leaderNames = List.copyOf(leaderNames);
    }

    public long projectsCreated() {
        return projects.stream().filter(ProjectPatch::create).count();
    }

    public long projectsUpdated() {
        return projects.size() - projectsCreated();
    }

    public long milestonesCreated() {
        return milestones.stream().filter(MilestonePatch::create).count();
    }

    public long milestonesUpdated() {
        return milestones.size() - milestonesCreated();
    }

    /** Whether confirming would write anything. */
    public boolean changesSomething() {
        return !projects.isEmpty() || !milestones.isEmpty() || !newRegions.isEmpty() || !newThemes.isEmpty();
    }
}
