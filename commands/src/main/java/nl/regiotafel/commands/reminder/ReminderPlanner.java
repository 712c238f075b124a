package nl.regiotafel.commands.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.readmodel.ReadScope;

/**
 * Turns the state in the database (milestones, the reporting calendar) into ledger entries. Planning is idempotent:
 * the ledger's unique keys make a second run, a restart or a second instance add nothing.
 */
public final class ReminderPlanner {

    /** How far back a planner run looks for occurrences it missed while the bot was down. */
    static final Duration CATCH_UP = Duration.ofDays(7);

    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final NetworkStore networks;
    private final ReminderSettingsStore settings;
    private final ReminderStore ledger;

    public ReminderPlanner(
            ProjectStore projects,
            MilestoneStore milestones,
            NetworkStore networks,
            ReminderSettingsStore settings,
            ReminderStore ledger) {
        this.projects = projects;
        this.milestones = milestones;
        this.networks = networks;
        this.settings = settings;
        this.ledger = ledger;
    }

    /**
     * Plans a network's occurrences up to {@code until}. Of the occurrences missed before {@code now} (downtime) only
     * the latest per milestone, round and digest is planned — it goes out once, marked late; the older ones are
     * obsolete. Occurrences from before a milestone existed, or before its last move, are never planned.
     *
     * @return how many new entries were written
     */
    public int plan(String networkId, Instant now, Instant until) {
        // One look at the network's revision for the whole plan, as for a command
        try (ReadScope scope = ReadScope.open()) {
            return planInScope(networkId, now, until);
        }
    }

    private int planInScope(String networkId, Instant now, Instant until) {
        NetworkSettings network = networks.get(networkId);
        ReminderSettings prefs = settings.get(networkId);
        Instant from = now.minus(CATCH_UP);
        List<ReminderSchedule.Occurrence> occurrences = new ArrayList<>();
        List<Project> all = projects.list(networkId, ProjectFilter.all());
        Set<String> active = all.stream()
                .filter(p -> !p.status().isFinished())
                .map(Project::code)
                .collect(Collectors.toSet());
        // Rounds and digests from before the network's first project could never have been sent
        Instant networkStart = all.stream()
                .map(Project::createdAt)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(now);
        Instant networkFrom = max(from, networkStart);
        for (Milestone milestone : milestones.list(networkId, active, true, null, 10_000)) {
            Instant earliest = milestone.createdAt() == null ? from : max(from, milestone.createdAt());
            if (!milestone.history().isEmpty()) {
                // An occurrence from before its last move was about a date that no longer holds
                earliest = max(
                        earliest,
                        milestone.history().get(milestone.history().size() - 1).at());
            }
            occurrences.addAll(ReminderSchedule.milestone(milestone, prefs, network.zone(), earliest, until));
        }
        if (networkFrom.isBefore(until)) {
            occurrences.addAll(ReminderSchedule.rounds(network.calendar(), prefs, network.zone(), networkFrom, until));
            occurrences.addAll(ReminderSchedule.digests(prefs, network.zone(), networkFrom, until));
        }

        Map<Object, ReminderSchedule.Occurrence> latestMissed = new HashMap<>();
        List<ReminderSchedule.Occurrence> toPlan = new ArrayList<>();
        for (ReminderSchedule.Occurrence occurrence : occurrences) {
            if (occurrence.at().isBefore(now)) {
                latestMissed.merge(group(occurrence), occurrence, (a, b) -> a.at().isAfter(b.at()) ? a : b);
            } else {
                toPlan.add(occurrence);
            }
        }
        toPlan.addAll(latestMissed.values());
        toPlan.sort(Comparator.comparing(ReminderSchedule.Occurrence::at));
        // One bulk write: the ledger's unique keys leave out what an earlier run planned
        return ledger.planAll(toPlan.stream()
                .map(o -> Reminder.planned(networkId, o.kind(), o.subject(), o.at(), o.detail()))
                .toList());
    }

    /** The earliest pending entry's due time. */
    public java.util.Optional<Instant> nextPendingDue() {
        return ledger.nextPendingDue();
    }

    /** The earliest pending entry's due time in one network. */
    public java.util.Optional<Instant> nextPendingDue(String networkId) {
        return ledger.nextPendingDue(networkId);
    }

    /** Occurrences that replace each other when missed: all of one milestone, all of one round, all digests. */
    private static Object group(ReminderSchedule.Occurrence occurrence) {
        return switch (occurrence.kind()) {
            // The subject is the milestone or the round itself
            case MILESTONE_BEFORE, MILESTONE_DUE, MILESTONE_OVERDUE, ROUND_OPEN, ROUND_DEADLINE, ROUND_ESCALATION ->
                occurrence.subject();
            case DIGEST -> ReminderKind.DIGEST;
        };
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
