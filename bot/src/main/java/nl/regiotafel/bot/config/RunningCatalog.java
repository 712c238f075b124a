package nl.regiotafel.bot.config;

import java.util.List;
import java.util.Locale;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandNames;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The commands of the adapter that runs: console-only commands exist only when there is no Discord token. */
@Component
final class RunningCatalog implements CommandCatalog {

    // A provider, because /help is itself one of the registry's commands
    private final ObjectProvider<CommandRegistry> registry;
    private final DiscordProperties discord;
    private final RegisteredCommands registered;

    RunningCatalog(ObjectProvider<CommandRegistry> registry, DiscordProperties discord, RegisteredCommands registered) {
        this.registry = registry;
        this.discord = discord;
        this.registered = registered;
    }

    /**
     * In Discord, a clickable command mention once the command is registered. It carries the default (Dutch) names
     * whatever the reader's language: Discord resolves a mention by its default name and id, and shows it localised.
     */
    @Override
    public String mention(CommandSpec spec, String subcommand, Locale locale) {
        if (!discord.enabled()) {
            return CommandCatalog.super.mention(spec, subcommand, locale);
        }
        return registered
                .id(spec.name())
                .map(id -> Markup.command(CommandNames.standard().path(spec, subcommand, Messages.DUTCH), id))
                .orElseGet(() -> CommandCatalog.super.mention(spec, subcommand, locale));
    }

    @Override
    public List<CommandSpec> available() {
        return registry.getObject().commands().stream()
                .map(Command::spec)
                .filter(spec -> !spec.consoleOnly() || !discord.enabled())
                .toList();
    }
}
