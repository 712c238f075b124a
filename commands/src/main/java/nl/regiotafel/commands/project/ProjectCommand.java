package nl.regiotafel.commands.project;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
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
    public static final String CODE = "code";
    public static final String PROJECT = "project";
    public static final String TITLE = "name";
    public static final String REGION = "region";
    public static final String SUBREGION = "subregion";
    public static final String THEME = "theme";
    public static final String PILLAR = "pillar";
    public static final String GOAL = "goal";
    public static final String PHASE = "phase";
    public static final String STATUS = "status";
    public static final String LEADER = "leader";
    public static final String ADD_LEADER = "add-leader";
    public static final String REMOVE_LEADER = "remove-leader";
    public static final String PORTFOLIO_HOLDERS = "portfolio-holders";
    public static final String ORGANISATIONS = "organisations";
    public static final String RELATED = "related";
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
    private final NetworkStore networks;
    private final AuditStore audit;
    private final Clock clock;

    public ProjectCommand(ProjectStore projects, NetworkStore networks, AuditStore audit, Clock clock) {
        this.projects = projects;
        this.networks = networks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        OptionSpec project = required(PROJECT, OptionType.STRING).withAutocomplete();
        return CommandSpec.withSubcommands(
                NAME,
                SubcommandSpec.of(
                        NAME,
                        "add",
                        required(CODE, OptionType.STRING).withMaxLength(32),
                        required(TITLE, OptionType.STRING).withMaxLength(200),
                        required(REGION, OptionType.STRING).withAutocomplete(),
                        required(THEME, OptionType.STRING).withAutocomplete(),
                        optional(SUBREGION, OptionType.STRING).withMaxLength(100),
                        optional(PILLAR, OptionType.STRING).withAutocomplete(),
                        optional(GOAL, OptionType.STRING).withMaxLength(1000),
                        optional(PHASE, OptionType.STRING).withChoices(Phase.choices()),
                        optional(STATUS, OptionType.STRING).withChoices(ProjectStatus.choices()),
                        optional(LEADER, OptionType.USER),
                        optional(PORTFOLIO_HOLDERS, OptionType.STRING).withMaxLength(500),
                        optional(ORGANISATIONS, OptionType.STRING).withMaxLength(1000),
                        optional(RELATED, OptionType.STRING).withMaxLength(500)),
                SubcommandSpec.of(
                        NAME,
                        "edit",
                        project,
                        optional(TITLE, OptionType.STRING).withMaxLength(200),
                        optional(REGION, OptionType.STRING).withAutocomplete(),
                        optional(SUBREGION, OptionType.STRING).withMaxLength(100),
                        optional(THEME, OptionType.STRING).withAutocomplete(),
                        optional(PILLAR, OptionType.STRING).withAutocomplete(),
                        optional(GOAL, OptionType.STRING).withMaxLength(1000),
                        optional(PHASE, OptionType.STRING).withChoices(Phase.choices()),
                        optional(STATUS, OptionType.STRING).withChoices(ProjectStatus.choices()),
                        optional(ADD_LEADER, OptionType.USER),
                        optional(REMOVE_LEADER, OptionType.USER),
                        optional(PORTFOLIO_HOLDERS, OptionType.STRING).withMaxLength(500),
                        optional(ORGANISATIONS, OptionType.STRING).withMaxLength(1000),
                        optional(RELATED, OptionType.STRING).withMaxLength(500)),
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
                                        new nl.regiotafel.commands.api.Choice("lower", "kpi.direction.lower")))),
                SubcommandSpec.of(NAME, "info", project),
                SubcommandSpec.of(
                        NAME,
                        "list",
                        optional(REGION, OptionType.STRING).withAutocomplete(),
                        optional(THEME, OptionType.STRING).withAutocomplete(),
                        optional(STATUS, OptionType.STRING).withChoices(ProjectStatus.choices()),
                        optional(PHASE, OptionType.STRING).withChoices(Phase.choices()),
                        optional(LEADER, OptionType.USER),
                        optional(ARCHIVED, OptionType.BOOLEAN)),
                SubcommandSpec.of(NAME, "archive", project));
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = networks.get(request.networkId());
        return switch (request.subcommand()) {
            case "add" -> add(request, m, settings);
            case "edit" -> edit(request, m, settings);
            case "kpi" -> kpi(request, m);
            case "info" -> info(request, m, settings);
            case "list" -> list(request, m, settings);
            case "archive" -> archive(request, m);
            default -> throw new AssertionError("Unknown subcommand " + request.subcommand());
        };
    }

    private CommandResponse add(CommandRequest request, Messages m, NetworkSettings settings) {
        Access.requireManager(request);
        String code = request.requireText(CODE).toLowerCase(Locale.ROOT);
        if (!Projects.isValidCode(code)) {
            throw new UserError("error.project.code", code);
        }
        Region region = Regions.require(settings, request.requireText(REGION));
        String theme = theme(settings, request.requireText(THEME));
        Instant now = clock.instant();
        Project project = new Project(
                request.networkId(),
                code,
                request.requireText(TITLE),
                region.name(),
                request.text(SUBREGION).orElse(null),
                theme,
                request.text(PILLAR)
                        .map(p -> pillar(settings, p))
                        .orElse(settings.pillar(theme).orElse(null)),
                request.text(GOAL).orElse(null),
                request.text(PHASE).map(t -> Phase.require(PHASE, t)).orElse(Phase.PLAN_VAN_AANPAK),
                request.text(STATUS).map(t -> ProjectStatus.require(STATUS, t)).orElse(ProjectStatus.NOG_NIET_GESTART),
                null,
                request.user(LEADER).map(UserRef::id).stream().toList(),
                Texts.items(request.text(PORTFOLIO_HOLDERS).orElse(null)),
                Texts.items(request.text(ORGANISATIONS).orElse(null)),
                List.of(),
                related(request, code),
                false,
                now,
                now,
                0);
        Project created;
        try {
            created = projects.create(project);
        } catch (DuplicateProjectException e) {
            throw new UserError("error.project.exists", code);
        }
        audit.record(new AuditEntry(
                request.networkId(),
                now,
                request.invoker().userId(),
                request.invoker().displayName(),
                AuditAction.PROJECT_ADD,
                code,
                List.of(new Change("name", null, created.name()))));
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

    private CommandResponse edit(CommandRequest request, Messages m, NetworkSettings settings) {
        Project current = load(request);
        Access.requireEditor(request, current);
        Project.Builder edit = current.toBuilder();
        request.text(TITLE).ifPresent(v -> edit.name = v);
        request.text(REGION)
                .ifPresent(v -> edit.region = Regions.require(settings, v).name());
        request.text(SUBREGION).ifPresent(v -> edit.subRegion = v.equals("-") ? null : v);
        request.text(THEME).ifPresent(v -> edit.theme = theme(settings, v));
        request.text(PILLAR).ifPresent(v -> edit.pillar = pillar(settings, v));
        request.text(GOAL).ifPresent(v -> edit.goal = v);
        request.text(PHASE).ifPresent(v -> edit.phase = Phase.require(PHASE, v));
        request.text(STATUS).ifPresent(v -> edit.status = ProjectStatus.require(STATUS, v));
        List<String> leaders = new ArrayList<>(current.leaders());
        request.user(ADD_LEADER).filter(u -> !leaders.contains(u.id())).ifPresent(u -> leaders.add(u.id()));
        request.user(REMOVE_LEADER).ifPresent(u -> leaders.remove(u.id()));
        edit.leaders = leaders;
        request.text(PORTFOLIO_HOLDERS).ifPresent(v -> edit.portfolioHolders = Texts.items(v));
        request.text(ORGANISATIONS).ifPresent(v -> edit.organisations = Texts.items(v));
        if (request.text(RELATED).isPresent()) {
            edit.related = related(request, current.code());
        }
        edit.updatedAt = clock.instant();
        Project changed = edit.build();
        List<Change> changes = changes(m, current, changed);
        if (changes.isEmpty()) {
            throw new UserError("error.project.nothingToChange", current.code());
        }
        Project saved = projects.update(changed);
        audit(request, AuditAction.PROJECT_EDIT, saved.code(), changes);
        StringBuilder summary = new StringBuilder();
        for (Change change : changes) {
            summary.append("• ")
                    .append(change.field())
                    .append(": ")
                    .append(Texts.escape(Texts.limit(Objects.toString(change.before(), "–"), 200)))
                    .append(" → ")
                    .append(Texts.escape(Texts.limit(Objects.toString(change.after(), "–"), 200)))
                    .append('\n');
        }
        return CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(m.get("project.edited", saved.code()), summary.toString()))
                .changed(Changed.PROJECTS)
                .build();
    }

    private CommandResponse kpi(CommandRequest request, Messages m) {
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

    private CommandResponse info(CommandRequest request, Messages m, NetworkSettings settings) {
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

    private CommandResponse list(CommandRequest request, Messages m, NetworkSettings settings) {
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
                text.append("**")
                        .append(p.code())
                        .append("** — ")
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

    private CommandResponse archive(CommandRequest request, Messages m) {
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

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        String typed = request.text(option).orElse("");
        NetworkSettings settings = networks.get(request.networkId());
        return switch (option) {
            case PROJECT ->
                Projects.suggest(
                        projects,
                        request,
                        option,
                        p -> !"edit".equals(request.subcommand()) && !"kpi".equals(request.subcommand())
                                || Access.mayEdit(request, p));
            case REGION ->
                matching(settings.regions().stream().map(Region::name).toList(), typed);
            case THEME -> matching(settings.themes(), typed);
            case PILLAR -> matching(settings.pillars(), typed);
            default -> List.of();
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

    private List<String> related(CommandRequest request, String ownCode) {
        List<String> codes = Texts.items(request.text(RELATED).orElse(null)).stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .toList();
        for (String code : codes) {
            if (code.equals(ownCode) || projects.find(request.networkId(), code).isEmpty()) {
                throw new UserError("error.project.related", code);
            }
        }
        return codes;
    }

    private static List<Change> changes(Messages m, Project before, Project after) {
        List<Change> changes = new ArrayList<>();
        diff(changes, TITLE, before.name(), after.name());
        diff(changes, REGION, before.region(), after.region());
        diff(changes, SUBREGION, before.subRegion(), after.subRegion());
        diff(changes, THEME, before.theme(), after.theme());
        diff(changes, PILLAR, before.pillar(), after.pillar());
        diff(changes, GOAL, before.goal(), after.goal());
        diff(changes, PHASE, before.phase().slug(), after.phase().slug());
        diff(changes, STATUS, before.status().slug(), after.status().slug());
        diff(changes, "leaders", String.join(", ", before.leaders()), String.join(", ", after.leaders()));
        diff(
                changes,
                PORTFOLIO_HOLDERS,
                String.join(", ", before.portfolioHolders()),
                String.join(", ", after.portfolioHolders()));
        diff(
                changes,
                ORGANISATIONS,
                String.join(", ", before.organisations()),
                String.join(", ", after.organisations()));
        diff(changes, RELATED, String.join(", ", before.related()), String.join(", ", after.related()));
        return changes;
    }

    private static void diff(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    static String theme(NetworkSettings settings, String text) {
        return settings.theme(text)
                .orElseThrow(() -> new UserError("error.theme.unknown", text, String.join(", ", settings.themes())));
    }

    static String pillar(NetworkSettings settings, String text) {
        return settings.pillar(text)
                .orElseThrow(() -> new UserError("error.pillar.unknown", text, String.join(", ", settings.pillars())));
    }

    private static Double finite(Double value) {
        if (value.isNaN() || value.isInfinite() || Math.abs(value) > 1e12) {
            throw new UserError("error.number.range", value);
        }
        return value;
    }
}
