package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import nl.regiotafel.bot.discord.fake.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, pointed at the fake Discord only through the documented environment variables, connects,
 * registers its commands in the guild, answers a command, never logs its token and disconnects cleanly on SIGTERM.
 */
final class PackagedJarDiscordIT {

    private static final Path JAR = Path.of("target/regiotafel.jar");

    @TempDir
    Path work;

    @Test
    void runsOnTheDiscordTheEnvironmentNames() throws Exception {
        assertThat(JAR).exists();
        try (FakeDiscord discord = FakeDiscord.start()) {
            FakeGuild guild = discord.addGuild("Regiotafel Zeeland");
            Path log = work.resolve("bot.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(
                            List.of(java, "-jar", JAR.toAbsolutePath().toString()))
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("SERVER_PORT", "0");
            env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
            env.put("DISCORD_GUILD_ID", guild.id());
            env.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
            env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
            env.put("REGIOTAFEL_STORAGE_DATA_DIR", work.resolve("data").toString());
            // Any free port: other builds on this machine may hold the default one
            env.put("MANAGEMENT_SERVER_PORT", "0");

            // GIVEN the jar started against the fake
            Process bot = builder.start();
            RecordedRequest registration;
            RecordedRequest help;
            try {
                registration = discord.await(
                        r -> r.method().equals("PUT") && r.path().endsWith("/commands"),
                        Duration.ofSeconds(60),
                        "command registration; log: " + log);

                // WHEN a member types /help
                help = discord.command(guild.member("lieke"), "help").send().callback();
            } finally {
                bot.destroy();
                if (!bot.waitFor(30, TimeUnit.SECONDS)) {
                    bot.destroyForcibly();
                }
            }

            // THEN it answered in the guild, within Discord's rules, and left as a client should
            String output = Files.readString(log);
            assertThat(registration.path()).endsWith("/guilds/" + guild.id() + "/commands");
            assertThat(help.callbackType()).as(output).isEqualTo(4);
            assertThat(help.message().path("embeds").path(0).path("title").asText())
                    .isEqualTo("Regiotafel — commando's");
            assertThat(discord.violations()).isEmpty();
            assertThat(output).contains("Connected to Discord as Regiotafel").doesNotContain(FakeDiscord.TOKEN);
            assertThat(discord.gatewayEvents()).as("a normal close on SIGTERM").contains("close 1000");
        }
    }
}
