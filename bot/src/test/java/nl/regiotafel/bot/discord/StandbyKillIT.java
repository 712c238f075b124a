package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import nl.regiotafel.storage.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged jars with the lease against one store and the fake Discord: only the first identifies; after it is
 * killed with {@code kill -9} (no release), the standby identifies once the lease lapsed, within 30 s.
 *
 * <p>Not covered here (not built yet): reminders pending at the kill going out exactly once with skewed clocks, which
 * needs reminder claims fenced by the lease epoch and released by the database's clock.
 */
final class StandbyKillIT {

    private static final Path JAR = Path.of("target/regiotafel.jar");

    @TempDir
    Path work;

    private Process start(String name, FakeDiscord discord, FakeGuild guild, String uri) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        List.of(java, "-jar", JAR.toAbsolutePath().toString()))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", "0");
        env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
        env.put("DISCORD_GUILD_ID", guild.id());
        env.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
        env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("SPRING_DATA_MONGODB_URI", uri);
        env.put("MANAGEMENT_SERVER_PORT", "0");
        env.put("REGIOTAFEL_LEASE_ENABLED", "true");
        env.put("REGIOTAFEL_LEASE_TTL", "10s");
        env.put("REGIOTAFEL_LEASE_RENEW_EVERY", "2s");
        return builder.start();
    }

    private static long identifies(FakeDiscord discord) {
        return discord.gatewayEvents().stream()
                .filter(e -> e.startsWith("identify"))
                .count();
    }

    private void await(String what, java.util.function.BooleanSupplier condition, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as(what + "; first: " + Files.readString(work.resolve("first.log")))
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void theStandbyIdentifiesAfterTheActiveOneIsKilled() throws Exception {
        assertThat(JAR).exists();
        try (FakeDiscord discord = FakeDiscord.start();
                EmbeddedMongo store = new EmbeddedMongo(work.resolve("store").resolve(EmbeddedMongo.FILE_NAME))) {
            FakeGuild guild = discord.addGuild("Regiotafel Zeeland");
            String uri = store.connectionString("regiotafel");
            Process first = start("first", discord, guild, uri);
            Process second = null;
            try {
                // GIVEN the first jar active on the gateway and a second one waiting
                await("first identifies", () -> identifies(discord) == 1, Duration.ofSeconds(90));
                second = start("second", discord, guild, uri);
                await(
                        "second is waiting for the lease",
                        () -> readString(work.resolve("second.log")).contains("Waiting for the active-instance lease"),
                        Duration.ofSeconds(90));
                Thread.sleep(3_000);
                assertThat(identifies(discord)).isEqualTo(1);

                // WHEN the active one is killed without a chance to release anything
                first.toHandle().destroyForcibly();
                assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
                long killed = System.nanoTime();

                // THEN the standby identifies within 30 s
                await("second identifies", () -> identifies(discord) == 2, Duration.ofSeconds(30));
                assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(30));
                assertThat(readString(work.resolve("second.log"))).contains("Active instance now (lease epoch 2)");
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroy();
                    if (!second.waitFor(30, TimeUnit.SECONDS)) {
                        second.destroyForcibly();
                    }
                }
            }
        }
    }

    private static String readString(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
