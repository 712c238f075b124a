package nl.regiotafel.commands.api;

import java.util.Map;
import java.util.Objects;

/**
 * A follow-up the user may choose after reading a reply, such as confirming an import preview. Discord shows it as a
 * button under the reply; pressing it runs {@code command subcommand} again with {@link #options}, for the same user
 * only. The console, which has no buttons, tells the user which options to add to the command instead.
 *
 * <p>Options are typed values as in {@link CommandRequest#options()}. A file option must be an in-memory
 * {@link AttachmentInput#of(String, byte[])}: the adapter keeps it with the button, so confirming runs on exactly the
 * bytes that were previewed and nothing is downloaded twice.
 *
 * <p>An action with a {@link #userOption} asks the user to choose a member first: Discord shows a user select menu (it
 * lists the server's members without any privileged intent), and the chosen member is added to the options under that
 * name; the console names the command and options to type instead.
 *
 * @param labelKey message key of the button label (at most 80 characters), or of the select menu's placeholder
 * @param command the command to run
 * @param subcommand its subcommand, or null
 * @param options the options to run it with
 * @param userOption the user option the chosen member fills, or null for a plain button
 */
public record Action(
        String labelKey, String command, String subcommand, Map<String, Object> options, String userOption) {

    public Action {
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(command);
        options = Map.copyOf(options);
    }

    /** A button. */
    public Action(String labelKey, String command, String subcommand, Map<String, Object> options) {
        this(labelKey, command, subcommand, options, null);
    }

    /** A choice of one member, who fills {@code userOption}. */
    public static Action chooseUser(
            String labelKey, String command, String subcommand, Map<String, Object> options, String userOption) {
        return new Action(labelKey, command, subcommand, options, Objects.requireNonNull(userOption));
    }

    /** The options with the chosen member added. */
    public Map<String, Object> optionsWith(UserRef chosen) {
        Map<String, Object> all = new java.util.HashMap<>(options);
        all.put(Objects.requireNonNull(userOption, "not a user choice"), chosen);
        return all;
    }
}
