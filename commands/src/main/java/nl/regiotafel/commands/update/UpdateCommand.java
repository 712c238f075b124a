package nl.regiotafel.commands.update;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.api.Form;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.network.ReportingCalendar.Round;
import nl.regiotafel.commands.privacy.ClientDataWarning;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * A project leader's status update, in the blocks of the status slide. In Discord, without text options it opens a
 * form (modal) for the four text blocks; in the console the blocks are options.
 *
 * <pre>
 * /update project:tizv-glasses health:op-schema
 * /update project:tizv-glasses health:aandacht results:"7 organisaties doen mee" next-actions:"Eindevaluatie plannen"
 *         risks:"Uitval van experts" help:"Contact met Erasmus" kpi:"Deelnemende organisaties=7" period:2021-Q3
 * /update project:tizv-glasses edit:2 results:"7 organisaties doen mee; 3 use cases onderzocht"
 * /update project:tizv-glasses results:"..." confirm:true     (text the client-data check flagged, kept as written)
 * </pre>
 */
public final class UpdateCommand implements Command {

    public static final String NAME = "update";
    public static final String HEALTH = "health";
    public static final String PHASE = "phase";
    public static final String STATUS = "status";
    public static final String KPI = "kpi";
    public static final String PERIOD = "period";
    public static final String EDIT = "edit";
    public static final String RESULTS = "results";
    public static final String NEXT_ACTIONS = "next-actions";
    public static final String RISKS = "risks";
    public static final String HELP = "help";

    /** The text blocks, in the order of the status slide; each is one input of the Discord modal. */
    static final List<String> BLOCKS = List.of(RESULTS, NEXT_ACTIONS, RISKS, HELP);

    private final UpdateStore updates;
    private final ProjectStore projects;
    private final AuditStore audit;
    private final Clock clock;

