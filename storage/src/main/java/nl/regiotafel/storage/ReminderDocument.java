package nl.regiotafel.storage;

import java.time.Instant;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderState;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A ledger entry; {@code _id} is the reminder key, so an occurrence is stored once whoever plans it. */
@Document("reminders")
record ReminderDocument(
        @Id String id,
        String networkId,
        String kind,
        String subject,
        Instant dueAt,
        String detail,
        String state,
        int attempts,
        Instant nextAttemptAt,
        Long claimEpoch,
        Instant claimedAt,
        Instant sentAt,
        String messageId,
        boolean late,
        String note) {

    static ReminderDocument from(Reminder r) {
        return new ReminderDocument(
                r.key(),
                r.networkId(),
                r.kind().name(),
                r.subject(),
                r.dueAt(),
                r.detail(),
                r.state().name(),
                r.attempts(),
                r.nextAttemptAt(),
                null,
                null,
                r.sentAt(),
                r.messageId(),
                r.late(),
                r.note());
    }

    Reminder toReminder() {
        return new Reminder(
                id,
                networkId,
                ReminderKind.valueOf(kind),
                subject,
                dueAt,
                detail,
                ReminderState.valueOf(state),
                attempts,
                nextAttemptAt,
                sentAt,
                messageId,
                late,
                note);
    }
}
