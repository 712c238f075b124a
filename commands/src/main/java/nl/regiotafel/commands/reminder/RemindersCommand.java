package nl.regiotafel.commands.reminder;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Choice;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Subcommand;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.text.Texts;

/**
 * What the bot will remind, and how.
 *
 * <pre>
 * /reminders show
 * /reminders pause project:tizv-glasses
 * /reminders resume
 * /reminders settings lead-days:"14,2" digest-day:monday time:09:00
 * /reminders dm on:true
 * </pre>
 */
public final class RemindersCommand implements Command {

    public static final String NAME = "reminders";
    public static final String LEAD_DAYS = "lead-days";
    public static final String DIGEST_DAY = "digest-day";
    public static final String TIME = "time";
    public static final String ON = "on";

    static final Duration SHOW_AHEAD = Duration.ofDays(30);

    private final ReminderSettingsStore settings;
    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final AuditStore audit;
    private final nl.regiotafel.commands.update.UpdateStore updates;
    private final Clock clock;

    public RemindersCommand(
            ReminderSettingsStore settings,
            ProjectStore projects,
            MilestoneStore milestones,
            AuditStore audit,
            nl.regiotafel.commands.update.UpdateStore updates,
            Clock clock) {
        this.updates = updates;
        this.settings = settings;
        this.projects = projects;
        this.milestones = milestones;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(NAME, subcommands());
    }

