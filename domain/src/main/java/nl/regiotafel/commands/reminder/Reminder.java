package nl.regiotafel.commands.reminder;

import java.time.Instant;
import java.util.Objects;

/**
 * One reminder occurrence in the ledger. Its key (kind + subject + due instant) is unique, so planning the same
 * occurrence twice — after a restart, or by a second instance — stores it once.
 *
 * @param key kind, subject and due instant
 * @param networkId the network
 * @param kind what it is about
 * @param subject the milestone, the round or the digest week
 * @param dueAt when it should go out
 * @param detail what the reminder was planned against (the milestone's due date, the lead days), so a reminder for
 *     a moved milestone can be recognised as obsolete
 * @param state where it is
 * @param attempts how many sends were tried
 * @param nextAttemptAt when it may be tried (again)
 * @param sentAt when it was sent, or null
 * @param messageId the platform's message id, or null
 * @param late whether it went out later than planned (after downtime)
 * @param note why it was skipped or failed, or null
 */
public record Reminder(
        String key,
        String networkId,
        ReminderKind kind,
        ReminderSubject subject,
        Instant dueAt,
        String detail,
        ReminderState state,
        int attempts,
        Instant nextAttemptAt,
        Instant sentAt,
        String messageId,
        boolean late,
        String note) {

    public Reminder {
        Objects.requireNonNull(key);
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(dueAt);
        Objects.requireNonNull(state);
    }

    /** A new pending occurrence. */
    public static Reminder planned(
            String networkId, ReminderKind kind, ReminderSubject subject, Instant dueAt, String detail) {
        return new Reminder(
                kind + "|" + networkId + "|" + subject.stored() + "|" + dueAt,
                networkId,
                kind,
                subject,
                dueAt,
                detail,
                ReminderState.PENDING,
                0,
                dueAt,
                null,
                null,
                false,
                null);
    }
}
