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
 * @param labelKey message key of the button label (at most 80 characters)
 * @param command the command to run
 * @param subcommand its subcommand, or null
 * @param options the options to run it with
 */
public record Action(String labelKey, String command, String subcommand, Map<String, Object> options) {

    public Action {
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(command);
        options = Map.copyOf(options);
    }
}
