package nl.regiotafel.commands.help;

import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.i18n.Messages;

/**
 * Lists the commands in the reader's language, each as the adapter mentions it (clickable in Discord). The simplest
 * command: start here when adding one.
 *
 * <pre>
 * /help
 * </pre>
 */
public final class HelpCommand implements Command {

    public static final String NAME = "help";

    private final CommandCatalog catalog;

    public HelpCommand(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(NAME);
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        StringBuilder text = new StringBuilder();
        for (CommandSpec spec : catalog.available()) {
            if (spec.subcommands().isEmpty()) {
                line(text, catalog.mention(spec, null, request.locale()), m.get(spec.descriptionKey()));
            }
            for (SubcommandSpec sub : spec.subcommands()) {
                line(text, catalog.mention(spec, sub.name(), request.locale()), m.get(sub.descriptionKey()));
            }
        }
        return CommandResponse.privateText(m.get("help.title"), text + "\n" + m.get("help.footer"));
    }

    private static void line(StringBuilder text, String mention, String description) {
        text.append(mention).append(" — ").append(description).append('\n');
    }
}