    public UpdateCommand(UpdateStore updates, ProjectStore projects, AuditStore audit, Clock clock) {
        this.updates = updates;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                NAME,
                required(Projects.OPTION, OptionType.STRING).withAutocomplete(),
                optional(HEALTH, OptionType.STRING).withChoices(Health.choices()),
                optional(PHASE, OptionType.STRING).withChoices(Phase.choices()),
                optional(STATUS, OptionType.STRING).withChoices(ProjectStatus.choices()),
                optional(KPI, OptionType.STRING).withMaxLength(500),
                optional(PERIOD, OptionType.STRING).withMaxLength(20),
                optional(EDIT, OptionType.STRING).withAutocomplete().withMaxLength(10),
                optional(RESULTS, OptionType.STRING).withMaxLength(Form.MAX_INPUT_LENGTH),
                optional(NEXT_ACTIONS, OptionType.STRING).withMaxLength(Form.MAX_INPUT_LENGTH),
                optional(RISKS, OptionType.STRING).withMaxLength(Form.MAX_INPUT_LENGTH),
                optional(HELP, OptionType.STRING).withMaxLength(Form.MAX_INPUT_LENGTH),
                optional(ClientDataWarning.CONFIRM, OptionType.BOOLEAN).describedBy("opt.update.confirm"),
                optional(nl.regiotafel.commands.api.CommandRegistry.PRIVATE, OptionType.BOOLEAN));
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Messages m = request.messages();
        NetworkSettings settings = request.settings();
        Project project = Projects.require(projects, request);
        Access.requireEditor(request, project);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Optional<Update> edited = request.text(EDIT).map(n -> editable(request, project, settings, today, n));
        // Parse everything before anything is shown or written, so a typo is reported at once
        Health health = request.text(HEALTH).map(t -> Health.require(HEALTH, t)).orElse(null);
        Phase phase = request.text(PHASE).map(t -> Phase.require(PHASE, t)).orElse(null);
        ProjectStatus status =
                request.text(STATUS).map(t -> ProjectStatus.require(STATUS, t)).orElse(null);
        Map<String, Double> kpis =
                request.text(KPI).map(k -> kpiValues(project, k)).orElse(Map.of());
        ReportingCalendar calendar = settings.calendar();
        ReportingPeriod period = request.text(PERIOD)
                .map(ReportingPeriod::parse)
                .or(() -> edited.map(u -> ReportingPeriod.parseKey(u.period())))
                .orElseGet(() -> calendar.reportingPeriod(today));
        if (period.kind() != calendar.kind()) {
            throw new UserError(
                    "error.update.periodKind",
                    period.key(),
                    calendar.reportingPeriod(today).key());
        }
        // The next period may be reported on ahead of time; one after that is a typo
        if (period.start().isAfter(calendar.periodOf(today).next().start())) {
            throw new UserError("error.update.tooFarAhead", period.key());
        }
        Round round = calendar.round(period);
        boolean onlyFacts =
                edited.isPresent() && (health != null || phase != null || status != null || !kpis.isEmpty());
        if (BLOCKS.stream().allMatch(b -> request.text(b).isEmpty()) && !onlyFacts) {
            return CommandResponse.form(form(request, edited.orElse(null), m, round));
        }
        // No client data in free text: what looks like it is shown back and nothing is stored until confirmed
        Map<String, String> blockLabels = new LinkedHashMap<>();
        BLOCKS.forEach(b -> blockLabels.put(b, "update.block." + b));
        Optional<CommandResponse> flagged = ClientDataWarning.check(request, blockLabels);
        if (flagged.isPresent()) {
            return flagged.get();
        }
        Instant now = clock.instant();
        Map<String, Double> kpiValues =
                new LinkedHashMap<>(edited.map(Update::kpiValues).orElse(Map.of()));
        kpiValues.putAll(kpis);
        // An edit is a new version of the blocks it changes; every other block and value is carried over
        Update update = new Update(
                request.networkId(),
                project.code(),
                edited.map(Update::number).orElse(0),
                edited.map(u -> u.version() + 1).orElse(1),
                request.invoker().userId(),
                request.invoker().displayName(),
                edited.map(Update::firstPostedAt).orElse(now),
                now,
                period.key(),
                health != null ? health : edited.map(Update::health).orElse(null),
                phase != null ? phase : edited.map(Update::phase).orElse(null),
                status != null ? status : edited.map(Update::status).orElse(null),
                block(request, RESULTS, edited.map(Update::results)),
                block(request, NEXT_ACTIONS, edited.map(Update::nextActions)),
                block(request, RISKS, edited.map(Update::risks)),
                block(request, HELP, edited.map(Update::helpNeeded)),
                kpiValues,
                request.interactionId(),
                edited.map(Update::late).orElseGet(() -> round.isLate(now, settings.zone())));
        UpdateStore.Appended appended = updates.append(update);
        if (appended.created() && isCurrent(appended.update())) {
            applyToProject(request, project, appended.update());
        }
        return card(m, project, appended.update(), round, appended.created()).changing(Changed.UPDATES);
    }

    private static String block(CommandRequest request, String option, Optional<String> carried) {
        return request.text(option).or(() -> carried).orElse(null);
    }

    /**
     * Whether the update is the project's latest: of the latest period reported on, and the latest version within it.
     * Only then do its health, phase, status and KPI values become the project's; an update for an older period is
     * history.
     */
    private boolean isCurrent(Update update) {
        return updates.latest(update.networkId(), update.projectCode())
                .map(latest -> latest.number() == update.number() && latest.version() == update.version())
                .orElse(true);
    }

    /** The update being edited, if the user may still edit it. */
    private Update editable(
            CommandRequest request, Project project, NetworkSettings settings, LocalDate today, String number) {
        int n;
        try {
            n = Integer.parseInt(number.replace("#", "").strip());
        } catch (NumberFormatException e) {
            throw new UserError("error.update.number", number);
        }
        Update update = updates.find(request.networkId(), project.code(), n)
                .orElseThrow(() -> new UserError("error.update.unknown", project.code(), n));
        LocalDate deadline = settings.calendar().deadline(ReportingPeriod.parseKey(update.period()));
        if (today.isAfter(deadline)) {
            throw new UserError(
                    "error.update.closed",
                    n,
                    update.period(),
                    Messages.of(request.locale()).date(deadline));
        }
        return update;
    }

    private Form form(CommandRequest request, Update edited, Messages m, Round round) {
        Map<String, String> carried = new LinkedHashMap<>();
        for (String option : List.of(
                Projects.OPTION,
                HEALTH,
                PHASE,
                STATUS,
                KPI,
                PERIOD,
                EDIT,
                nl.regiotafel.commands.api.CommandRegistry.PRIVATE)) {
            request.text(option).ifPresent(v -> carried.put(option, v));
        }
        List<Form.Input> inputs = new ArrayList<>();
        inputs.add(input(RESULTS, edited == null ? null : edited.results()));
        inputs.add(input(NEXT_ACTIONS, edited == null ? null : edited.nextActions()));
        inputs.add(input(RISKS, edited == null ? null : edited.risks()));
        inputs.add(input(HELP, edited == null ? null : edited.helpNeeded()));
        // Discord's modal titles hold 45 characters: the short date form
        return new Form(
                "update.form.title",
                List.of(round.period().key(), m.shortDate(round.deadline())),
                NAME,
                null,
                carried,
                inputs);
    }

    private static Form.Input input(String option, String value) {
        return new Form.Input(
                option,
                "update.block." + option,
                true,
                false,
                Form.MAX_INPUT_LENGTH,
                value,
                "update.block.placeholder");
    }

    /**
     * Carries the update's phase, status, health and KPI values into the project. The update itself is already
     * stored; a concurrent project edit is retried on the fresh project rather than lost.
     */
    private void applyToProject(CommandRequest request, Project loaded, Update update) {
        Project current = loaded;
        for (int attempt = 0; attempt < 3; attempt++) {
            if (attempt > 0) {
                current = Projects.require(projects, request);
            }
            Project.Builder edit = current.toBuilder();
            List<AuditEntry.Change> changes = new ArrayList<>();
            if (update.health() != null && update.health() != current.health()) {
                changes.add(change(
                        "health",
                        current.health() == null ? null : current.health().slug(),
                        update.health().slug()));
                edit.health = update.health();
            }
            if (update.phase() != null && update.phase() != current.phase()) {
                changes.add(
                        change("phase", current.phase().slug(), update.phase().slug()));
                edit.phase = update.phase();
            }
            if (update.status() != null && update.status() != current.status()) {
                changes.add(change(
                        "status", current.status().slug(), update.status().slug()));
                edit.status = update.status();
            }
            List<Kpi> kpis = new ArrayList<>();
            for (Kpi kpi : current.kpis()) {
                Double value = update.kpiValues().get(kpi.label());
                if (value != null && !value.equals(kpi.actual())) {
                    changes.add(change(
                            "kpi " + kpi.label(),
                            ProjectCards.number(kpi.actual(), null),
                            ProjectCards.number(value, null)));
                    kpis.add(kpi.withActual(value));
                } else {
                    kpis.add(kpi);
                }
            }
            edit.kpis = kpis;
            if (changes.isEmpty()) {
                return;
            }
            edit.updatedAt = update.postedAt();
            try {
                projects.update(edit.build());
                audit.record(new AuditEntry(
                        request.networkId(),
                        update.postedAt(),
                        request.invoker().userId(),
                        request.invoker().displayName(),
                        AuditAction.UPDATE_APPLY,
                        current.code(),
                        changes));
                return;
            } catch (ConcurrentEditException e) {
                // Someone edited the project meanwhile: read it again and apply the update's changes on top
            }
        }
        throw new ConcurrentEditException("project " + update.projectCode());
    }

    private static AuditEntry.Change change(String field, String before, String after) {
        return new AuditEntry.Change(field, before, after);
    }

    private CommandResponse card(Messages m, Project project, Update update, Round round, boolean created) {
        return CommandResponse.builder()
                .tone(
                        update.health() == null
                                ? nl.regiotafel.commands.api.Tone.SUCCESS
                                : update.health().tone())
                .page(UpdateCards.page(m, project, update, round, created))
                .build();
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        String typed = request.text(option).orElse("");
        return switch (option) {
            case Projects.OPTION -> Projects.suggest(projects, request, option, p -> Access.mayEdit(request, p));
            case EDIT ->
                request
                        .text(Projects.OPTION)
                        .map(code -> updates.history(request.networkId(), code.toLowerCase(Locale.ROOT)))
                        .orElse(List.of())
                        .stream()
                        .limit(25)
                        .map(u -> new Suggestion(
                                Texts.limit(
                                        "#" + u.number() + " " + u.period() + " — "
                                                + Texts.limit(u.results() == null ? "" : u.results(), 60),
                                        100),
                                Integer.toString(u.number())))
                        .toList();
            default -> List.of();
        };
    }

    /** Reads {@code "Deelnemende organisaties=7; Use cases=3"} against the project's KPI labels. */
    static Map<String, Double> kpiValues(Project project, String text) {
        return KpiValues.parse(project, text);
    }
}
