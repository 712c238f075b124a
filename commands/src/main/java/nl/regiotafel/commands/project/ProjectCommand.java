package nl.regiotafel.commands.project;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Subcommand;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.text.Texts;

/**
 * Keeps the network's project list.
 *
 * <pre>
 * /project add code:tizv-glasses name:"Pilot Smart Glasses" region:Zeeland theme:Arbeidsbesparing
 * /project edit project:tizv-glasses phase:uitvoering add-leader:@Sanne
 * /project kpi project:tizv-glasses label:"Deelnemende organisaties" unit:organisaties target:7 actual:5
 * /project info project:tizv-glasses
 * /project list region:Zeeland status:lopend
 * /project archive project:tizv-glasses
 * </pre>
 */
public final class ProjectCommand implements Command {

    public static final String NAME = "project";

    // Options that are a project field are named by the field (see ProjectFields); region, theme, pillar, phase and
    // status are also filters of /project list
    public static final String CODE = "code";
    public static final String PROJECT = "project";
    public static final String TITLE = ProjectFields.NAME.name();
    public static final String REGION = "region";
    public static final String SUBREGION = ProjectFields.SUBREGION.name();
    public static final String THEME = "theme";
    public static final String PILLAR = "pillar";
    public static final String GOAL = ProjectFields.GOAL.name();
    public static final String PHASE = "phase";
    public static final String STATUS = "status";
    public static final String LEADER = ProjectFields.LEADER;
    public static final String ADD_LEADER = ProjectFields.ADD_LEADER;
    public static final String REMOVE_LEADER = ProjectFields.REMOVE_LEADER;
    public static final String PORTFOLIO_HOLDERS = ProjectFields.PORTFOLIO_HOLDERS.name();
    public static final String ORGANISATIONS = ProjectFields.ORGANISATIONS.name();
    public static final String RELATED = ProjectFields.RELATED.name();
    public static final String ARCHIVED = "archived";
    public static final String LABEL = "label";
    public static final String UNIT = "unit";
    public static final String BASELINE = "baseline";
    public static final String TARGET = "target";
    public static final String ACTUAL = "actual";
    public static final String DIRECTION = "direction";

    /** Lines per page of /project list; keeps a page well inside an embed description. */
    static final int PAGE_SIZE = 15;

    private final ProjectStore projects;
    private final AuditStore audit;
    private final Clock clock;

    public ProjectCommand(ProjectStore projects, AuditStore audit, Clock clock) {
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(NAME, subcommands());
    }