    @Override
    public List<Subcommand> subcommands() {
        List<Choice> days = java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> new Choice(
                        d.name().toLowerCase(Locale.ROOT), "day." + d.name().toLowerCase(Locale.ROOT)))
                .toList();
        return List.of(
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "show",
                                optional(Projects.OPTION, OptionType.STRING).withAutocomplete()),
                        this::show),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "pause",
                                optional(Projects.OPTION, OptionType.STRING).withAutocomplete()),
                        request -> pause(request, true)),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "resume",
                                optional(Projects.OPTION, OptionType.STRING).withAutocomplete()),
                        request -> pause(request, false)),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "settings",
                                optional(LEAD_DAYS, OptionType.STRING).withMaxLength(40),
                                optional(DIGEST_DAY, OptionType.STRING).withChoices(days),
                                optional(TIME, OptionType.STRING).withMaxLength(5)),
                        this::settings),
                new Subcommand(SubcommandSpec.of(NAME, "dm", required(ON, OptionType.BOOLEAN)), this::dm));
    }

    /** The next 30 days as the planner will see them: computed, not read from the ledger, so nothing is written. */
    private CommandResponse show(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings network = request.settings();
        Access.requireReader(request, network);
        ReminderSettings prefs = settings.get(request.networkId());
        Instant now = clock.instant();
        Instant until = now.plus(SHOW_AHEAD);
        String only = request.text(Projects.OPTION)
                .map(c -> Projects.require(projects, request).code())
                .orElse(null);
        // Exactly what the dispatcher would send as things stand: what it would skip is left out
        Set<String> active = new HashSet<>();
        Set<String> owing = new HashSet<>();
        for (Project p : projects.list(request.networkId(), ProjectFilter.all())) {
            if (!p.status().isFinished() && (only == null || only.equals(p.code())) && !prefs.isPaused(p.code())) {
                active.add(p.code());
            }
            if (p.status().reports() && !prefs.isPaused(p.code())) {
                owing.add(p.code());
            }
        }
        List<ReminderSchedule.Occurrence> coming = new ArrayList<>();
        if (!prefs.paused()) {
            for (Milestone ms : milestones.list(request.networkId(), active, true, null, 10_000)) {
                ReminderSchedule.milestone(ms, prefs, network.zone(), now, until).stream()
                        .filter(o -> ms.snoozedUntil() == null
                                || !o.at().atZone(network.zone()).toLocalDate().isBefore(ms.snoozedUntil()))
                        .forEach(coming::add);
            }
            if (only == null) {
                Map<ReminderSubject, Set<String>> reported = new HashMap<>();
                ReminderSchedule.rounds(network.calendar(), prefs, network.zone(), now, until).stream()
                        .filter(o -> !reported.computeIfAbsent(
                                        o.subject(),
                                        round -> updates.reportedProjects(
                                                request.networkId(),
                                                ((ReminderSubject.Round) round)
                                                        .period()
                                                        .key()))
                                .containsAll(owing))
                        .forEach(coming::add);
                coming.addAll(ReminderSchedule.digests(prefs, network.zone(), now, until));
            }
        }
        coming.sort(Comparator.comparing(ReminderSchedule.Occurrence::at));
        StringBuilder text = new StringBuilder();
        if (prefs.paused()) {
            text.append(Markup.bold(m.get("reminders.pausedNetwork"))).append("\n");
        }
        for (ReminderSchedule.Occurrence o : coming) {
            text.append(Markup.dateTime(o.at()))
                    .append(" · ")
                    .append(m.get("reminder.kind." + o.kind().name()))
                    .append(" · ")
                    .append(Texts.escape(o.subject().stored()))
                    .append('\n');
        }
        String title = m.get("reminders.show.title", coming.size());
        List<String> pausedHere = prefs.pausedProjects().stream()
                .filter(code -> only == null || only.equals(code))
                .sorted()
                .toList();
        String pausedLine =
                pausedHere.isEmpty() ? "" : m.get("reminders.show.pausedProjects", String.join(", ", pausedHere));
        if (coming.isEmpty()) {
            String empty = prefs.paused() ? m.get("reminders.pausedNetwork") : m.get("reminders.show.empty");
            return CommandResponse.privateText(title, pausedLine.isEmpty() ? empty : empty + "\n" + pausedLine);
        }
        if (!pausedLine.isEmpty()) {
            text.append(pausedLine).append('\n');
        }
        List<String> lines = List.of(text.toString().split("\n"));
        List<Page> pages = new ArrayList<>();
        for (int start = 0; start < lines.size(); start += 20) {
            pages.add(Page.of(title, String.join("\n", lines.subList(start, Math.min(lines.size(), start + 20)))));
        }
        return CommandResponse.builder().privately().pages(pages).build();
    }

    private CommandResponse pause(CommandRequest request, boolean pause) {
        Messages m = Messages.of(request.locale());
        String project;
        if (request.text(Projects.OPTION).isPresent()) {
            Project p = Projects.require(projects, request);
            Access.requireEditor(request, p);
            project = p.code();
        } else {
            Access.requireManager(request);
            project = null;
        }
        ReminderSettings saved = settings.change(request.networkId(), s -> {
            Set<String> paused = new HashSet<>(s.pausedProjects());
            if (project != null) {
                if (pause) {
                    paused.add(project);
                } else {
                    paused.remove(project);
                }
            }
            return new ReminderSettings(
                    s.networkId(),
                    project == null ? pause : s.paused(),
                    paused,
                    s.leadDays(),
                    s.sendAt(),
                    s.digestDay(),
                    s.dmOptIn(),
                    s.dmBlocked(),
                    s.version());
        });
        record(
                request,
                pause ? AuditAction.REMINDERS_PAUSE : AuditAction.REMINDERS_RESUME,
                project == null ? "*" : project);
        String key = (pause ? "reminders.pausedDone" : "reminders.resumedDone") + (project == null ? "" : ".project");
        return CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get(key, project), saved.paused() && project != null ? m.get("reminders.pausedNetwork") : ""))
                .build();
    }

    /**
     * Shows everything that decides what is reminded, and changes the reminder preferences; the reporting calendar and
     * the channels are shown here but changed with /setup calendar and /setup channels, so each has one owner.
     */
    private CommandResponse settings(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings network = request.settings();
        Access.requireAdmin(request);
        List<Integer> lead =
                request.text(LEAD_DAYS).map(RemindersCommand::leadDays).orElse(null);
        DayOfWeek digest = request.text(DIGEST_DAY)
                .map(d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)))
                .orElse(null);
        LocalTime time = request.text(TIME).map(RemindersCommand::time).orElse(null);
        ReminderSettings before = settings.get(request.networkId());
        ReminderSettings after = settings.change(
                request.networkId(),
                s -> new ReminderSettings(
                        s.networkId(),
                        s.paused(),
                        s.pausedProjects(),
                        lead == null ? s.leadDays() : lead,
                        time == null ? s.sendAt() : time,
                        digest == null ? s.digestDay() : digest,
                        s.dmOptIn(),
                        s.dmBlocked(),
                        s.version()));
        if (lead != null || digest != null || time != null) {
            audit.record(new AuditEntry(
                    request.networkId(),
                    clock.instant(),
                    request.invoker().userId(),
                    request.invoker().displayName(),
                    AuditAction.REMINDERS_SETTINGS,
                    "reminders",
                    List.of(
                            new AuditEntry.Change("leadDays", days(before.leadDays()), days(after.leadDays())),
                            new AuditEntry.Change(
                                    "sendAt",
                                    before.sendAt().toString(),
                                    after.sendAt().toString()),
                            new AuditEntry.Change(
                                    "digestDay",
                                    before.digestDay().name(),
                                    after.digestDay().name()))));
        }
        return CommandResponse.builder()
                .privately()
                .page(Page.of(
                        m.get("reminders.settings.title"),
                        m.get(
                                "reminders.settings.text",
                                days(after.leadDays()),
                                after.sendAt().toString(),
                                m.get("day." + after.digestDay().name().toLowerCase(Locale.ROOT)),
                                m.get(after.paused() ? "common.yes" : "common.no"),
                                Texts.joinOr(List.copyOf(after.pausedProjects()), m.get("common.none")),
                                calendar(m, network),
                                channel(m, network.channels().reminders()),
                                channel(m, network.channels().managers()),
                                channel(m, network.channels().digest()))))
                .build();
    }

    /** Lead days as a list people read: {@code 14, 2}, not {@code [14, 2]}. */
    private static String days(List<Integer> days) {
        return days.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The reporting calendar in words: kind, opening and deadline. */
    private static String calendar(Messages m, NetworkSettings network) {
        var calendar = network.calendar();
        return m.get(
                "reminders.settings.calendar",
                m.get("setup.kind." + calendar.kind().name().toLowerCase(Locale.ROOT)),
                calendar.opensDaysBefore(),
                calendar.deadlineDaysAfter());
    }

    private static String channel(Messages m, String id) {
        return id == null ? m.get("reminders.settings.noChannel") : Markup.channel(id);
    }

    private CommandResponse dm(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        boolean on = request.bool(ON).orElse(true);
        String user = request.invoker().userId();
        settings.change(request.networkId(), s -> {
            Set<String> optIn = new HashSet<>(s.dmOptIn());
            Set<String> blocked = new HashSet<>(s.dmBlocked());
            if (on) {
                optIn.add(user);
                blocked.remove(user);
            } else {
                optIn.remove(user);
            }
            return new ReminderSettings(
                    s.networkId(),
                    s.paused(),
                    s.pausedProjects(),
                    s.leadDays(),
                    s.sendAt(),
                    s.digestDay(),
                    optIn,
                    blocked,
                    s.version());
        });
        return CommandResponse.privateText(null, m.get(on ? "reminders.dm.on" : "reminders.dm.off"));
    }

    private void record(CommandRequest request, AuditAction action, String subject) {
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                action,
                "reminders:" + subject,
                List.of()));
    }

    static List<Integer> leadDays(String text) {
        List<Integer> days = new ArrayList<>();
        for (String item : Texts.items(text)) {
            try {
                int day = Integer.parseInt(item);
                if (day < 1 || day > 90) {
                    throw new UserError("error.reminders.leadDays", text);
                }
                days.add(day);
            } catch (NumberFormatException e) {
                throw new UserError("error.reminders.leadDays", text);
            }
        }
        if (days.isEmpty() || days.size() > 5) {
            throw new UserError("error.reminders.leadDays", text);
        }
        return days.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    static LocalTime time(String text) {
        try {
            LocalTime time = LocalTime.parse(text.length() == 4 ? "0" + text : text);
            if (time.getMinute() % 15 != 0) {
                throw new UserError("error.reminders.time", text);
            }
            return time;
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserError("error.reminders.time", text);
        }
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        return Projects.suggest(projects, request, option, p -> true);
    }
}
