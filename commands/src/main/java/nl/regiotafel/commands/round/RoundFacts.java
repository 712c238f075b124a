package nl.regiotafel.commands.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.KpiTrend;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * Takes the facts of a round from the stores: every project of a network as it stood at a moment, its update for the
 * round's period and its milestones.
 *
 * <p>For a moment in the past the projects are reconstructed from the audit log: every field change recorded at or
 * after the moment is undone, whoever made it (an edit, an update, an import, a setup change). Projects created after
 * the moment are left out, and so are updates posted and milestones added after it.
 */
public final class RoundFacts {

    /** The project fields the audit log records under these names and a snapshot reconstructs. */
    private static final Set<String> RECONSTRUCTED =
            Set.of("status", "phase", "health", "region", "subregion", "theme", "pillar", "archived", "name");

    private static final String KPI_PREFIX = "kpi ";

    private final ProjectStore projects;
    private final UpdateStore updates;
    private final MilestoneStore milestones;
    private final AuditStore audit;

    public RoundFacts(ProjectStore projects, UpdateStore updates, MilestoneStore milestones, AuditStore audit) {
        this.projects = projects;
        this.updates = updates;
        this.milestones = milestones;
        this.audit = audit;
    }

    /**
     * The network's projects as they stood at {@code asOf}, each with the latest version of its update for {@code
     * period} posted before {@code asOf}.
     *
     * @param now the present: at or after it nothing needs undoing
     */
    public List<ProjectSnapshot> at(String networkId, String period, Instant asOf, Instant now, ZoneId zone) {
        return facts(networkId, period, asOf, now, zone).projects();
    }

    /**
     * The facts at {@code asOf}, and whether anything that happened since had to be undone to see them.
     *
     * @param projects the projects as they stood, in code order
     * @param reconstructed whether a change, an update, a milestone or a project recorded after {@code asOf} was
     *     undone or left out: the state was reconstructed rather than simply read
     */
    public record Facts(List<ProjectSnapshot> projects, boolean reconstructed) {}

    /** As {@link #at}, saying whether the state had to be reconstructed. */
    public Facts facts(String networkId, String period, Instant asOf, Instant now, ZoneId zone) {
        boolean undone = false;
        Map<String, Map<String, String>> undo = asOf.isBefore(now) ? valuesAt(networkId, asOf) : Map.of();
        Map<String, Update> reports = new HashMap<>();
        Map<String, List<Update>> known = new HashMap<>();
        for (Update update : updates.everyVersion(networkId)) {
            if (!update.postedAt().isBefore(asOf)) {
                undone = true;
                continue;
            }
            known.computeIfAbsent(update.projectCode(), c -> new ArrayList<>()).add(update);
            if (update.period().equals(period)) {
                reports.merge(update.projectCode(), update, Update::later);
            }
        }
        LocalDate day = LocalDate.ofInstant(asOf.minusNanos(1), zone);
        Map<String, List<Milestone>> plans = new HashMap<>();
        for (Milestone milestone : milestones.list(networkId, null, false, null, Integer.MAX_VALUE)) {
            if (milestone.createdAt() != null && !milestone.createdAt().isBefore(asOf)) {
                undone = true;
                continue;
            }
            Milestone then = stoodOn(milestone, day);
            undone |= then != milestone;
            plans.computeIfAbsent(milestone.projectCode(), c -> new ArrayList<>())
                    .add(then);
        }
        List<ProjectSnapshot> snapshots = new ArrayList<>();
        for (Project project : projects.list(networkId, new ProjectFilter(null, null, null, null, null, true))) {
            if (project.createdAt() != null && !project.createdAt().isBefore(asOf)) {
                undone = true;
                continue;
            }
            Project then = undo(project, undo.getOrDefault(project.code(), Map.of()));
            List<Milestone> plan = plans.getOrDefault(project.code(), List.of()).stream()
                    .sorted(Comparator.comparing((Milestone m) -> m.due().date())
                            .thenComparing(Milestone::number))
                    .toList();
            snapshots.add(new ProjectSnapshot(
                    then,
                    reports.get(project.code()),
                    plan,
                    KpiTrend.of(known.getOrDefault(project.code(), List.of()), period)));
        }
        snapshots.sort(Comparator.comparing(ProjectSnapshot::code));
        return new Facts(snapshots, undone || !undo.isEmpty());
    }

    /** Per project, the value each field had at {@code asOf}: the old value of its first change from then on. */
    private Map<String, Map<String, String>> valuesAt(String networkId, Instant asOf) {
        Map<String, Map<String, String>> values = new HashMap<>();
        for (AuditEntry entry : audit.since(networkId, asOf)) {
            // Only changes of a project's own fields: milestone, setup and round entries use other subjects and names
            if (entry.subject() == null || !entry.action().changesProjectFields()) {
                continue;
            }
            for (AuditEntry.Change change : entry.changes()) {
                String field = change.field();
                if (RECONSTRUCTED.contains(field) || field.startsWith(KPI_PREFIX)) {
                    values.computeIfAbsent(entry.subject(), s -> new HashMap<>())
                            .putIfAbsent(field, change.before() == null ? "" : change.before());
                }
            }
        }
        return values;
    }

    private static Project undo(Project project, Map<String, String> values) {
        if (values.isEmpty()) {
            return project;
        }
        Project.Builder then = project.toBuilder();
        values.forEach((field, value) -> {
            String v = value.isEmpty() ? null : value;
            switch (field) {
                case "status" -> ProjectStatus.fromSlug(value).ifPresent(s -> then.status = s);
                case "phase" -> Phase.fromSlug(value).ifPresent(p -> then.phase = p);
                case "health" ->
                    then.health = v == null ? null : Health.fromSlug(v).orElse(then.health);
                case "region" -> then.region = v == null ? then.region : v;
                case "subregion" -> then.subRegion = v;
                case "theme" -> then.theme = v == null ? then.theme : v;
                case "pillar" -> then.pillar = v;
                case "name" -> then.name = v == null ? then.name : v;
                case "archived" -> then.archived = "true".equals(v);
                default -> then.kpis = withActual(then.kpis, field.substring(KPI_PREFIX.length()), v);
            }
        });
        return then.build();
    }

    private static List<Kpi> withActual(List<Kpi> kpis, String label, String value) {
        Double actual = number(value);
        if (actual == null && value != null) {
            // Not a value but a KPI's definition (a /project kpi entry): the values it changed are not known here
            return kpis;
        }
        return kpis.stream()
                .map(k -> k.label().equals(label) ? k.withActual(actual) : k)
                .toList();
    }

    private static Double number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A milestone as it stood at the end of {@code day}: reached later means still open then. */
    private static Milestone stoodOn(Milestone m, LocalDate day) {
        if (m.doneOn() != null && m.doneOn().isAfter(day)) {
            return new Milestone(
                    m.networkId(),
                    m.projectCode(),
                    m.number(),
                    m.title(),
                    m.due(),
                    MilestoneStatus.OPEN,
                    null,
                    m.ownerId(),
                    m.moves(),
                    m.snoozedUntil(),
                    m.createdAt(),
                    m.updatedAt(),
                    m.version(),
                    m.history());
        }
        return m;
    }
}
