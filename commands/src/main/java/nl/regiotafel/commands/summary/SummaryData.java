package nl.regiotafel.commands.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.time.DueDate;

/**
 * A regional summary as counted by the database (§4.6 of the domain notes): projects and organisations, status and
 * phase at the start of the period and at its end (or now), per theme and pillar, health, milestones, who has not
 * reported, KPI totals and the latest help requests.
 *
 * <p>Status and phase "at the start" are what they were at the end of the previous period, reconstructed from the
 * audit log; see {@link SummaryStore}.
 *
 * @param statusAtStart projects per status at the start of the period (projects that existed then)
 * @param statusAtEnd projects per status at {@link SummaryQuery#asOf()}
 * @param phaseAtStart projects per phase at the start
 * @param phaseAtEnd projects per phase at {@code asOf}
 * @param statusByTheme per theme, projects per status at {@code asOf}; themes in alphabetical order
 * @param byPillar projects per pillar at {@code asOf}; the key {@code ""} holds projects without a pillar
 * @param organisations distinct participating organisations (case-insensitive)
 * @param health projects per latest reported health up to {@code asOf}
 * @param healthNone projects that never reported a health
 * @param doneThisPeriod milestones reached in the period
 * @param dueThisPeriod open milestones still due in the period (from {@code refDay} to its end)
 * @param dueNextPeriod open milestones due in the next period
 * @param overdue milestones due before {@code refDay} and not reached by then
 * @param months milestones per month from {@link SummaryQuery#windowStart()} to {@link SummaryQuery#windowEnd()}
 * @param notReported running and not-yet-started projects without an update for the reporting period
 * @param kpiTotals KPI targets and actuals added up per unit (percentages are never added)
 * @param help the latest help requests of this and the previous period, newest first, one per project
 * @param roundTrips how many database commands computing this took
 * @param healthAtStart projects per health in the previous round
 * @param healthNoneAtStart projects without a health in the previous round
 * @param reporting who reported, in this round and the previous one
 */
public record SummaryData(
        Map<ProjectStatus, Integer> statusAtStart,
        Map<ProjectStatus, Integer> statusAtEnd,
        Map<Phase, Integer> phaseAtStart,
        Map<Phase, Integer> phaseAtEnd,
        Map<String, Map<ProjectStatus, Integer>> statusByTheme,
        Map<String, Integer> byPillar,
        int organisations,
        Map<Health, Integer> health,
        int healthNone,
        Listing<MilestoneItem> doneThisPeriod,
        Listing<MilestoneItem> dueThisPeriod,
        Listing<MilestoneItem> dueNextPeriod,
        Listing<MilestoneItem> overdue,
        List<MonthCount> months,
        Listing<ProjectRef> notReported,
        List<KpiTotal> kpiTotals,
        Listing<HelpItem> help,
        int roundTrips,
        Map<Health, Integer> healthAtStart,
        int healthNoneAtStart,
        Reporting reporting) {

    /**
     * How many projects reported in this round and in the previous one.
     *
     * @param reported running and not-yet-started projects with an update for the round
     * @param expected running and not-yet-started projects
     * @param reportedBefore the same in the previous round
     * @param expectedBefore the same in the previous round
     */
    public record Reporting(int reported, int expected, int reportedBefore, int expectedBefore) {}

    public SummaryData {
        statusAtStart = complete(ProjectStatus.class, ProjectStatus.values(), statusAtStart);
        statusAtEnd = complete(ProjectStatus.class, ProjectStatus.values(), statusAtEnd);
        phaseAtStart = complete(Phase.class, Phase.values(), phaseAtStart);
        phaseAtEnd = complete(Phase.class, Phase.values(), phaseAtEnd);
        health = complete(Health.class, Health.values(), health);
        healthAtStart = complete(Health.class, Health.values(), healthAtStart);
        // Ordered as given (alphabetically by the store), so charts and tables read the same every time
        statusByTheme = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statusByTheme));
        byPillar = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPillar));
        months = List.copyOf(months);
        kpiTotals = List.copyOf(kpiTotals);
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, E[] all, Map<E, Integer> counts) {
        EnumMap<E, Integer> full = new EnumMap<>(type);
        Arrays.stream(all).forEach(e -> full.put(e, counts.getOrDefault(e, 0)));
        return java.util.Collections.unmodifiableMap(full);
    }

    /** Projects in scope at {@code asOf}. */
    public int projects() {
        return statusAtEnd.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Projects in scope at the start of the period. */
    public int projectsAtStart() {
        return statusAtStart.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The success share as the ZN progress report defines it (§4.2): succeeded ÷ (succeeded + not succeeded), 0..1, or
     * -1 when no project has been completed. Projects stopped early are not completed; they are reported beside it.
     */
    public static double successRate(Map<ProjectStatus, Integer> status) {
        int succeeded = status.getOrDefault(ProjectStatus.AFGEROND_SUCCESVOL, 0);
        int completed = succeeded + status.getOrDefault(ProjectStatus.AFGEROND_NIET_SUCCESVOL, 0);
        return completed == 0 ? -1 : (double) succeeded / completed;
    }

    /**
     * The first items of a list, and how many there are in all.
     *
     * @param items at most {@link SummaryQuery#listLimit()} items
     * @param total how many there are
     */
    public record Listing<T>(List<T> items, int total) {

        public Listing {
            items = List.copyOf(items);
        }

        public static <T> Listing<T> empty() {
            return new Listing<>(List.of(), 0);
        }

        public boolean truncated() {
            return items.size() < total;
        }
    }

    /**
     * A milestone with its project, for lists in summaries.
     *
     * @param projectCode the project
     * @param projectName its name
     * @param leaders its leaders' user ids
     * @param number the milestone number
     * @param title the milestone
     * @param due when it is due
     * @param doneOn when it was reached, or null
     * @param ownerId who is responsible, or null for the leaders
     */
    public record MilestoneItem(
            String projectCode,
            String projectName,
            List<String> leaders,
            int number,
            String title,
            DueDate due,
            LocalDate doneOn,
            String ownerId) {

        public MilestoneItem {
            leaders = List.copyOf(leaders);
        }
    }

    /**
     * Milestones of one month.
     *
     * @param month {@code 2021-09}
     * @param due milestones due that month, reached or not
     * @param done milestones reached that month
     * @param overdue milestones due that month, before the reference day, and not reached by then
     */
    public record MonthCount(String month, int due, int done, int overdue) {}

    /**
     * A project in a list.
     *
     * @param code its code
     * @param name its name
     * @param leaders its leaders' user ids
     * @param status its status
     */
    public record ProjectRef(String code, String name, List<String> leaders, ProjectStatus status) {

        public ProjectRef {
            leaders = List.copyOf(leaders);
        }
    }

    /**
     * KPIs of one measure (the same label and unit) added up over the projects in scope.
     *
     * @param label the label as first written
     * @param unit the unit as first written
     * @param kpis how many KPIs have this unit
     * @param target the sum of their targets
     * @param actual the sum of their latest values
     */
    public record KpiTotal(String label, String unit, int kpis, double target, double actual) {}

    /**
     * The latest help request of a project.
     *
     * @param projectCode the project
     * @param projectName its name
     * @param period the update's reporting period
     * @param postedAt when it was posted
     * @param authorName who asked
     * @param text the request
     */
    public record HelpItem(
            String projectCode, String projectName, String period, Instant postedAt, String authorName, String text) {}
}
