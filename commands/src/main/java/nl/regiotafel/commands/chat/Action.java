package nl.regiotafel.commands.chat;

import java.util.Map;

/**
 * A button on a message the bot posts by itself (a reminder): pressing it runs a command as the person who pressed,
 * with that person's rights. Encoded in the button, so it still works after a restart.
 *
 * @param labelKey message key of the button label
 * @param command the command to run
 * @param subcommand its subcommand, or null
 * @param options its options
 */
public record Action(String labelKey, String command, String subcommand, Map<String, String> options) {

    public Action {
        options = Map.copyOf(options);
    }
}
