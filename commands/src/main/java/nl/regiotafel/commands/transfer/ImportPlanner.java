package nl.regiotafel.commands.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.FieldContext;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectField;
import nl.regiotafel.commands.project.ProjectFields;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.DueDateParser;
import nl.regiotafel.commands.transfer.ImportLayout.Line;
import nl.regiotafel.commands.transfer.ImportLayout.Sheet;

/**
 * Reads the tables of an import file against the network as it is and decides, row by row, what would be created,
 * changed or left alone — or what is wrong, with row, column and what is accepted. Writes nothing. Where things are in
 * the file is {@link ImportLayout}'s, the words it may use {@link ImportVocabulary}'s, what it must keep
 * {@link ImportRules}', and what its values match in the network {@link ImportMatching}'s; a project row is read
 * field by field as each {@link ProjectField} says.
 *
 * <p>In a project row, an empty cell clears an optional field (subregion, pillar, goal, leaders, portfolio holders,
 * organisations, related projects, and a milestone's done date and owner) and keeps a required one (name, region,
 * theme, phase, status; a milestone's date). A column that is not in the file changes nothing.
 */
final class ImportPlanner {

    /** Most data rows in one file. */
    static final int MAX_ROWS = ImportRules.MAX_ROWS;

    private final String networkId;
    private final LocalDate today;
    private final Instant now;
    private final ImportRules rules;
    private final ImportLayout layout;
    private final ImportVocabulary vocabulary;
    private final ImportMatching matching;

    /**
     * @param existing the network's projects by code, archived ones included
     * @param existingMilestones the milestones of those projects by project code
     * @param today the day in the network's time zone (a milestone cannot have been reached later)
     */
    ImportPlanner(
            String networkId,
            NetworkSettings settings,
            Map<String, Project> existing,
            Map<String, List<Milestone>> existingMilestones,
            LocalDate today,
            Instant now,
            Locale locale) {
        this.networkId = networkId;
        this.today = today;
        this.now = now;
        this.rules = new ImportRules(locale);
        this.layout = new ImportLayout(rules, locale);
        this.vocabulary = new ImportVocabulary(locale);
        this.matching = new ImportMatching(settings, existing, existingMilestones);
    }

    ImportPreview plan(List<Table> tables) {
        List<Sheet> sheets = layout.sheets(tables);
        rules.size(sheets, tables);
        if (rules.any()) {
            return preview(List.of(), 0, List.of(), 0);
        }
        rules.characters(sheets);
        if (rules.any()) {
            return preview(List.of(), 0, List.of(), 0);
        }
        Map<String, List<Line>> byCode = layout.byCode(sheets);
        matching.fileCodes(byCode.keySet());
        List<ProjectPatch> projectPatches = new ArrayList<>();
        List<MilestonePatch> milestonePatches = new ArrayList<>();
        int projectsUnchanged = 0;
        int milestonesUnchanged = 0;
        for (Map.Entry<String, List<Line>> entry : byCode.entrySet()) {
            String code = entry.getKey();
            Line projectLine = layout.projectLine(code, entry.getValue());
            boolean known = matching.known(code);
            if (projectLine != null) {
                Optional<ProjectPatch> patch = project(code, projectLine);
                if (patch.isPresent()) {
                    projectPatches.add(patch.get());
                } else if (known) {
                    projectsUnchanged++;
                }
                known = true;
            }
            Map<String, Line> seen = new HashMap<>();
            for (Line line : entry.getValue()) {
                if (!line.isMilestone()) {
                    continue;
                }
                if (!known) {
                    rules.problem(line, Column.CODE, "projectUnknown", code);
                    continue;
                }
                Optional<Optional<MilestonePatch>> milestone = milestone(code, line, seen);
                if (milestone.isPresent()) {
                    if (milestone.get().isPresent()) {
                        milestonePatches.add(milestone.get().get());
                    } else {
                        milestonesUnchanged++;
                    }
                }
            }
        }
        return preview(projectPatches, projectsUnchanged, milestonePatches, milestonesUnchanged);
    }

    private ImportPreview preview(
            List<ProjectPatch> projects, int projectsUnchanged, List<MilestonePatch> milestones, int unchanged) {
        return new ImportPreview(
                rules.sorted(),
                projects,
                projectsUnchanged,
                milestones,
                unchanged,
                matching.newRegions(),
                matching.newThemes(),
                layout.ignoredColumns(),
                matching.leaderNames());
    }

