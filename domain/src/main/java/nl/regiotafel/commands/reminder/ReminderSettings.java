package nl.regiotafel.commands.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A network's reminder preferences.
 *
 * @param networkId the network
 * @param paused no reminders at all for the network
 * @param pausedProjects project codes without reminders
 * @param leadDays days before a milestone's due date to remind (default 14 and 2)
 * @param sendAt local time of day reminders go out
 * @param digestDay the weekday of the digest
 * @param dmOptIn users who want reminders as direct messages
 * @param dmBlocked users whose direct messages failed; they are reminded in the channel and not retried by DM
 * @param version optimistic-locking version
 */
public record ReminderSettings(
        String networkId,
        boolean paused,
        Set<String> pausedProjects,
        List<Integer> leadDays,
        LocalTime sendAt,
        DayOfWeek digestDay,
        Set<String> dmOptIn,
        Set<String> dmBlocked,
        long version) {

    public ReminderSettings {
        pausedProjects = Set.copyOf(pausedProjects);
        leadDays = List.copyOf(leadDays);
        dmOptIn = Set.copyOf(dmOptIn);
        dmBlocked = Set.copyOf(dmBlocked);
    }

    public static ReminderSettings defaults(String networkId) {
        return new ReminderSettings(
                networkId,
                false,
                Set.of(),
                List.of(14, 2),
                LocalTime.of(9, 0),
                DayOfWeek.MONDAY,
                Set.of(),
                Set.of(),
                0);
    }

    /**
     * These settings with {@code users} marked as refusing direct messages: the platform refused to deliver them one,
     * so they are reminded in the channel until they opt in again.
     */
    public ReminderSettings refusingDirectMessages(java.util.Collection<String> users) {
        Set<String> blocked = new java.util.HashSet<>(dmBlocked);
        blocked.addAll(users);
        return new ReminderSettings(
                networkId, paused, pausedProjects, leadDays, sendAt, digestDay, dmOptIn, blocked, version);
    }

    public boolean isPaused(String projectCode) {
        return paused || pausedProjects.contains(projectCode);
    }
}
