package nl.regiotafel.commands.milestone;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.Choice;
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
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.Dates;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.DueDateParser;
import nl.regiotafel.commands.time.Precision;

/**
 * Milestones (mijlpalen) of projects, with due dates written the way the networks write them.
 *
 * <pre>
 * /milestone add project:tizv-glasses title:"Eindevaluatie" due:"juli 2021"
 * /milestone done project:tizv-glasses milestone:2 date:15-07-2021
 * /milestone move project:tizv-glasses milestone:2 due:"Q3 2021" reason:"Vertraging door corona"
 * /milestone list region:Zeeland scope:overdue
 * /milestone remove project:tizv-glasses milestone:2
 * </pre>
 */
public final class MilestoneCommand implements Command {

    public static final String NAME = "milestone";
    public static final String MILESTONE = "milestone";
    public static final String TITLE = "title";
    public static final String DUE = "due";
    public static final String OWNER = "owner";
    public static final String DATE = "date";
    public static final String REASON = "reason";
    public static final String REGION = "region";
    public static final String SCOPE = "scope";
    public static final String DAYS = "days";

    static final int PAGE_SIZE = 15;
    static final int MAX_PER_PROJECT = 100;

    private final MilestoneStore milestones;
    private final ProjectStore projects;
    private final AuditStore audit;
    private final Clock clock;