    /** The patch for a project row; empty when the project is unchanged or the row is wrong. */
    private Optional<ProjectPatch> project(String code, Line line) {
        int before = rules.count();
        Project current = matching.project(code);
        boolean create = current == null;
        Set<Column> fields = new LinkedHashSet<>();
        Project target = create ? ProjectFields.blank(networkId, code, now) : current;
        for (ProjectField<?> field : ProjectFields.editable()) {
            if (field.inFiles()) {
                target = cell(field, line, current, target, fields);
            }
        }
        if (create) {
            // As /project add does: a field left empty takes what the others imply (a theme that is a pillar)
            for (ProjectField<?> field : ProjectFields.editable()) {
                if (field.hasImplied() && field.isEmpty(target)) {
                    Project implied = implied(field, target, new Cell(line, code, null));
                    if (implied != target) {
                        target = implied;
                        if (field.inFiles()) {
                            fields.add(Column.of(field));
                        }
                    }
                }
            }
        }
        if (rules.count() > before) {
            return Optional.empty();
        }
        Project.Builder stamped = target.toBuilder();
        stamped.updatedAt = now;
        target = stamped.build();
        if (create) {
            // As /project add records it: the new project's name; its other values are in the project itself
            return Optional.of(new ProjectPatch(
                    target, fields, true, List.of(new Change(ProjectFields.NAME.name(), null, target.name()))));
        }
        List<Change> changes = ProjectFields.changes(current, target);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProjectPatch(target, fields, false, changes));
    }

    /**
     * {@code target} with one field as the row's cell says: a value is read, an empty cell keeps a required field and
     * empties an optional one — but a field that held what the others implied keeps following them, so importing the
     * same file twice changes nothing.
     */
    private <T> Project cell(ProjectField<T> field, Line line, Project current, Project target, Set<Column> fields) {
        Column column = Column.of(field);
        String text = rules.text(line, column, field.maxLength());
        Cell context = new Cell(line, target.code(), column);
        if (!text.isEmpty()) {
            fields.add(column);
            T value = field.read(text, context);
            // Null only with a problem reported: the row makes no patch
            return value == null ? target : field.with(target, value);
        }
        switch (field.presence()) {
            case REQUIRED -> {
                if (current == null) {
                    rules.required(line, column);
                }
                return target;
            }
            case KEPT -> {
                return target;
            }
            default -> {
                if (!line.sheet().has(column)) {
                    return target;
                }
                fields.add(column);
                if (current != null
                        && field.hasImplied()
                        && !field.isEmpty(current)
                        && Objects.equals(
                                field.get(current),
                                field.implied(current, context).orElse(null))) {
                    return field.with(target, field.implied(target, context).orElse(field.empty()));
                }
                return field.with(target, field.empty());
            }
        }
    }

    private static <T> Project implied(ProjectField<T> field, Project project, FieldContext context) {
        return field.implied(project, context).map(v -> field.with(project, v)).orElse(project);
    }

    /** Reading one cell of a row: what is wrong is a problem at that row and column, and the value is null. */
    private final class Cell implements FieldContext {
        private final Line line;
        private final String code;
        private final Column column;

        Cell(Line line, String code, Column column) {
            this.line = line;
            this.code = code;
            this.column = column;
        }

        /**
         * The network's region of this name; else a new one, added on confirmation; but a name within a typo of a
         * known one ({@code Zeeuwland}, {@code Zeeland}) is a problem that asks "did you mean", so no typo becomes a
         * region.
         */
        @Override
        public String region(String text) {
            Optional<String> known = matching.region(text);
            if (known.isPresent()) {
                return known.get();
            }
            Optional<String> close = matching.regionMeant(text);
            if (close.isPresent()) {
                rules.problem(line, column, "regionTypo", text, close.get());
                return close.get();
            }
            return matching.newRegion(text);
        }

        /** As {@link #region(String)}, for themes. */
        @Override
        public String theme(String text) {
            Optional<String> known = matching.theme(text);
            if (known.isPresent()) {
                return known.get();
            }
            Optional<String> close = matching.themeMeant(text);
            if (close.isPresent()) {
                rules.problem(line, column, "themeTypo", text, close.get());
                return close.get();
            }
            return matching.newTheme(text);
        }

        @Override
        public String pillar(String text) {
            Optional<String> known = matching.pillar(text);
            if (known.isEmpty()) {
                rules.problem(line, column, "pillar", text, matching.pillars());
            }
            return known.orElse(null);
        }

        @Override
        public Optional<String> pillarOfTheme(String theme) {
            return matching.pillarOfTheme(theme);
        }

        @Override
        public Phase phase(String text) {
            Optional<Phase> phase = vocabulary.phase(text);
            if (phase.isEmpty()) {
                rules.problem(line, column, "phase", text, vocabulary.acceptedPhases());
            }
            return phase.orElse(null);
        }

        @Override
        public ProjectStatus status(String text) {
            Optional<ProjectStatus> status = vocabulary.status(text);
            if (status.isEmpty()) {
                rules.problem(line, column, "status", text, vocabulary.acceptedStatuses());
            }
            return status.orElse(null);
        }

        @Override
        public String user(String text) {
            Optional<ImportVocabulary.Person> person = ImportVocabulary.person(text);
            if (person.isEmpty()) {
                rules.problem(line, column, "leader", text);
                return null;
            }
            if (person.get().byName()) {
                matching.named(person.get().id());
            }
            return person.get().id();
        }

        @Override
        public String related(String other) {
            if (!Projects.isValidCode(other) || other.equals(code) || !matching.projectExists(other)) {
                rules.problem(line, column, "related", other);
                return null;
            }
            return other;
        }
    }

    /**
     * The patch for a milestone row: empty when the row is wrong (reported), an empty patch when the milestone is
     * unchanged.
     */
    private Optional<Optional<MilestonePatch>> milestone(String code, Line line, Map<String, Line> seen) {
        int before = rules.count();
        String title = rules.text(line, Column.MILESTONE, ImportRules.MAX_TITLE);
        Milestone current = matching.milestone(code, line, title, rules);
        String identity = current != null ? "#" + current.number() : "title:" + Column.key(title);
        Line earlier = seen.putIfAbsent(identity, line);
        if (earlier != null) {
            rules.problem(
                    line, Column.MILESTONE, "duplicateMilestone", earlier.row().number());
        }
        boolean create = current == null;
        Set<Column> fields = new LinkedHashSet<>(List.of(Column.MILESTONE));
        DueDate due = current == null ? null : current.due();
        String dueText = rules.text(line, Column.DUE, ImportRules.MAX_DUE);
        if (!dueText.isEmpty()) {
            due = ImportVocabulary.date(dueText).orElse(null);
            if (due == null) {
                rules.problem(line, Column.DUE, "due", dueText, DueDateParser.EXAMPLES);
            }
            fields.add(Column.DUE);
        } else if (create) {
            rules.required(line, Column.DUE);
        }
        LocalDate doneOn = current == null ? null : current.doneOn();
        if (line.sheet().has(Column.DONE_ON)) {
            doneOn = rules.doneOn(line, line.cell(Column.DONE_ON), today);
            fields.add(Column.DONE_ON);
        }
        String owner = current == null ? null : current.ownerId();
        if (line.sheet().has(Column.OWNER)) {
            String ownerText = line.cell(Column.OWNER);
            owner = ownerText.isEmpty() ? null : new Cell(line, code, Column.OWNER).user(ownerText);
            fields.add(Column.OWNER);
        }
        if (rules.count() > before) {
            return Optional.empty();
        }
        Milestone target = new Milestone(
                networkId,
                code,
                current == null ? 0 : current.number(),
                title,
                due,
                MilestonePatch.status(doneOn),
                doneOn,
                owner,
                current == null ? 0 : current.moves(),
                current == null ? null : current.snoozedUntil(),
                current == null ? now : current.createdAt(),
                now,
                current == null ? 0 : current.version());
        List<Change> changes = new ArrayList<>();
        if (current == null) {
            diff(changes, "title", null, title);
        } else {
            diff(changes, "title", current.title(), target.title());
        }
        diff(
                changes,
                "due",
                current == null ? null : current.due().label(),
                target.due().label());
        diff(changes, "doneOn", current == null ? null : str(current.doneOn()), str(target.doneOn()));
        diff(changes, "owner", current == null ? null : current.ownerId(), target.ownerId());
        if (current != null && changes.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(Optional.of(new MilestonePatch(target, fields, create, changes)));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static void diff(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }
}
