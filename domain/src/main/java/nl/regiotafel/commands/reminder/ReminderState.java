package nl.regiotafel.commands.reminder;

/** Where a ledger entry is: pending → sending → sent, or skipped, or failed after the last retry. */
public enum ReminderState {
    PENDING,
    SENDING,
    SENT,
    SKIPPED,
    FAILED
}
