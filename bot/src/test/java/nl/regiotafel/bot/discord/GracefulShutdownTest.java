package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import nl.regiotafel.bot.discord.fake.RecordedRequest;
import nl.regiotafel.bot.discord.fake.SentInteraction;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Shutting down (what SIGTERM triggers) while a slow command runs: its answer still reaches Discord, an interaction
 * that arrives meanwhile is told privately to try again, and only then the gateway closes with code 1000.
 */
final class GracefulShutdownTest {

    @Test
    void answersTheRunningCommandBeforeClosingTheGateway() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            FakeGuild guild = discord.addGuild("Regiotafel Zeeland");
            SpringApplication application = new SpringApplication(RegiotafelApplication.class);
            application.addInitializers(context -> ((GenericApplicationContext) context)
                    .registerBean("slowCommand", Command.class, DiscordE2ETest.SlowCommand::new));
            ConfigurableApplicationContext bot = application.run(
                    "--discord.token=" + FakeDiscord.TOKEN,
                    "--discord.guild-id=" + guild.id(),
                    "--discord.api-base-url=" + discord.apiBaseUrl(),
                    "--discord.gateway-url=" + discord.gatewayUrl(),
                    "--regiotafel.console.enabled=false",
                    "--regiotafel.storage.data-dir="
                            + Files.createTempDirectory("shutdown").toAbsolutePath(),
                    "--management.server.port=0");

            // GIVEN a slow command that has been deferred and is still running
            SentInteraction slow =
                    discord.command(guild.member("mirjam"), "traag").send();
            assertThat(slow.callback().callbackType()).isEqualTo(5);

            // WHEN the bot is asked to stop, and another interaction arrives while it drains
            long start = System.nanoTime();
            CompletableFuture<Void> closing = CompletableFuture.runAsync(bot::close);
            Thread.sleep(200);
            SentInteraction late =
                    discord.command(guild.member("lieke"), "help").send();
            RecordedRequest refused = late.callback(Duration.ofSeconds(5));
            RecordedRequest answered = slow.webhook("PATCH", Duration.ofSeconds(10));
            closing.get();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // THEN the slow command was answered, the newcomer told to come back, and the gateway closed normally
            assertThat(answered.message()
                            .path("embeds")
                            .path(0)
                            .path("description")
                            .asText())
                    .isEqualTo("Done after two seconds");
            assertThat(refused.isEphemeral()).isTrue();
            assertThat(refused.message().path("content").asText())
                    .as(refused.toString())
                    .isIn(
                            Messages.of(Messages.ENGLISH).get("discord.restarting"),
                            Messages.of(java.util.Locale.forLanguageTag("nl")).get("discord.restarting"));
            assertThat(discord.gatewayEvents()).contains("close 1000");
            assertThat(took).isLessThan(Duration.ofSeconds(15));
            assertThat(discord.violations()).isEmpty();
        }
    }
}
