package nl.regiotafel.commands.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.chat.OutboundMessage;
import nl.regiotafel.commands.chat.OutboundMessage.Purpose;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneCards;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * Writes a reminder at the moment it goes out, from the state at that moment: a milestone that was done or moved, or
 * a leader who has reported since, means the reminder no longer applies and is skipped.
 */
public final class ReminderComposer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReminderComposer.class);

    /** A reminder sent more than this after its planned time says it is late. */
    static final java.time.Duration LATE_AFTER = java.time.Duration.ofHours(1);

    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final UpdateStore updates;
    private final NetworkStore networks;
    private final ReminderSettingsStore settings;
    private final AbsenceStore absences;

    public ReminderComposer(
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            NetworkStore networks,
            ReminderSettingsStore settings,
            AbsenceStore absences) {
        this.projects = projects;
        this.milestones = milestones;
        this.updates = updates;
        this.networks = networks;
        this.settings = settings;
        this.absences = absences;
    }

    /** The message for {@code reminder} at {@code now}, or empty with the reason it no longer applies. */
    public Composed compose(Reminder reminder, Instant now) {
        return batch(now).compose(reminder);
    }

    /**
     * Composes many reminders at one moment, reading each network's settings, projects, absences and reports once
     * instead of once per reminder.
     */
    public Batch batch(Instant now) {
        return new Batch(now);
    }

    /**
     * One dispatch batch's view of the networks: settings, projects, absences and who reported are read once per
     * network (and period) for the whole batch; short-lived, so what it caches cannot go stale.
     */
    public final class Batch {
        private final Instant now;
        private final Map<String, NetworkSettings> networkCache = new java.util.HashMap<>();
        private final Map<String, ReminderSettings> prefsCache = new java.util.HashMap<>();
        private final Map<String, Map<String, Project>> projectCache = new java.util.HashMap<>();
        private final Map<String, Map<String, Absence>> absenceCache = new java.util.HashMap<>();
        private final Map<String, Set<String>> reportedCache = new java.util.HashMap<>();

        private Batch(Instant now) {
            this.now = now;
        }

        /**
         * The message for {@code reminder}, or why it no longer applies, or why it could not be composed: a failure
         * composing one reminder (a bug, a store that failed) is reported in the result, never thrown, so it cannot
         * stop the others.
         */
        public Composed compose(Reminder reminder) {
            try {
                return composeOrThrow(reminder);
            } catch (RuntimeException e) {
                log.error("Composing reminder {} failed", reminder.key(), e);
                return Composed.failed(e.toString());
            }
        }

        private Composed composeOrThrow(Reminder reminder) {
            NetworkSettings network = networkCache.computeIfAbsent(reminder.networkId(), networks::get);
            ReminderSettings prefs = prefsCache.computeIfAbsent(reminder.networkId(), settings::get);
            Messages m = Messages.of(network.locale());
            LocalDate today = LocalDate.ofInstant(now, network.zone());
            Context context = new Context(reminder, network, prefs, m, today, now, this);
            return switch (reminder.kind()) {
                case MILESTONE_BEFORE, MILESTONE_DUE, MILESTONE_OVERDUE -> milestone(context);
                case ROUND_OPEN, ROUND_DEADLINE, ROUND_ESCALATION -> round(context);
                case DIGEST -> digest(context);
            };
        }

        Map<String, Project> projects(String networkId) {
            return projectCache.computeIfAbsent(networkId, id -> projects.list(id, ProjectFilter.all()).stream()
                    .collect(Collectors.toMap(Project::code, p -> p)));
        }

        Optional<Absence> absence(String networkId, String userId) {
            return Optional.ofNullable(absenceCache
                    .computeIfAbsent(networkId, id -> absences.all(id).stream()
                            .collect(Collectors.toMap(Absence::userId, a -> a, (a, b) -> b)))
                    .get(userId));
        }

        Set<String> reported(String networkId, String period) {
            return reportedCache.computeIfAbsent(
                    networkId + "|" + period, k -> updates.reportedProjects(networkId, period));
        }
    }

    /**
     * What to send, or why not.
     *
     * @param message the message, or null
     * @param skipReason why it no longer applies, or null
     * @param failure what went wrong composing it (to try again later), or null
     */
    public record Composed(OutboundMessage message, String skipReason, String failure) {
        static Composed skip(String reason) {
            return new Composed(null, reason, null);
        }

        static Composed failed(String failure) {
            return new Composed(null, null, failure);
        }
    }

    private record Context(
            Reminder reminder,
            NetworkSettings network,
            ReminderSettings prefs,
            Messages m,
            LocalDate today,
            Instant now,
            Batch batch) {
        ZoneId zone() {
            return network.zone();
        }
    }

    private Composed milestone(Context c) {
        if (!(c.reminder().subject() instanceof ReminderSubject.Milestone subject)) {
            throw new IllegalStateException(
                    "A milestone reminder about " + c.reminder().subject());
        }
        Optional<Project> project =
                Optional.ofNullable(c.batch().projects(c.reminder().networkId()).get(subject.projectCode()));
        if (project.isEmpty()
                || project.get().archived()
                || project.get().status().isFinished()) {
            return Composed.skip("project gone, archived or finished");
        }
        if (c.prefs().isPaused(subject.projectCode())) {
            return Composed.skip("paused");
        }
        Optional<Milestone> found = milestones.find(c.reminder().networkId(), subject.projectCode(), subject.number());
        if (found.isEmpty() || !found.get().isOpen()) {
            return Composed.skip("milestone done or removed");
        }
        Milestone milestone = found.get();
        if (!c.reminder().detail().startsWith("due=" + milestone.due().date())) {
            return Composed.skip("milestone moved");
        }
        if (milestone.snoozedUntil() != null && c.today().isBefore(milestone.snoozedUntil())) {
            return Composed.skip("snoozed");
        }
        Recipients to = recipients(c, List.of(project.get()));
        Messages m = c.m();
        String title =
                switch (c.reminder().kind()) {
                    case MILESTONE_BEFORE ->
                        m.get(
                                "reminder.milestone.before",
                                milestone.projectCode(),
                                java.time.temporal.ChronoUnit.DAYS.between(
                                        c.today(), milestone.due().date()));
                    case MILESTONE_DUE -> m.get("reminder.milestone.due", milestone.projectCode());
                    default -> m.get("reminder.milestone.overdue", milestone.projectCode());
                };
        StringBuilder text = new StringBuilder();
        text.append(to.greeting(m)).append('\n');
        text.append(MilestoneCards.line(m, milestone, c.zone(), c.today(), false))
                .append('\n');
        text.append(m.get("reminder.milestone.ask"));
        appendLate(c, text);
        Map<String, Object> target =
                Map.of("project", milestone.projectCode(), "milestone", Integer.toString(milestone.number()));
        List<Action> actions = List.of(
                new Action("reminder.action.done", "milestone", "done", target),
                new Action("reminder.action.move", "milestone", "move", target),
                new Action("reminder.action.snooze", "milestone", "snooze", target));
        return message(c, Purpose.REMINDERS, title, text, to, actions);
    }

    private Composed round(Context c) {
        if (!(c.reminder().subject() instanceof ReminderSubject.Round round)) {
            throw new IllegalStateException(
                    "A round reminder about " + c.reminder().subject());
        }
        String period = round.period().key();
        List<Project> owing = owing(c, period);
        if (owing.isEmpty()) {
            return Composed.skip("everyone reported");
        }
        Messages m = c.m();
        String deadline = c.reminder().detail().substring("deadline=".length());
        String deadlineText = Markup.date(LocalDate.parse(deadline), c.zone());
        StringBuilder text = new StringBuilder();
        Recipients to;
        String title;
        Purpose purpose = Purpose.REMINDERS;
        switch (c.reminder().kind()) {
            case ROUND_OPEN -> {
                to = recipients(c, owing);
                title = m.get("reminder.round.open", period);
                text.append(m.get("reminder.round.openText", period, deadlineText))
                        .append('\n');
            }
            case ROUND_DEADLINE -> {
                to = recipients(c, owing);
                if (to.isEmpty()) {
                    return Composed.skip("everyone who owes an update is away");
                }
                title = m.get("reminder.round.deadline", period);
                text.append(m.get("reminder.round.deadlineText", period, deadlineText))
                        .append('\n');
            }
            default -> {
                to = managers(c);
                purpose = Purpose.MANAGERS;
                title = m.get("reminder.round.escalation", period);
                text.append(m.get("reminder.round.escalationText", period, deadlineText, owing.size()))
                        .append('\n');
            }
        }
        for (Project project : owing.subList(0, Math.min(owing.size(), 40))) {
            text.append("• ")
                    .append(Markup.bold(project.code()))
                    .append(" ")
                    .append(Texts.escape(Texts.limit(project.name(), 60)))
                    .append(" — ")
                    .append(leaders(c, project))
                    .append('\n');
        }
        if (owing.size() > 40) {
            text.append(m.get("status.more", owing.size() - 40)).append('\n');
        }
        if (c.reminder().kind() != ReminderKind.ROUND_ESCALATION) {
            text.append(m.get("reminder.round.how"));
        }
        appendLate(c, text);
        return message(c, purpose, title, text, to, List.of());
    }

    private Composed digest(Context c) {
        String networkId = c.reminder().networkId();
        Instant weekAgo = c.now().minus(java.time.Duration.ofDays(7));
        List<Update> posted = updates.postedBetween(networkId, weekAgo, c.now());
        List<Milestone> all = milestones.list(networkId, null, false, null, 10_000);
        List<Milestone> done = all.stream()
                .filter(ms -> !ms.isOpen()
                        && ms.doneOn() != null
                        && ms.doneOn().isAfter(c.today().minusDays(7)))
                .toList();
        List<Milestone> dueSoon = all.stream()
                .filter(ms -> ms.isOpen()
                        && !ms.due().date().isBefore(c.today())
                        && ms.due().date().isBefore(c.today().plusDays(14)))
                .toList();
        List<Milestone> overdue =
                all.stream().filter(ms -> ms.isOverdue(c.today())).toList();
        if (posted.isEmpty() && done.isEmpty() && dueSoon.isEmpty() && overdue.isEmpty()) {
            return Composed.skip("nothing to report");
        }
        Messages m = c.m();
        StringBuilder text = new StringBuilder();
        section(
                text,
                m.get("digest.updates", posted.size()),
                posted.stream()
                        .map(u -> "• " + Markup.bold(u.projectCode()) + " #" + u.number() + " " + u.period()
                                + (u.health() == null
                                        ? ""
                                        : " · " + m.get(u.health().labelKey())))
                        .toList());
        section(text, m.get("digest.done", done.size()), lines(c, done));
        section(text, m.get("digest.dueSoon", dueSoon.size()), lines(c, dueSoon));
        section(text, m.get("digest.overdue", overdue.size()), lines(c, overdue));
        appendLate(c, text);
        return message(
                c,
                Purpose.DIGEST,
                m.get("digest.title", c.reminder().subject().stored()),
                text,
                Recipients.NONE,
                List.of());
    }

    private List<String> lines(Context c, List<Milestone> list) {
        return list.stream()
                .map(ms -> MilestoneCards.line(c.m(), ms, c.zone(), c.today(), true))
                .toList();
    }

    private static void section(StringBuilder text, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append(Markup.bold(heading)).append("\n");
        lines.stream().limit(15).forEach(l -> text.append(l).append('\n'));
        if (lines.size() > 15) {
            text.append("… +").append(lines.size() - 15).append('\n');
        }
    }

    /** Active projects without an update for the period, by code. */
    private List<Project> owing(Context c, String period) {
        ReminderSettings prefs = c.prefs();
        Set<String> reported = c.batch().reported(c.reminder().networkId(), period);
        return c.batch().projects(c.reminder().networkId()).values().stream()
                .sorted(java.util.Comparator.comparing(Project::code))
                .filter(p -> p.status().reports())
                .filter(p -> !prefs.isPaused(p.code()))
                .filter(p -> !reported.contains(p.code()))
                .toList();
    }

    /** Who a reminder about these projects addresses: their leaders who are not away, else the managers. */
    private Recipients recipients(Context c, List<Project> about) {
        Set<String> users = new LinkedHashSet<>();
        boolean leaderless = false;
        for (Project project : about) {
            if (project.leaders().isEmpty()) {
                leaderless = true;
            }
            for (String leader : project.leaders()) {
                if (!isAway(c, leader)) {
                    users.add(leader);
                }
            }
        }
        Set<String> direct = users.stream()
                .filter(u -> c.prefs().dmOptIn().contains(u)
                        && !c.prefs().dmBlocked().contains(u))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> roles = leaderless ? Set.copyOf(c.network().roles().managerRoleIds()) : Set.of();
        return new Recipients(users, roles, direct);
    }

    private Recipients managers(Context c) {
        return new Recipients(Set.of(), Set.copyOf(c.network().roles().managerRoleIds()), Set.of());
    }

    private String leaders(Context c, Project project) {
        if (project.leaders().isEmpty()) {
            return c.m().get("project.noLeader");
        }
        return project.leaders().stream()
                .map(id -> Markup.user(id) + (isAway(c, id) ? " (" + c.m().get("reminder.away") + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    private boolean isAway(Context c, String userId) {
        return c.batch()
                .absence(c.reminder().networkId(), userId)
                .map(a -> a.covers(c.today()))
                .orElse(false);
    }

    private static void appendLate(Context c, StringBuilder text) {
        if (c.now().isAfter(c.reminder().dueAt().plus(LATE_AFTER))) {
            text.append('\n')
                    .append(c.m().get(
                                    "reminder.late",
                                    Markup.dateTime(c.reminder().dueAt())));
        }
    }

    private static Composed message(
            Context c, Purpose purpose, String title, StringBuilder text, Recipients to, List<Action> actions) {
        return new Composed(
                new OutboundMessage(
                        c.reminder().networkId(),
                        purpose,
                        Page.of(title, text.toString().strip()),
                        to.users(),
                        to.roles(),
                        to.direct(),
                        actions,
                        c.reminder().key()),
                null,
                null);
    }

    /** The people and roles a message addresses. */
    private record Recipients(Set<String> users, Set<String> roles, Set<String> direct) {
        static final Recipients NONE = new Recipients(Set.of(), Set.of(), Set.of());

        boolean isEmpty() {
            return users.isEmpty() && roles.isEmpty();
        }

        String greeting(Messages m) {
            List<String> names = new ArrayList<>();
            users.forEach(u -> names.add(Markup.user(u)));
            roles.forEach(r -> names.add(Markup.role(r)));
            return names.isEmpty() ? m.get("reminder.toManagers") : String.join(" ", names);
        }
    }
}
