package nl.regiotafel.bot.config;

import java.util.List;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandSpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The commands of the adapter that runs: console-only commands exist only when there is no Discord token. */
@Component
final class RunningCatalog implements CommandCatalog {

    // A provider, because /help is itself one of the registry's commands
    private final ObjectProvider<CommandRegistry> registry;
    private final DiscordProperties discord;

    RunningCatalog(ObjectProvider<CommandRegistry> registry, DiscordProperties discord) {
        this.registry = registry;
        this.discord = discord;
    }

    @Override
    public List<CommandSpec> available() {
        return registry.getObject().commands().stream()
                .map(Command::spec)
                .filter(spec -> !spec.consoleOnly() || !discord.enabled())
                .toList();
    }
}
