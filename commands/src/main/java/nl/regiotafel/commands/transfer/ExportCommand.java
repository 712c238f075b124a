package nl.regiotafel.commands.transfer;

import static nl.regiotafel.commands.api.OptionSpec.optional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.Choice;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectField;
import nl.regiotafel.commands.project.ProjectFields;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Regions;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * Exports the network's projects as a file, for managers. Excel and CSV use the layout {@code /import} reads, so a
 * file can be exported, edited in Excel and imported again; JSON carries projects, milestones and every version of
 * every update with stable field names, for other tools and backups.
 *
 * <pre>
 * /export format:xlsx
 * /export format:csv region:Zeeland
 * /export format:json archived:true
 * </pre>
 */
public final class ExportCommand implements Command {

    public static final String NAME = "export";
    public static final String FORMAT = "format";
    public static final String REGION = "region";
    public static final String PERIOD = "period";
    public static final String ARCHIVED = "archived";

    /** The version of the JSON layout; raised only when a field changes meaning or disappears. */
    static final int JSON_VERSION = 1;

    private static final List<Column> PROJECT_COLUMNS =
            Column.layout().stream().filter(Column::isProject).toList();
    private static final List<Column> MILESTONE_COLUMNS = Column.layout().stream()
            .filter(c -> c == Column.CODE || !c.isProject())
            .toList();

    private final ProjectStore projects;
    private final nl.regiotafel.commands.round.Rounds rounds;
    private final MilestoneStore milestones;
    private final UpdateStore updates;
    private final Clock clock;

