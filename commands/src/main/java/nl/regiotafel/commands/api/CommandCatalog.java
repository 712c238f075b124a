package nl.regiotafel.commands.api;

import java.util.List;
import java.util.Locale;
import nl.regiotafel.commands.chat.Markup;

/** Port: the commands a user of the running adapter can type (the console also has console-only ones). */
public interface CommandCatalog {

    List<CommandSpec> available();

    /**
     * How a reply names a command for the reader to run: {@code /mijlpaal toevoegen} as {@link Markup#command} in the reader's language. An
     * adapter with clickable command mentions (Discord) overrides it.
     *
     * @param subcommand the internal subcommand, or null for the command itself
     */
    default String mention(CommandSpec spec, String subcommand, Locale locale) {
        return Markup.command(CommandNames.standard().path(spec, subcommand, locale), null);
    }
}
