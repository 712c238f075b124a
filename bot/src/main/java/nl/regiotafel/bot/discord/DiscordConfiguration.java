package nl.regiotafel.bot.discord;

import java.time.Clock;
import nl.regiotafel.bot.config.DiscordProperties;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.network.NetworkStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Connects to Discord when {@code DISCORD_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${discord.token:}'.isBlank()")
class DiscordConfiguration {

    @Bean
    DiscordBot discordBot(
            DiscordProperties properties,
            CommandRegistry registry,
            CommandCatalog catalog,
            NetworkStore networks,
            Clock clock,
            nl.regiotafel.bot.config.RegisteredCommands registered) {
        return new DiscordBot(properties, registry, catalog, networks, clock, registered);
    }

    @Bean
    DiscordChatGateway discordChatGateway(
            org.springframework.beans.factory.ObjectProvider<DiscordBot> bot,
            NetworkStore networks,
            nl.regiotafel.commands.reminder.ReminderSettingsStore settings) {
        return new DiscordChatGateway(() -> bot.getObject().jda(), networks, settings);
    }
}
