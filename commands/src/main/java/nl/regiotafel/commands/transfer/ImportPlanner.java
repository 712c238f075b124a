package nl.regiotafel.commands.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.text.TextInput;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.DueDateParser;
import nl.regiotafel.commands.time.Precision;

/**
 * Reads the tables of an import file against the network as it is and decides, row by row, what would be created,
 * changed or left alone — or what is wrong, with row, column and what is accepted. Writes nothing.
 *
 * <p>The layout: every row names a project by its code. A row whose milestone column is empty is the project's row
 * (one per project); a row with a milestone title is one milestone of that project. Milestone rows may repeat the
 * project's columns (the same values) or leave them empty, and may stand on a sheet of their own. A project without a
 * project row takes its columns from its first milestone row, so a sheet with the project repeated on every milestone
 * row works too.
 *
 * <p>In a project row, an empty cell clears an optional field (subregion, pillar, goal, leaders, portfolio holders,
 * organisations, and a milestone's done date and owner) and keeps a required one (name, region, theme, phase, status;
 * a milestone's date). A column that is not in the file changes nothing.
 */
final class ImportPlanner {

    /** Most data rows in one file: 5,000 projects with three milestones each, and room to spare. */
    static final int MAX_ROWS = 20_000;

    static final int MAX_NAME = 200;
    static final int MAX_SUBREGION = 100;
    static final int MAX_GOAL = 1000;
    static final int MAX_HOLDERS = 500;
    static final int MAX_ORGANISATIONS = 1000;
    static final int MAX_REGION = 100;
    static final int MAX_TITLE = 200;
    static final int MAX_DUE = 60;