    public MilestoneCommand(MilestoneStore milestones, ProjectStore projects, AuditStore audit, Clock clock) {
        this.milestones = milestones;
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
        OptionSpec project = required(Projects.OPTION, OptionType.STRING).withAutocomplete();
        OptionSpec milestone = required(MILESTONE, OptionType.STRING).withAutocomplete();
        // Subcommands that change a milestone offer only projects the user may edit; done offers only open milestones
        Subcommand.Suggester editable = suggestions(true, false);
        return List.of(
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "add",
                                project,
                                required(TITLE, OptionType.STRING).withMaxLength(200),
                                required(DUE, OptionType.STRING).withMaxLength(60),
                                optional(OWNER, OptionType.USER)),
                        this::add,
                        editable),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "done",
                                project,
                                milestone,
                                optional(DATE, OptionType.STRING).withMaxLength(60)),
                        this::done,
                        suggestions(true, true)),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "move",
                                project,
                                milestone,
                                optional(DUE, OptionType.STRING).withMaxLength(60),
                                optional(REASON, OptionType.STRING).withMaxLength(500)),
                        this::move,
                        editable),
                new Subcommand(
                        SubcommandSpec.of(NAME, "snooze", project, milestone, optional(DAYS, OptionType.INTEGER)),
                        this::snooze,
                        editable),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "list",
                                optional(Projects.OPTION, OptionType.STRING).withAutocomplete(),
                                optional(REGION, OptionType.STRING).withAutocomplete(),
                                optional(SCOPE, OptionType.STRING)
                                        .withChoices(List.of(
                                                new Choice("open", "milestone.scope.open"),
                                                new Choice("overdue", "milestone.scope.overdue"),
                                                new Choice("done", "milestone.scope.done"),
                                                new Choice("all", "milestone.scope.all")))),
                        this::list,
                        suggestions(false, false)),
                new Subcommand(SubcommandSpec.of(NAME, "remove", project, milestone), this::remove, editable));
    }

    private CommandResponse add(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Project project = Projects.require(projects, request);
        Access.requireEditor(request, project);
        DueDate due = DueDateParser.parse(request.requireText(DUE));
        if (milestones.ofProject(request.networkId(), project.code()).size() >= MAX_PER_PROJECT) {
            throw new UserError("error.milestone.tooMany", MAX_PER_PROJECT);
        }
        Instant now = clock.instant();
        Milestone created = milestones.create(new Milestone(
                request.networkId(),
                project.code(),
                0,
                request.requireText(TITLE),
                due,
                MilestoneStatus.OPEN,
                null,
                request.user(OWNER).map(UserRef::id).orElse(null),
                0,
                null,
                now,
                now,
                0));
        audit(request, AuditAction.MILESTONE_ADD, created, new Change("due", null, due.label()));
        CommandResponse response = CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get("milestone.added", project.code(), created.number()),
                        MilestoneCards.line(m, created, settings.zone(), today(settings), false)))
                .changed(Changed.MILESTONES)
                .build();
        return warnIfPast(response, m, due, settings);
    }

    private CommandResponse done(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Project project = Projects.require(projects, request);
        Access.requireEditor(request, project);
        Milestone milestone = load(request, project);
        LocalDate day = request.text(DATE).map(this::day).orElse(today(settings));
        if (day.isAfter(today(settings))) {
            throw new UserError("error.milestone.doneInFuture", Dates.text(day, m.locale()));
        }
        Milestone saved = milestones.update(milestone.done(day, clock.instant()));
        audit(request, AuditAction.MILESTONE_DONE, saved, new Change("status", "open", "done " + day));
        CommandResponse response = CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get("milestone.doneTitle", project.code(), saved.number()),
                        MilestoneCards.line(m, saved, settings.zone(), today(settings), false)))
                .changed(Changed.MILESTONES)
                .build();
        LocalDate added = LocalDate.ofInstant(project.createdAt(), settings.zone());
        // Kept, not refused: work often predates its project's entry in Regiotafel; but a typo should be seen
        return day.isBefore(added)
                ? response.withNote(m.get(
                        "milestone.warn.doneBeforeProject",
                        Texts.escape(request.text(DATE).orElse(day.toString())),
                        Dates.text(day, m.locale()),
                        Dates.text(added, m.locale())))
                : response;
    }

    private CommandResponse move(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Project project = Projects.require(projects, request);
        Access.requireEditor(request, project);
        Milestone milestone = load(request, project);
        if (request.text(DUE).isEmpty()) {
            // From a reminder's "move" button: ask for the new date in a small form
            return CommandResponse.form(new nl.regiotafel.commands.api.Form(
                    "milestone.form.move",
                    NAME,
                    "move",
                    Map.of(Projects.OPTION, project.code(), MILESTONE, Integer.toString(milestone.number())),
                    List.of(
                            new nl.regiotafel.commands.api.Form.Input(
                                    DUE,
                                    "opt.due.short",
                                    false,
                                    true,
                                    60,
                                    milestone.due().label()),
                            new nl.regiotafel.commands.api.Form.Input(REASON, "opt.reason", true, false, 500, null))));
        }
        DueDate due = DueDateParser.parse(request.requireText(DUE));
        String reason = request.text(REASON)
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .orElse(null);
        Milestone saved = milestones.update(
                milestone.movedTo(due, clock.instant(), request.invoker().displayName(), reason));
        audit(
                request,
                AuditAction.MILESTONE_MOVE,
                saved,
                new Change("due", milestone.due().label(), due.label()),
                new Change("reason", null, reason));
        return warnIfPast(
                CommandResponse.builder()
                        .tone(Tone.SUCCESS)
                        .page(Page.of(
                                m.get("milestone.moved", project.code(), saved.number()),
                                m.get(
                                                "milestone.movedText",
                                                Texts.escape(milestone.due().display(m.locale())),
                                                Texts.escape(due.display(m.locale())))
                                        + (reason == null ? "" : "\n" + Texts.escape(reason))))
                        .changed(Changed.MILESTONES)
                        .build(),
                m,
                due,
                settings);
    }

    /**
     * The response, with a private note when the due date has already passed. Kept, not refused: milestones of work
     * already done are entered after the fact; but a mistyped year should be seen.
     */
    private CommandResponse warnIfPast(CommandResponse response, Messages m, DueDate due, NetworkSettings settings) {
        if (!due.date().isBefore(today(settings))) {
            return response;
        }
        return response.withNote(
                m.get("milestone.warn.duePast", Texts.escape(due.label()), Dates.text(due.date(), m.locale())));
    }

    private CommandResponse snooze(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Project project = Projects.require(projects, request);
        Access.requireEditor(request, project);
        Milestone milestone = load(request, project);
        long days = request.integer(DAYS).orElse(7L);
        if (days < 1 || days > 90) {
            throw new UserError("error.milestone.snoozeDays", days);
        }
        LocalDate until = today(settings).plusDays(days);
        Milestone saved = milestones.update(milestone.snoozed(until, clock.instant()));
        audit(request, AuditAction.MILESTONE_SNOOZE, saved, new Change("snoozedUntil", null, until.toString()));
        return CommandResponse.builder()
                .visibility(CommandResponse.Visibility.PRIVATE)
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get("milestone.snoozed", project.code(), saved.number()),
                        m.get("milestone.snoozedText", Markup.date(until, settings.zone()))))
                .build();
    }

    private CommandResponse remove(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        Project project = Projects.require(projects, request);
        Access.requireEditor(request, project);
        Milestone milestone = load(request, project);
        if (!milestones.remove(request.networkId(), project.code(), milestone.number())) {
            throw new UserError("error.milestone.unknown", project.code(), milestone.number());
        }
        audit(request, AuditAction.MILESTONE_REMOVE, milestone, new Change("title", milestone.title(), null));
        return CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get("milestone.removed", project.code(), milestone.number()),
                        Texts.escape(milestone.title())))
                .changed(Changed.MILESTONES)
                .build();
    }

    private CommandResponse list(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Access.requireReader(request, settings);
        String scope = request.text(SCOPE).orElse("open");
        List<Project> scoped;
        if (request.text(Projects.OPTION).isPresent()) {
            scoped = List.of(Projects.require(projects, request));
        } else {
            nl.regiotafel.commands.project.Regions.Place place = request.text(REGION)
                    .map(r -> nl.regiotafel.commands.project.Regions.place(
                            settings, r, () -> projects.list(request.networkId(), ProjectFilter.all())))
                    .orElse(new nl.regiotafel.commands.project.Regions.Place(null, null));
            scoped =
                    projects
                            .list(request.networkId(), new ProjectFilter(place.region(), null, null, null, null, false))
                            .stream()
                            .filter(place::contains)
                            .toList();
        }
        Map<String, Project> byCode = scoped.stream().collect(Collectors.toMap(Project::code, Function.identity()));
        LocalDate today = today(settings);
        // The whole network: no list of codes to match (a long $in is slow to evaluate); milestones of archived
        // projects are dropped below instead
        boolean wholeNetwork =
                request.text(Projects.OPTION).isEmpty() && request.text(REGION).isEmpty();
        List<Milestone> found = milestones
                .list(
                        request.networkId(),
                        wholeNetwork ? null : byCode.keySet(),
                        !scope.equals("done") && !scope.equals("all"),
                        scope.equals("overdue") ? today : null,
                        1_000)
                .stream()
                .filter(ms -> byCode.containsKey(ms.projectCode()))
                .filter(ms -> !scope.equals("done") || !ms.isOpen())
                .toList();
        String title = m.get("milestone.list.title." + scope, found.size());
        if (found.isEmpty()) {
            return CommandResponse.publicText(title, m.get("milestone.list.empty"));
        }
        List<Page> pages = new ArrayList<>();
        int count = (found.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        for (int start = 0; start < found.size(); start += PAGE_SIZE) {
            StringBuilder text = new StringBuilder();
            for (Milestone ms : found.subList(start, Math.min(found.size(), start + PAGE_SIZE))) {
                text.append(MilestoneCards.line(m, ms, settings.zone(), today, true))
                        .append('\n');
            }
            pages.add(new Page(title, text.toString(), List.of(), m.get("common.page", start / PAGE_SIZE + 1, count)));
        }
        return CommandResponse.builder().pages(pages).build();
    }

    /**
     * The suggestions of one subcommand.
     *
     * @param toEdit whether only projects the user may edit are offered
     * @param openOnly whether only open milestones are offered
     */
    private Subcommand.Suggester suggestions(boolean toEdit, boolean openOnly) {
        return (request, option) -> {
            String typed = request.text(option).orElse("");
            return switch (option) {
                case Projects.OPTION ->
                    Projects.suggest(projects, request, option, p -> !toEdit || Access.mayEdit(request, p));
                case REGION ->
                    request.settings().regions().stream()
                            .map(nl.regiotafel.commands.network.Region::name)
                            .filter(r -> r.toLowerCase(java.util.Locale.ROOT)
                                    .contains(typed.toLowerCase(java.util.Locale.ROOT)))
                            .limit(25)
                            .map(r -> new Suggestion(r, r))
                            .toList();
                case MILESTONE ->
                    request
                            .text(Projects.OPTION)
                            .map(code ->
                                    milestones.ofProject(request.networkId(), code.toLowerCase(java.util.Locale.ROOT)))
                            .orElse(List.of())
                            .stream()
                            .filter(ms -> !openOnly || ms.isOpen())
                            .filter(ms -> (ms.number() + " " + ms.title())
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .contains(typed.toLowerCase(java.util.Locale.ROOT)
                                            .replace("#", "")))
                            .limit(25)
                            .map(ms -> new Suggestion(
                                    Texts.limit(
                                            "#" + ms.number() + " " + ms.title() + " ("
                                                    + ms.due().label() + ")",
                                            100),
                                    Integer.toString(ms.number())))
                            .toList();
                default -> List.of();
            };
        };
    }

    private Milestone load(CommandRequest request, Project project) {
        String text = request.requireText(MILESTONE).replace("#", "").strip();
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UserError("error.milestone.number", text);
        }
        return milestones
                .find(request.networkId(), project.code(), number)
                .orElseThrow(() -> new UserError("error.milestone.unknown", project.code(), number));
    }

    private LocalDate day(String text) {
        DueDate date = DueDateParser.parse(text);
        if (date.precision() != Precision.DAY) {
            throw new UserError("error.milestone.doneDate", text);
        }
        return date.date();
    }

    private LocalDate today(NetworkSettings settings) {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    private void audit(CommandRequest request, AuditAction action, Milestone milestone, Change... changes) {
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                action,
                milestone.projectCode() + "#" + milestone.number(),
                java.util.Arrays.stream(changes)
                        .filter(c -> c.after() != null || c.before() != null)
                        .toList()));
    }
}
