package nl.regiotafel.bot.discord;

import java.time.Clock;
import nl.regiotafel.bot.config.DiscordProperties;
import nl.regiotafel.bot.metrics.BotMetrics;
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
            BotMetrics metrics,
            @org.springframework.beans.factory.annotation.Value("${regiotafel.lease.enabled:false}") boolean lease,
            nl.regiotafel.bot.config.RegisteredCommands registered) {
        return new DiscordBot(properties, registry, catalog, networks, clock, metrics, !lease, registered);
    }

    /** Shows as {@code discord} in the health tree and in readiness. */
    @Bean
    GatewayHealthIndicator discordHealthIndicator(DiscordBot bot) {
        return new GatewayHealthIndicator(bot);
    }

    @Bean
    DiscordChatGateway discordChatGateway(
            org.springframework.beans.factory.ObjectProvider<DiscordBot> bot, NetworkStore networks) {
        return new DiscordChatGateway(() -> bot.getObject().jda(), networks);
    }

    /** The live round board; the round model posts and updates it (not wired to the rounds yet). */
    @Bean
    nl.regiotafel.commands.board.RoundBoardGateway discordRoundBoards(
            org.springframework.beans.factory.ObjectProvider<DiscordBot> bot, NetworkStore networks) {
        return new DiscordRoundBoards(() -> bot.getObject().jda(), networks);
    }

    /** Edits the reminders that addressed a person after their erasure, on its own thread after the reply. */
    @Bean(destroyMethod = "")
    DiscordErasures discordErasures(
            org.springframework.beans.factory.ObjectProvider<DiscordBot> bot, NetworkStore networks) {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "regiotafel-erasures");
            t.setDaemon(true);
            return t;
        });
        return new DiscordErasures(() -> bot.getObject().jda(), networks, worker);
    }

    /** Projects' forum posts (not wired to project changes yet). */
    @Bean
    nl.regiotafel.commands.forum.ProjectForum discordProjectForum(
            org.springframework.beans.factory.ObjectProvider<DiscordBot> bot, NetworkStore networks) {
        return new DiscordProjectForum(() -> bot.getObject().jda(), networks);
    }

    /**
     * Keeps projects' forum posts in step with their changes, one post at a time, after the reply; reconciles every
     * forum a minute after start-up and then hourly.
     */
    @Bean(destroyMethod = "close")
    ForumSync forumSync(
            nl.regiotafel.commands.forum.ProjectForum forum,
            nl.regiotafel.commands.forum.ForumPostStore posts,
            nl.regiotafel.commands.project.ProjectStore projects,
            nl.regiotafel.commands.update.UpdateStore updates,
            NetworkStore networks) {
        java.util.concurrent.ScheduledExecutorService worker =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "regiotafel-forum");
                    t.setDaemon(true);
                    return t;
                });
        return new ForumSync(forum, posts, projects, updates, networks, worker)
                .schedule(java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1));
    }
}
