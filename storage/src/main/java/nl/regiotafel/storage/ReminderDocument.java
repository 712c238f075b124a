package nl.regiotafel.storage;

import java.time.Instant;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderState;
import nl.regiotafel.commands.reminder.ReminderSubject;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A ledger entry; {@code _id} is the reminder key, so an occurrence is stored once whoever plans it. {@code
 * writeToken} names the bulk write that changed it last, so a bulk write of conditional updates can tell which of them
 * applied.
 */
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
        String note,
        String writeToken) {

    static ReminderDocument from(Reminder r) {
        return new ReminderDocument(
                r.key(),
                r.networkId(),
                r.kind().name(),
                r.subject().stored(),
                r.dueAt(),
                r.detail(),
                r.state().name(),
                r.attempts(),
                r.nextAttemptAt(),
                // The oldest epoch, stored rather than left out: a claim's condition is then plain equality
                ClaimFence.WITHOUT_LEASE,
                null,
                r.sentAt(),
                r.messageId(),
                r.late(),
                r.note(),
                null);
    }

    Reminder toReminder() {
        return new Reminder(
                id,
                networkId,
                ReminderKind.valueOf(kind),
                ReminderSubject.parse(ReminderKind.valueOf(kind), subject),
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