    private static final Pattern MENTION = Pattern.compile("<@!?(\\d{5,25})>");
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,25}");
    private static final Pattern NAME = Pattern.compile("@?([\\p{L}\\p{N}._' -]{1,64})");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** How the seeds write statuses and phases besides our own labels (ZN table 6, the ZCO phase grid). */
    private static final Map<String, ProjectStatus> STATUS_WORDS = Map.of(
            "afgerondensuccesvolverlopen", ProjectStatus.AFGEROND_SUCCESVOL,
            "afgerondenietsuccesvolverlopen", ProjectStatus.AFGEROND_NIET_SUCCESVOL,
            "afgerondennietsuccesvolverlopen", ProjectStatus.AFGEROND_NIET_SUCCESVOL,
            "vroegtijdiggestoptofhelemaalnietgestart", ProjectStatus.VROEGTIJDIG_GESTOPT,
            "gestopt", ProjectStatus.VROEGTIJDIG_GESTOPT,
            "running", ProjectStatus.LOPEND,
            "notstarted", ProjectStatus.NOG_NIET_GESTART);

    private static final Map<String, Phase> PHASE_WORDS = Map.of(
            "bestuurlijkakkoordplan", Phase.BESTUURLIJK_AKKOORD,
            "uitvoeringwerkgroep", Phase.UITVOERING,
            "integraalontwerp", Phase.ONTWERP,
            "realisatiefase", Phase.REALISATIE,
            "planofapproach", Phase.PLAN_VAN_AANPAK);

    private final String networkId;
    private final NetworkSettings settings;
    private final Map<String, Project> existing;
    private final Map<String, List<Milestone>> existingMilestones;
    private final LocalDate today;
    private final Instant now;
    private final Locale locale;

    // Lookups by comparison key, built once: a 5,000-row file asks them tens of thousands of times
    private final Map<String, String> regionKeys = new HashMap<>();
    private final Map<String, String> themeKeys = new HashMap<>();
    private final Map<String, String> pillarKeys = new HashMap<>();
    private final Map<String, Phase> phaseKeys = new HashMap<>(PHASE_WORDS);
    private final Map<String, ProjectStatus> statusKeys = new HashMap<>(STATUS_WORDS);

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> newRegions = new LinkedHashMap<>();
    private final Map<String, String> newThemes = new LinkedHashMap<>();
    private final Set<String> leaderNames = new LinkedHashSet<>();
    private final List<String> ignoredColumns = new ArrayList<>();

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
        this.settings = settings;
        this.existing = existing;
        this.existingMilestones = existingMilestones;
        this.today = today;
        this.now = now;
        this.locale = locale;
        settings.regions().forEach(r -> regionKeys.putIfAbsent(Column.key(r.name()), r.name()));
        settings.themes().forEach(t -> themeKeys.putIfAbsent(Column.key(t), t));
        settings.pillars().forEach(p -> pillarKeys.putIfAbsent(Column.key(p), p));
        for (Phase phase : Phase.values()) {
            for (String name : names(phase.slug(), phase.labelKey())) {
                phaseKeys.put(name, phase);
            }
        }
        for (ProjectStatus status : ProjectStatus.values()) {
            for (String name : names(status.slug(), status.labelKey())) {
                statusKeys.put(name, status);
            }
        }
    }

    /** The slug and the Dutch and English labels, as comparison keys. */
    private static List<String> names(String slug, String labelKey) {
        List<String> names = new ArrayList<>();
        names.add(Column.key(slug));
        Messages.SUPPORTED.forEach(l -> names.add(Column.key(Messages.of(l).get(labelKey))));
        return names;
    }

    /** A sheet's rows with the columns their headers name. */
    private record Sheet(Table table, Map<Column, Integer> columns) {

        String cell(Table.Row row, Column column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cell(index);
        }

        boolean has(Column column) {
            return columns.containsKey(column);
        }

        String header(Column column) {
            return table.header().get(columns.get(column));
        }
    }

    /** A row with its sheet. */
    private record Line(Sheet sheet, Table.Row row) {

        String cell(Column column) {
            return sheet.cell(row, column);
        }

        boolean isMilestone() {
            return !cell(Column.MILESTONE).isEmpty();
        }

        boolean hasProjectValues() {
            return sheet.columns.keySet().stream()
                    .anyMatch(c -> c != Column.CODE && c.isProject() && !cell(c).isEmpty());
        }
    }

    ImportPreview plan(List<Table> tables) {
        List<Sheet> sheets = sheets(tables);
        int rows = sheets.stream().mapToInt(s -> s.table().rows().size()).sum();
        if (rows > MAX_ROWS) {
            problems.add(new ImportProblem(
                    sheets.get(0).table().name(), 1, "-", "tooManyRows", new Object[] {MAX_ROWS, rows}));
        } else if (rows == 0 && problems.isEmpty()) {
            problems.add(
                    new ImportProblem(tables.isEmpty() ? "-" : tables.get(0).name(), 1, "-", "empty", new Object[0]));
        }
        if (!problems.isEmpty()) {
            return preview(List.of(), 0, List.of(), 0);
        }
        // Every cell that is read: no control or direction characters, no value of only invisible ones
        for (Sheet sheet : sheets) {
            for (Table.Row row : sheet.table().rows()) {
                Line line = new Line(sheet, row);
                for (Column column : sheet.columns().keySet()) {
                    TextInput.check(line.cell(column))
                            .ifPresent(refused -> problem(
                                    line,
                                    column,
                                    "text." + refused.problem().name().toLowerCase(Locale.ROOT),
                                    refused.character()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return preview(List.of(), 0, List.of(), 0);
        }
        Map<String, List<Line>> byCode = new LinkedHashMap<>();
        for (Sheet sheet : sheets) {
            for (Table.Row row : sheet.table().rows()) {
                Line line = new Line(sheet, row);
                code(line).ifPresent(code -> byCode.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(line));
            }
        }
        List<ProjectPatch> projectPatches = new ArrayList<>();
        List<MilestonePatch> milestonePatches = new ArrayList<>();
        int projectsUnchanged = 0;
        int milestonesUnchanged = 0;
        for (Map.Entry<String, List<Line>> entry : byCode.entrySet()) {
            String code = entry.getKey();
            Line projectLine = projectLine(code, entry.getValue());
            boolean known = existing.containsKey(code);
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
                    problem(line, Column.CODE, "projectUnknown", code);
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
        // In file order, as the user will fix them: by sheet, then row; a row's problems left to right
        List<String> sheetOrder = new ArrayList<>();
        problems.forEach(p -> {
            if (!sheetOrder.contains(p.sheet())) {
                sheetOrder.add(p.sheet());
            }
        });
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((ImportProblem p) -> sheetOrder.indexOf(p.sheet()))
                .thenComparingInt(ImportProblem::row));
        return new ImportPreview(
                sorted,
                projects,
                projectsUnchanged,
                milestones,
                unchanged,
                List.copyOf(newRegions.values()),
                List.copyOf(newThemes.values()),
                ignoredColumns,
                List.copyOf(leaderNames));
    }

    private List<Sheet> sheets(List<Table> tables) {
        List<Sheet> sheets = new ArrayList<>();
        for (Table table : tables) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            for (int i = 0; i < table.header().size(); i++) {
                String header = table.header().get(i);
                if (header.isBlank()) {
                    continue;
                }
                Optional<Column> column = Column.of(header);
                if (column.isEmpty()) {
                    ignoredColumns.add(tables.size() > 1 ? table.name() + ": " + header : header);
                } else if (columns.containsKey(column.get())) {
                    problems.add(new ImportProblem(table.name(), 1, header, "columnTwice", new Object[] {
                        table.header().get(columns.get(column.get())), header
                    }));
                } else {
                    columns.put(column.get(), i);
                }
            }
            if (!columns.containsKey(Column.MILESTONE)) {
                // Without a milestone title a date or owner column says something about the project we do not keep
                for (Column column : List.of(Column.MILESTONE_NUMBER, Column.DUE, Column.DONE_ON, Column.OWNER)) {
                    Integer index = columns.remove(column);
                    if (index != null) {
                        String header = table.header().get(index);
                        ignoredColumns.add(tables.size() > 1 ? table.name() + ": " + header : header);
                    }
                }
            }
            if (columns.containsKey(Column.CODE)) {
                sheets.add(new Sheet(table, columns));
            }
        }
        if (sheets.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(
                    tables.isEmpty() ? "-" : tables.get(0).name(),
                    1,
                    Column.CODE.header(locale),
                    "noCode",
                    new Object[] {String.join(", ", Column.CODE.synonyms())}));
        }
        return sheets;
    }

    private Optional<String> code(Line line) {
        String code = line.cell(Column.CODE).toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            problem(line, Column.CODE, "codeMissing");
            return Optional.empty();
        }
        if (!Projects.isValidCode(code)) {
            problem(line, Column.CODE, "codeInvalid", code);
            return Optional.empty();
        }
        if (!line.isMilestone()) {
            for (Column column : List.of(Column.MILESTONE_NUMBER, Column.DUE, Column.DONE_ON, Column.OWNER)) {
                if (!line.cell(column).isEmpty()) {
                    problem(line, Column.MILESTONE, "milestoneTitle");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(code);
    }

    /** The row that describes the project, after checking the others agree with it; null if there is none. */
    private Line projectLine(String code, List<Line> lines) {
        Line projectLine = null;
        for (Line line : lines) {
            if (!line.isMilestone()) {
                if (projectLine != null && !projectLine.isMilestone()) {
                    problem(
                            line,
                            Column.CODE,
                            "duplicateProject",
                            code,
                            projectLine.row().number());
                    continue;
                }
                projectLine = line;
            }
        }
        if (projectLine == null) {
            projectLine =
                    lines.stream().filter(Line::hasProjectValues).findFirst().orElse(null);
        }
        if (projectLine == null) {
            return null;
        }
        for (Line line : lines) {
            if (line == projectLine || !line.isMilestone()) {
                continue;
            }
            for (Column column : line.sheet().columns().keySet()) {
                if (column == Column.CODE
                        || !column.isProject()
                        || line.cell(column).isEmpty()) {
                    continue;
                }
                String value = line.cell(column);
                String expected = projectLine.cell(column);
                if (!value.equals(expected)) {
                    problem(line, column, "conflict", value, projectLine.row().number(), expected);
                }
            }
        }
        return projectLine;
    }

    /** The patch for a project row; empty when the project is unchanged or the row is wrong. */
    private Optional<ProjectPatch> project(String code, Line line) {
        int before = problems.size();
        Project current = existing.get(code);
        boolean create = current == null;
        Set<Column> fields = EnumSet.noneOf(Column.class);
        Project.Builder b = (create ? blank(code) : current).toBuilder();

        String name = text(line, Column.NAME, MAX_NAME);
        if (!name.isEmpty()) {
            b.name = name;
            fields.add(Column.NAME);
        } else if (create) {
            required(line, Column.NAME);
        }
        String region = text(line, Column.REGION, MAX_REGION);
        if (!region.isEmpty()) {
            b.region = region(line, region);
            fields.add(Column.REGION);
        } else if (create) {
            required(line, Column.REGION);
        }
        String theme = text(line, Column.THEME, MAX_REGION);
        if (!theme.isEmpty()) {
            b.theme = theme(line, theme);
            fields.add(Column.THEME);
        } else if (create) {
            required(line, Column.THEME);
        }
        if (line.sheet().has(Column.SUBREGION)) {
            b.subRegion = blankToNull(text(line, Column.SUBREGION, MAX_SUBREGION));
            fields.add(Column.SUBREGION);
        }
        if (line.sheet().has(Column.PILLAR)) {
            String pillar = line.cell(Column.PILLAR);
            if (!pillar.isEmpty()) {
                b.pillar = pillar(line, pillar);
            } else if (!create && current.pillar() != null && current.pillar().equals(themePillar(current.theme()))) {
                // The pillar it was given because its theme is one (as a new project gets it): an empty cell keeps
                // that default, so importing the same file twice changes nothing
                b.pillar = themePillar(b.theme);
            } else {
                b.pillar = null;
            }
            fields.add(Column.PILLAR);
        }
        if (create && b.pillar == null && b.theme != null) {
            // As /project add does: a theme that is also a pillar is the pillar
            b.pillar = settings.pillar(b.theme).orElse(null);
            fields.add(Column.PILLAR);
        }
        if (line.sheet().has(Column.GOAL)) {
            b.goal = blankToNull(text(line, Column.GOAL, MAX_GOAL));
            fields.add(Column.GOAL);
        }
        String phase = line.cell(Column.PHASE);
        if (!phase.isEmpty()) {
            b.phase = phase(line, phase);
            fields.add(Column.PHASE);
        }
        String status = line.cell(Column.STATUS);
        if (!status.isEmpty()) {
            b.status = status(line, status);
            fields.add(Column.STATUS);
        }
        if (line.sheet().has(Column.LEADERS)) {
            List<String> leaders = new ArrayList<>();
            for (String item : Texts.items(line.cell(Column.LEADERS))) {
                user(line, Column.LEADERS, item)
                        .filter(id -> !leaders.contains(id))
                        .ifPresent(leaders::add);
            }
            b.leaders = leaders;
            fields.add(Column.LEADERS);
        }
        if (line.sheet().has(Column.PORTFOLIO_HOLDERS)) {
            b.portfolioHolders = Texts.items(text(line, Column.PORTFOLIO_HOLDERS, MAX_HOLDERS));
            fields.add(Column.PORTFOLIO_HOLDERS);
        }
        if (line.sheet().has(Column.ORGANISATIONS)) {
            b.organisations = Texts.items(text(line, Column.ORGANISATIONS, MAX_ORGANISATIONS));
            fields.add(Column.ORGANISATIONS);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        b.updatedAt = now;
        Project target = b.build();
        if (create) {
            // As /project add records it: the new project's name; its other values are in the project itself
            return Optional.of(
                    new ProjectPatch(target, fields, true, List.of(new Change("name", null, target.name()))));
        }
        List<Change> changes = changes(current, target);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProjectPatch(target, fields, false, changes));
    }

    private Project blank(String code) {
        return new Project(
                networkId,
                code,
                "",
                null,
                null,
                null,
                null,
                null,
                Phase.PLAN_VAN_AANPAK,
                ProjectStatus.NOG_NIET_GESTART,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                now,
                now,
                0);
    }

    /**
     * The patch for a milestone row: empty when the row is wrong (reported), an empty patch when the milestone is
     * unchanged.
     */
    private Optional<Optional<MilestonePatch>> milestone(String code, Line line, Map<String, Line> seen) {
        int before = problems.size();
        List<Milestone> known = existingMilestones.getOrDefault(code, List.of());
        String title = text(line, Column.MILESTONE, MAX_TITLE);
        Milestone current = null;
        String number = line.cell(Column.MILESTONE_NUMBER).replaceFirst("^#", "");
        if (!number.isEmpty()) {
            current = known.stream()
                    .filter(m -> String.valueOf(m.number()).equals(number))
                    .findFirst()
                    .orElse(null);
            if (current == null) {
                problem(line, Column.MILESTONE_NUMBER, "milestoneNumber", number, code);
            }
        } else {
            List<Milestone> sameTitle = known.stream()
                    .filter(m -> Column.key(m.title()).equals(Column.key(title)))
                    .toList();
            if (sameTitle.size() > 1) {
                problem(line, Column.MILESTONE, "milestoneAmbiguous", code, sameTitle.size(), title);
            } else if (sameTitle.size() == 1) {
                current = sameTitle.get(0);
            }
        }
        String identity = current != null ? "#" + current.number() : "title:" + Column.key(title);
        Line earlier = seen.putIfAbsent(identity, line);
        if (earlier != null) {
            problem(line, Column.MILESTONE, "duplicateMilestone", earlier.row().number());
        }
        boolean create = current == null;
        Set<Column> fields = EnumSet.of(Column.MILESTONE);
        DueDate due = current == null ? null : current.due();
        String dueText = text(line, Column.DUE, MAX_DUE);
        if (!dueText.isEmpty()) {
            due = due(dueText).orElse(null);
            if (due == null) {
                problem(line, Column.DUE, "due", dueText, DueDateParser.EXAMPLES);
            }
            fields.add(Column.DUE);
        } else if (create) {
            required(line, Column.DUE);
        }
        LocalDate doneOn = current == null ? null : current.doneOn();
        if (line.sheet().has(Column.DONE_ON)) {
            String doneText = line.cell(Column.DONE_ON);
            doneOn = null;
            if (!doneText.isEmpty()) {
                Optional<DueDate> day = due(doneText).filter(d -> d.precision() == Precision.DAY);
                if (day.isEmpty()) {
                    problem(line, Column.DONE_ON, "doneOn", doneText);
                } else if (day.get().date().isAfter(today)) {
                    problem(line, Column.DONE_ON, "doneFuture", doneText);
                } else {
                    doneOn = day.get().date();
                }
            }
            fields.add(Column.DONE_ON);
        }
        String owner = current == null ? null : current.ownerId();
        if (line.sheet().has(Column.OWNER)) {
            String ownerText = line.cell(Column.OWNER);
            owner = ownerText.isEmpty()
                    ? null
                    : user(line, Column.OWNER, ownerText).orElse(null);
            fields.add(Column.OWNER);
        }
        if (problems.size() > before) {
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

    /** A date as written, or an Excel day number that lost its date format on the way. */
    private static Optional<DueDate> due(String text) {
        if (EXCEL_SERIAL.matcher(text).matches()) {
            LocalDate day = EXCEL_EPOCH.plusDays(Long.parseLong(text));
            return Optional.of(new DueDate(day, Precision.DAY, day.toString()));
        }
        return DueDateParser.tryParse(text);
    }

    private String text(Line line, Column column, int max) {
        String value = line.cell(column);
        if (value.length() > max) {
            problem(line, column, "tooLong", max, value.length());
            return "";
        }
        return value;
    }

    private void required(Line line, Column column) {
        problem(line, column, "required");
    }

    /**
     * The network's region of this name; else a new one, added on confirmation; but a name within a typo of a known
     * one ({@code Zeeuwland}, {@code Zeeland}) is a problem that asks "did you mean", so no typo becomes a region.
     */
    private String region(Line line, String text) {
        String key = Column.key(text);
        String known = regionKeys.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> close = Vocabulary.closest(key, regionKeys);
        if (close.isPresent()) {
            problem(line, Column.REGION, "regionTypo", text, close.get());
            return close.get();
        }
        return newRegions.computeIfAbsent(key, k -> text);
    }

    /** As {@link #region(Line, String)}, for themes. */
    private String theme(Line line, String text) {
        String key = Column.key(text);
        String known = themeKeys.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> close = Vocabulary.closest(key, themeKeys);
        if (close.isPresent()) {
            problem(line, Column.THEME, "themeTypo", text, close.get());
            return close.get();
        }
        return newThemes.computeIfAbsent(key, k -> text);
    }

    /** The pillar of the same name as {@code theme}, or null. */
    private String themePillar(String theme) {
        return theme == null ? null : settings.pillar(theme).orElse(null);
    }

    private String pillar(Line line, String text) {
        String known = pillarKeys.get(Column.key(text));
        if (known == null) {
            problem(line, Column.PILLAR, "pillar", text, String.join(", ", settings.pillars()));
        }
        return known;
    }

    /** A phase by its slug, its Dutch or English label, or a word the seeds use, compared as headers are. */
    private Phase phase(Line line, String text) {
        Phase phase = phaseKeys.get(Column.key(text));
        if (phase == null) {
            problem(line, Column.PHASE, "phase", text, accepted(Phase.values()));
        }
        return phase;
    }

    private ProjectStatus status(Line line, String text) {
        ProjectStatus status = statusKeys.get(Column.key(text));
        if (status == null) {
            problem(line, Column.STATUS, "status", text, accepted(ProjectStatus.values()));
        }
        return status;
    }

    private String accepted(Enum<?>[] values) {
        Messages m = Messages.of(locale);
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            if (value instanceof Phase p) {
                names.add(p.slug() + " (" + m.get(p.labelKey()) + ")");
            } else if (value instanceof ProjectStatus s) {
                names.add(s.slug() + " (" + m.get(s.labelKey()) + ")");
            }
        }
        return String.join(", ", names);
    }

    /**
     * A user id from a cell: a Discord mention {@code <@123…>}, an id, or a name. Without the privileged members
     * intent a name cannot be looked up, so it is kept as written (in the console, a name is the id).
     */
    private Optional<String> user(Line line, Column column, String text) {
        Matcher mention = MENTION.matcher(text);
        if (mention.matches()) {
            return Optional.of(mention.group(1));
        }
        if (SNOWFLAKE.matcher(text).matches()) {
            return Optional.of(text);
        }
        Matcher name = NAME.matcher(text);
        if (name.matches() && !name.group(1).isBlank()) {
            String id = name.group(1).strip();
            leaderNames.add(id);
            return Optional.of(id);
        }
        problem(line, column, "leader", text);
        return Optional.empty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private void problem(Line line, Column column, String key, Object... args) {
        String header = line.sheet().has(column) ? line.sheet().header(column) : column.header(locale);
        problems.add(new ImportProblem(line.sheet().table().name(), line.row().number(), header, key, args));
    }

    static List<Change> changes(Project before, Project after) {
        List<Change> changes = new ArrayList<>();
        diff(changes, "name", before.name(), after.name());
        diff(changes, "region", before.region(), after.region());
        diff(changes, "subregion", before.subRegion(), after.subRegion());
        diff(changes, "theme", before.theme(), after.theme());
        diff(changes, "pillar", before.pillar(), after.pillar());
        diff(changes, "goal", before.goal(), after.goal());
        diff(changes, "phase", before.phase().slug(), after.phase().slug());
        diff(changes, "status", before.status().slug(), after.status().slug());
        diff(changes, "leaders", join(before.leaders()), join(after.leaders()));
        diff(changes, "portfolio-holders", join(before.portfolioHolders()), join(after.portfolioHolders()));
        diff(changes, "organisations", join(before.organisations()), join(after.organisations()));
        return changes;
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static void diff(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }
}
