package nl.regiotafel.storage;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.regiotafel.commands.reminder.ReminderSettings;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A network's reminder preferences; {@code _id} is the network id. */
@Document("reminderSettings")
record ReminderSettingsDocument(
        @Id String id,
        boolean paused,
        Set<String> pausedProjects,
        List<Integer> leadDays,
        String sendAt,
        String digestDay,
        Set<String> dmOptIn,
        Set<String> dmBlocked,
        long version) {

    static ReminderSettingsDocument from(ReminderSettings s, long version) {
        return new ReminderSettingsDocument(
                s.networkId(),
                s.paused(),
                s.pausedProjects(),
                s.leadDays(),
                s.sendAt().toString(),
                s.digestDay().name(),
                s.dmOptIn(),
                s.dmBlocked(),
                version);
    }

    ReminderSettings toSettings() {
        return new ReminderSettings(
                id,
                paused,
                pausedProjects,
                leadDays,
                LocalTime.parse(sendAt),
                DayOfWeek.valueOf(digestDay),
                dmOptIn,
                dmBlocked,
                version);
    }
}
