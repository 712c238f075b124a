package nl.regiotafel.commands.milestone;

/** Whether a milestone is still to be reached. */
public enum MilestoneStatus {
    OPEN,
    DONE
}
