package nl.regiotafel.commands.reminder;

import java.util.function.UnaryOperator;

/** Port: reminder preferences per network. */
public interface ReminderSettingsStore {

    /** The network's settings, or the defaults. */
    ReminderSettings get(String networkId);

    /**
     * Applies a change to the current settings and saves it, retrying on a concurrent change so that two people
     * opting in at once are both kept.
     */
    ReminderSettings change(String networkId, UnaryOperator<ReminderSettings> change);
}