    public ExportCommand(
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            nl.regiotafel.commands.round.Rounds rounds,
            Clock clock) {
        this.rounds = rounds;
        this.projects = projects;
        this.milestones = milestones;
        this.updates = updates;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                NAME,
                optional(FORMAT, OptionType.STRING)
                        .describedBy("opt.export.format")
                        .withChoices(List.of(
                                new Choice("xlsx", "export.format.xlsx"),
                                new Choice("csv", "export.format.csv"),
                                new Choice("json", "export.format.json"))),
                optional(REGION, OptionType.STRING).withAutocomplete(),
                optional(ARCHIVED, OptionType.BOOLEAN),
                optional(PERIOD, OptionType.STRING).withMaxLength(40));
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Access.requireManager(request);
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        boolean archived = request.bool(ARCHIVED).orElse(false);
        Regions.Place place = request.text(REGION)
                .map(r -> Regions.place(settings, r, () -> projects.list(request.networkId(), ProjectFilter.all())))
                .orElse(new Regions.Place(null, null));
        String region = place.subRegion() == null
                ? place.region()
                : place.region() == null ? place.subRegion() : place.region() + " – " + place.subRegion();
        List<Project> selected;
        Map<String, List<Milestone>> milestonesByCode;
        java.util.Optional<List<Update>> roundUpdates = java.util.Optional.empty();
        java.util.Optional<nl.regiotafel.commands.time.ReportingPeriod> period =
                request.text(PERIOD).map(nl.regiotafel.commands.time.ReportingPeriod::parse);
        if (period.isPresent()) {
            // A round's export shows the projects as the round holds them: frozen once it closed
            nl.regiotafel.commands.round.RoundSnapshot round =
                    rounds.snapshot(request.networkId(), settings, period.get());
            selected = new ArrayList<>();
            milestonesByCode = new LinkedHashMap<>();
            roundUpdates = java.util.Optional.of(round.projects().stream()
                    .map(nl.regiotafel.commands.round.ProjectSnapshot::update)
                    .filter(java.util.Objects::nonNull)
                    .toList());
            for (nl.regiotafel.commands.round.ProjectSnapshot snapshot : round.projects()) {
                Project p = snapshot.project();
                if (place.contains(p) && (archived || !p.archived())) {
                    selected.add(p);
                    if (!snapshot.milestones().isEmpty()) {
                        milestonesByCode.put(
                                p.code(),
                                snapshot.milestones().stream()
                                        .sorted(Comparator.comparingInt(Milestone::number))
                                        .toList());
                    }
                }
            }
        } else {
            selected =
                    projects
                            .list(
                                    request.networkId(),
                                    new ProjectFilter(place.region(), null, null, null, null, archived))
                            .stream()
                            .filter(place::contains)
                            .toList();
            Set<String> codes = selected.stream().map(Project::code).collect(Collectors.toSet());
            milestonesByCode = milestones.list(request.networkId(), codes, false, null, Integer.MAX_VALUE).stream()
                    .sorted(Comparator.comparingInt(Milestone::number))
                    .collect(Collectors.groupingBy(Milestone::projectCode, LinkedHashMap::new, Collectors.toList()));
        }
        int milestoneCount =
                milestonesByCode.values().stream().mapToInt(List::size).sum();
        String format = request.text(FORMAT).orElse("xlsx").toLowerCase(Locale.ROOT);
        LocalDate today = clock.instant().atZone(settings.zone()).toLocalDate();
        String base = m.get(
                "export.file",
                period.map(nl.regiotafel.commands.time.ReportingPeriod::key).orElse(today.toString()));
        Attachment file =
                switch (format) {
                    case "csv" ->
                        new Attachment(
                                base + ".csv", "text/csv", SheetWriter.csv(combined(m, selected, milestonesByCode)));
                    case "json" ->
                        new Attachment(
                                base + ".json",
                                "application/json",
                                json(
                                                request.networkId(),
                                                settings,
                                                region,
                                                selected,
                                                milestonesByCode,
                                                roundUpdates.orElseGet(() -> updates.everyVersion(request.networkId())))
                                        .getBytes(StandardCharsets.UTF_8));
                    default ->
                        new Attachment(
                                base + ".xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                SheetWriter.xlsx(
                                        List.of(projectSheet(m, selected), milestoneSheet(m, milestonesByCode))));
                };
        return CommandResponse.builder()
                .privately()
                .page(Page.of(
                        m.get("export.title", file.fileName()),
                        m.get(
                                "export.text",
                                selected.size(),
                                milestoneCount,
                                region == null ? m.get("export.wholeNetwork") : region)))
                .attachment(file)
                .build();
    }

    /** The project sheet of an Excel export. */
    static Table projectSheet(Messages m, List<Project> projects) {
        List<Table.Row> rows = new ArrayList<>();
        for (Project p : projects) {
            rows.add(new Table.Row(rows.size() + 2, cells(PROJECT_COLUMNS, projectValues(m, p))));
        }
        return new Table(m.get("export.sheet.projects"), headers(m, PROJECT_COLUMNS), rows);
    }

    /** The milestone sheet of an Excel export. */
    static Table milestoneSheet(Messages m, Map<String, List<Milestone>> milestonesByCode) {
        List<Table.Row> rows = new ArrayList<>();
        for (List<Milestone> ofProject : milestonesByCode.values()) {
            for (Milestone milestone : ofProject) {
                rows.add(new Table.Row(rows.size() + 2, cells(MILESTONE_COLUMNS, milestoneValues(milestone))));
            }
        }
        return new Table(m.get("export.sheet.milestones"), headers(m, MILESTONE_COLUMNS), rows);
    }

    /** The single table of a CSV export: each project's row, followed by a row per milestone. */
    static Table combined(Messages m, List<Project> projects, Map<String, List<Milestone>> milestonesByCode) {
        List<Column> columns = Column.layout();
        List<Table.Row> rows = new ArrayList<>();
        for (Project p : projects) {
            rows.add(new Table.Row(rows.size() + 2, cells(columns, projectValues(m, p))));
            for (Milestone milestone : milestonesByCode.getOrDefault(p.code(), List.of())) {
                rows.add(new Table.Row(rows.size() + 2, cells(columns, milestoneValues(milestone))));
            }
        }
        return new Table(m.get("export.sheet.projects"), headers(m, columns), rows);
    }

    private static List<String> headers(Messages m, List<Column> columns) {
        return columns.stream().map(c -> c.header(m.locale())).toList();
    }

    private static List<String> cells(List<Column> columns, Map<Column, String> values) {
        return columns.stream().map(c -> values.getOrDefault(c, "")).toList();
    }

    private static Map<Column, String> projectValues(Messages m, Project p) {
        Map<Column, String> values = new HashMap<>();
        values.put(Column.CODE, p.code());
        for (Column column : PROJECT_COLUMNS) {
            column.field().ifPresent(field -> values.put(column, field.shown(m, p)));
        }
        return values;
    }

    private static Map<Column, String> milestoneValues(Milestone milestone) {
        Map<Column, String> values = new HashMap<>();
        values.put(Column.CODE, milestone.projectCode());
        values.put(Column.MILESTONE_NUMBER, String.valueOf(milestone.number()));
        values.put(Column.MILESTONE, milestone.title());
        values.put(Column.DUE, milestone.due().label());
        values.put(
                Column.DONE_ON,
                milestone.doneOn() == null ? "" : milestone.doneOn().toString());
        values.put(Column.OWNER, nonNull(milestone.ownerId()));
        return values;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private String json(
            String networkId,
            NetworkSettings settings,
            String region,
            List<Project> selected,
            Map<String, List<Milestone>> milestonesByCode,
            List<Update> updateSource) {
        Set<String> codes = selected.stream().map(Project::code).collect(Collectors.toSet());
        List<Json> projectList = new ArrayList<>();
        for (Project p : selected) {
            List<Json> kpis = new ArrayList<>();
            for (Kpi k : p.kpis()) {
                kpis.add(new Json()
                        .field("label", k.label())
                        .field("unit", k.unit())
                        .field("baseline", k.baseline())
                        .field("target", k.target())
                        .field("actual", k.actual()));
            }
            Json project = new Json().field("code", p.code());
            for (ProjectField<?> field : ProjectFields.all()) {
                project.field(field.jsonName(), field.json(p));
            }
            projectList.add(project.field("kpis", kpis)
                    .field("archived", p.archived())
                    .field("createdAt", p.createdAt())
                    .field("updatedAt", p.updatedAt())
                    .field("version", p.version()));
        }
        List<Json> milestoneList = new ArrayList<>();
        for (List<Milestone> ofProject : milestonesByCode.values()) {
            for (Milestone ms : ofProject) {
                milestoneList.add(new Json()
                        .field("project", ms.projectCode())
                        .field("number", ms.number())
                        .field("title", ms.title())
                        .field(
                                "due",
                                new Json()
                                        .field("date", ms.due().date())
                                        .field(
                                                "precision",
                                                ms.due().precision().name().toLowerCase(Locale.ROOT))
                                        .field("label", ms.due().label()))
                        .field("status", ms.status().name().toLowerCase(Locale.ROOT))
                        .field("doneOn", ms.doneOn())
                        .field("owner", ms.ownerId())
                        .field("moves", ms.moves())
                        .field("version", ms.version()));
            }
        }
        List<Json> updateList = new ArrayList<>();
        for (Update u : updateSource) {
            if (!codes.contains(u.projectCode())) {
                continue;
            }
            updateList.add(new Json()
                    .field("project", u.projectCode())
                    .field("number", u.number())
                    .field("version", u.version())
                    .field("author", new Json().field("id", u.authorId()).field("name", u.authorName()))
                    .field("firstPostedAt", u.firstPostedAt())
                    .field("postedAt", u.postedAt())
                    .field("period", u.period())
                    .field("health", u.health() == null ? null : u.health().slug())
                    .field("phase", u.phase() == null ? null : u.phase().slug())
                    .field("status", u.status() == null ? null : u.status().slug())
                    .field("results", u.results())
                    .field("nextActions", u.nextActions())
                    .field("risks", u.risks())
                    .field("helpNeeded", u.helpNeeded())
                    .field("kpiValues", new TreeMap<>(u.kpiValues()))
                    .field("late", u.late()));
        }
        return new Json()
                        .field("format", "regiotafel-export")
                        .field("formatVersion", JSON_VERSION)
                        .field("exportedAt", clock.instant())
                        .field("network", new Json().field("id", networkId).field("name", settings.name()))
                        .field("region", region)
                        .field("projects", projectList)
                        .field("milestones", milestoneList)
                        .field("updates", updateList)
                + "\n";
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        if (!REGION.equals(option)) {
            return Collections.emptyList();
        }
        String typed = request.text(option).orElse("").toLowerCase(Locale.ROOT);
        return request.settings().regions().stream()
                .map(Region::name)
                .filter(r -> r.toLowerCase(Locale.ROOT).contains(typed))
                .limit(25)
                .map(r -> new Suggestion(r, r))
                .toList();
    }
}