    @Override
    public List<Subcommand> subcommands() {
        OptionSpec project = required(PROJECT, OptionType.STRING).withAutocomplete();
        List<OptionSpec> add = new ArrayList<>();
        add.add(required(CODE, OptionType.STRING).withMaxLength(32));
        // Discord lists required options first
        ProjectFields.editable()
                .forEach(f ->
                        f.addOptions().stream().filter(OptionSpec::required).forEach(add::add));
        ProjectFields.editable()
                .forEach(f -> f.addOptions().stream().filter(o -> !o.required()).forEach(add::add));
        List<OptionSpec> edit = new ArrayList<>();
        edit.add(project);
        ProjectFields.editable().forEach(f -> edit.addAll(f.editOptions()));
        Subcommand.Suggester any = suggestions(false);
        Subcommand.Suggester editable = suggestions(true);
        return List.of(
                new Subcommand(new SubcommandSpec("add", "cmd." + NAME + ".add", add), this::add, any),
                new Subcommand(new SubcommandSpec("edit", "cmd." + NAME + ".edit", edit), this::edit, editable),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "kpi",
                                project,
                                required(LABEL, OptionType.STRING).withMaxLength(100),
                                optional(UNIT, OptionType.STRING).withMaxLength(40),
                                optional(BASELINE, OptionType.NUMBER),
                                optional(TARGET, OptionType.NUMBER),
                                optional(ACTUAL, OptionType.NUMBER),
                                optional(DIRECTION, OptionType.STRING)
                                        .withChoices(List.of(
                                                new nl.regiotafel.commands.api.Choice("higher", "kpi.direction.higher"),
                                                new nl.regiotafel.commands.api.Choice(
                                                        "lower", "kpi.direction.lower")))),
                        this::kpi,
                        editable),
                new Subcommand(SubcommandSpec.of(NAME, "info", project), this::info, any),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "list",
                                optional(REGION, OptionType.STRING).withAutocomplete(),
                                optional(THEME, OptionType.STRING).withAutocomplete(),
                                optional(STATUS, OptionType.STRING).withChoices(ProjectStatus.choices()),
                                optional(PHASE, OptionType.STRING).withChoices(Phase.choices()),
                                optional(LEADER, OptionType.USER),
                                optional(ARCHIVED, OptionType.BOOLEAN)),
                        this::list,
                        any),
                new Subcommand(SubcommandSpec.of(NAME, "archive", project), this::archive, any));
    }

    private CommandResponse add(CommandRequest request) {
        Access.requireManager(request);
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        String code = request.requireText(CODE).toLowerCase(Locale.ROOT);
        if (!Projects.isValidCode(code)) {
            throw new UserError("error.project.code", code);
        }
        FieldContext context = new Typed(settings, request.networkId(), code);
        Instant now = clock.instant();
        Project project = ProjectFields.blank(request.networkId(), code, now);
        for (ProjectField<?> field : ProjectFields.editable()) {
            project = fromAdd(field, request, context, project);
        }
        for (ProjectField<?> field : ProjectFields.editable()) {
            if (field.isEmpty(project)) {
                project = implied(field, context, project);
            }
        }
        Project created;
        try {
            created = projects.create(project);
        } catch (DuplicateProjectException e) {
            throw new UserError("error.project.exists", code);
        }
        audit(
                request,
                AuditAction.PROJECT_ADD,
                code,
                List.of(new Change(ProjectFields.NAME.name(), null, created.name())));
        return CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(new Page(
                        m.get("project.added", created.code()),
                        m.get("project.added.text", Texts.escape(created.name()), created.code()),
                        ProjectCards.fields(m, created),
                        null))
                .changed(Changed.PROJECTS)
                .build();
    }

    private static <T> Project fromAdd(
            ProjectField<T> field, CommandRequest request, FieldContext context, Project project) {
        return field.fromAdd(request, context).map(v -> field.with(project, v)).orElse(project);
    }

    private static <T> Project fromEdit(
            ProjectField<T> field, CommandRequest request, FieldContext context, Project current, Project project) {
        return field.fromEdit(request, current, context)
                .map(v -> field.with(project, v))
                .orElse(project);
    }

    private static <T> Project implied(ProjectField<T> field, FieldContext context, Project project) {
        return field.implied(project, context).map(v -> field.with(project, v)).orElse(project);
    }

    private CommandResponse edit(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Project current = load(request);
        Access.requireEditor(request, current);
        FieldContext context = new Typed(settings, request.networkId(), current.code());
        Project changed = current;
        for (ProjectField<?> field : ProjectFields.editable()) {
            changed = fromEdit(field, request, context, current, changed);
        }
        List<Change> changes = ProjectFields.changes(current, changed);
        if (changes.isEmpty()) {
            throw new UserError("error.project.nothingToChange", current.code());
        }
        Project.Builder stamped = changed.toBuilder();
        stamped.updatedAt = clock.instant();
        Project saved = projects.update(stamped.build());
        audit(request, AuditAction.PROJECT_EDIT, saved.code(), changes);
        // What changed under the field's label and in the reader's words, as /setup shows its changes; the audit log
        // keeps the neutral form
        StringBuilder summary = new StringBuilder();
        for (ProjectField<?> field : ProjectFields.editable()) {
            if (field.change(current, saved).isPresent()) {
                summary.append("• ")
                        .append(m.get(field.labelKey()))
                        .append(": ")
                        .append(shownChange(m, field, current))
                        .append(" → ")
                        .append(shownChange(m, field, saved))
                        .append('\n');
            }
        }
        return CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(m.get("project.edited", saved.code()), summary.toString()))
                .changed(Changed.PROJECTS)
                .build();
    }

    private static String shownChange(Messages m, ProjectField<?> field, Project project) {
        String shown = field.shown(m, project);
        return shown == null || shown.isBlank() ? "–" : Texts.escape(Texts.limit(shown, 200));
    }

    private CommandResponse kpi(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        Project current = load(request);
        Access.requireEditor(request, current);
        String label = request.requireText(LABEL);
        List<Kpi> kpis = new ArrayList<>(current.kpis());
        int index = -1;
        for (int i = 0; i < kpis.size(); i++) {
            if (kpis.get(i).label().equalsIgnoreCase(label)) {
                index = i;
            }
        }
        Kpi old = index >= 0 ? kpis.get(index) : new Kpi(label, null, null, null, null);
        Kpi kpi = new Kpi(
                old.label(),
                request.text(UNIT).orElse(old.unit()),
                request.number(BASELINE).map(ProjectCommand::finite).orElse(old.baseline()),
                request.number(TARGET).map(ProjectCommand::finite).orElse(old.target()),
                request.number(ACTUAL).map(ProjectCommand::finite).orElse(old.actual()),
                request.text(DIRECTION)
                        .map(d -> Kpi.Direction.parse(d).orElseThrow(() -> new UserError("error.kpi.direction", d)))
                        .orElse(old.direction()));
        if (index >= 0) {
            kpis.set(index, kpi);
        } else {
            if (kpis.size() >= 10) {
                throw new UserError("error.kpi.tooMany", 10);
            }
            kpis.add(kpi);
        }
        Project.Builder edit = current.toBuilder();
        edit.kpis = kpis;
        edit.updatedAt = clock.instant();
        Project saved = projects.update(edit.build());
        audit(
                request,
                AuditAction.PROJECT_KPI,
                saved.code(),
                List.of(new Change(
                        "kpi " + kpi.label(),
                        index >= 0 ? ProjectCards.kpis(m, List.of(old)) : null,
                        ProjectCards.kpis(m, List.of(kpi)))));
        return CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(m.get("project.kpi.saved", saved.code()), ProjectCards.kpis(m, saved.kpis())))
                .build();
    }

    private CommandResponse info(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Access.requireReader(request, settings);
        Project project = load(request);
        return CommandResponse.builder()
                .tone(project.health() == null ? Tone.NEUTRAL : project.health().tone())
                .page(new Page(
                        ProjectCards.title(project),
                        project.archived() ? m.get("project.archived.note") : "",
                        ProjectCards.fields(m, project),
                        m.get("project.footer", project.version())))
                .build();
    }

    private CommandResponse list(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Access.requireReader(request, settings);
        Regions.Place place = request.text(REGION)
                .map(r -> Regions.place(settings, r, () -> projects.list(request.networkId(), ProjectFilter.all())))
                .orElse(new Regions.Place(null, null));
        ProjectFilter filter = new ProjectFilter(
                place.region(),
                request.text(THEME).map(t -> theme(settings, t)).orElse(null),
                request.text(STATUS).map(t -> ProjectStatus.require(STATUS, t)).orElse(null),
                request.text(PHASE).map(t -> Phase.require(PHASE, t)).orElse(null),
                request.user(LEADER).map(UserRef::id).orElse(null),
                request.bool(ARCHIVED).orElse(false));
        List<Project> found = projects.list(request.networkId(), filter).stream()
                .filter(place::contains)
                .toList();
        if (found.isEmpty()) {
            return CommandResponse.publicText(m.get("project.list.title", 0), m.get("project.list.empty"));
        }
        List<Page> pages = new ArrayList<>();
        int pageCount = (found.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        for (int start = 0; start < found.size(); start += PAGE_SIZE) {
            StringBuilder text = new StringBuilder();
            for (Project p : found.subList(start, Math.min(found.size(), start + PAGE_SIZE))) {
                text.append(Markup.bold(p.code()))
                        .append(" — ")
                        .append(Texts.escape(Texts.limit(p.name(), 80)))
                        .append(" · ")
                        .append(Texts.escape(ProjectCards.region(p)))
                        .append(" · ")
                        .append(m.get(p.status().labelKey()))
                        .append(" · ")
                        .append(m.get(p.phase().labelKey()))
                        .append(p.archived() ? " · " + m.get("project.archived") : "")
                        .append('\n');
            }
            pages.add(new Page(
                    m.get("project.list.title", found.size()),
                    text.toString(),
                    List.of(),
                    m.get("common.page", start / PAGE_SIZE + 1, pageCount)));
        }
        return CommandResponse.builder().pages(pages).build();
    }

    private CommandResponse archive(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        Access.requireManager(request);
        Project current = load(request);
        if (current.archived()) {
            throw new UserError("error.project.alreadyArchived", current.code());
        }
        Project.Builder edit = current.toBuilder();
        edit.archived = true;
        edit.updatedAt = clock.instant();
        Project saved = projects.update(edit.build());
        audit(request, AuditAction.PROJECT_ARCHIVE, saved.code(), List.of(new Change("archived", "false", "true")));
        return CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(m.get("project.archivedDone", saved.code()), ""))
                .changed(Changed.PROJECTS)
                .build();
    }

    /** Suggestions of one subcommand; {@code toEdit} offers only projects the user may edit. */
    private Subcommand.Suggester suggestions(boolean toEdit) {
        return (request, option) -> {
            String typed = request.text(option).orElse("");
            NetworkSettings settings = request.settings();
            return switch (option) {
                case PROJECT -> Projects.suggest(projects, request, option, p -> !toEdit || Access.mayEdit(request, p));
                case REGION ->
                    matching(settings.regions().stream().map(Region::name).toList(), typed);
                case THEME -> matching(settings.themes(), typed);
                case PILLAR -> matching(settings.pillars(), typed);
                default -> List.of();
            };
        };
    }

    static List<Suggestion> matching(List<String> values, String typed) {
        String needle = typed.toLowerCase(Locale.ROOT);
        return values.stream()
                .filter(v -> v.toLowerCase(Locale.ROOT).contains(needle))
                .limit(25)
                .map(v -> new Suggestion(v, v))
                .toList();
    }

    private Project load(CommandRequest request) {
        return Projects.require(projects, request);
    }

    private void audit(CommandRequest request, AuditAction action, String code, List<Change> changes) {
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                action,
                code,
                changes));
    }

    static String theme(NetworkSettings settings, String text) {
        return settings.theme(text)
                .orElseThrow(() -> new UserError("error.theme.unknown", text, String.join(", ", settings.themes())));
    }

    static String pillar(NetworkSettings settings, String text) {
        return settings.pillar(text)
                .orElseThrow(() -> new UserError("error.pillar.unknown", text, String.join(", ", settings.pillars())));
    }

    /** Typed options: an unknown value is refused with the values it could be. */
    private final class Typed implements FieldContext {
        private final NetworkSettings settings;
        private final String networkId;
        private final String ownCode;

        Typed(NetworkSettings settings, String networkId, String ownCode) {
            this.settings = settings;
            this.networkId = networkId;
            this.ownCode = ownCode;
        }

        @Override
        public String region(String text) {
            return Regions.require(settings, text).name();
        }

        @Override
        public String theme(String text) {
            return ProjectCommand.theme(settings, text);
        }

        @Override
        public String pillar(String text) {
            return ProjectCommand.pillar(settings, text);
        }

        @Override
        public java.util.Optional<String> pillarOfTheme(String theme) {
            return settings.pillar(theme);
        }

        @Override
        public Phase phase(String text) {
            return Phase.require(PHASE, text);
        }

        @Override
        public ProjectStatus status(String text) {
            return ProjectStatus.require(STATUS, text);
        }

        @Override
        public String user(String text) {
            throw new AssertionError("Leaders are typed as users, not text");
        }

        @Override
        public String related(String code) {
            if (code.equals(ownCode) || projects.find(networkId, code).isEmpty()) {
                throw new UserError("error.project.related", code);
            }
            return code;
        }
    }

    private static Double finite(Double value) {
        if (value.isNaN() || value.isInfinite() || Math.abs(value) > 1e12) {
            throw new UserError("error.number.range", value);
        }
        return value;
    }
}
