package nl.regiotafel.commands.reminder;

/** What a reminder is about. */
public enum ReminderKind {
    /** N days before a milestone is due (N from the network's lead days). */
    MILESTONE_BEFORE,
    /** On the day a milestone is due. */
    MILESTONE_DUE,
    /** Weekly while a milestone is overdue and neither done nor moved. */
    MILESTONE_OVERDUE,
    /** The reporting round opens: which projects owe an update. */
    ROUND_OPEN,
    /** Shortly before the deadline: only those who have not reported. */
    ROUND_DEADLINE,
    /** After the deadline: to the managers, what is missing. */
    ROUND_ESCALATION,
    /** The weekly digest. */
    DIGEST
}
