package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import nl.regiotafel.storage.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances with the lease on one store: only the holder identifies on the gateway, the other reports itself
 * out of service; when the active one shuts down it releases the lease and the standby connects at once.
 */
final class StandbyTakeoverTest {

    private static ConfigurableApplicationContext instance(FakeDiscord discord, FakeGuild guild, String uri)
            throws Exception {
        return new SpringApplication(RegiotafelApplication.class)
                .run(
                        "--discord.token=" + FakeDiscord.TOKEN,
                        "--discord.guild-id=" + guild.id(),
                        "--discord.api-base-url=" + discord.apiBaseUrl(),
                        "--discord.gateway-url=" + discord.gatewayUrl(),
                        "--spring.data.mongodb.uri=" + uri,
                        "--regiotafel.console.enabled=false",
                        "--regiotafel.storage.data-dir="
                                + Files.createTempDirectory("standby").toAbsolutePath(),
                        "--regiotafel.lease.enabled=true",
                        "--regiotafel.lease.ttl=3s",
                        "--regiotafel.lease.renew-every=300ms",
                        "--management.server.port=0");
    }

    private static long identifies(FakeDiscord discord) {
        return discord.gatewayEvents().stream()
                .filter(e -> e.startsWith("identify"))
                .count();
    }

    private static String lease(ConfigurableApplicationContext instance) {
        return instance.getBean("leaseHealthIndicator", HealthIndicator.class)
                .health(true)
                .getStatus()
                .getCode();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void onlyTheHolderConnectsAndTheStandbyTakesOverWhenItLeaves() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start();
                EmbeddedMongo store =
                        new EmbeddedMongo(Files.createTempDirectory("shared").resolve(EmbeddedMongo.FILE_NAME))) {
            FakeGuild guild = discord.addGuild("Regiotafel Zeeland");
            String uri = store.connectionString("regiotafel");

            // GIVEN a first instance that became active, and a second one started after it
            ConfigurableApplicationContext first = instance(discord, guild, uri);
            await("first instance identifies", () -> identifies(discord) == 1, Duration.ofSeconds(20));
            ConfigurableApplicationContext second = instance(discord, guild, uri);
            try {
                Thread.sleep(1_500);

                // THEN only the first identified; the second is a standby, not ready
                assertThat(identifies(discord)).isEqualTo(1);
                assertThat(lease(first)).isEqualTo("UP");
                assertThat(lease(second)).isEqualTo("OUT_OF_SERVICE");

                // WHEN the active one shuts down
                first.close();

                // THEN it closed its session normally and the standby identifies well within the lease's lifetime
                assertThat(discord.gatewayEvents()).contains("close 1000");
                long start = System.nanoTime();
                await("standby identifies", () -> identifies(discord) == 2, Duration.ofSeconds(20));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
                await("standby is active", () -> lease(second).equals("UP"), Duration.ofSeconds(5));
            } finally {
                first.close();
                second.close();
            }
        }
    }
}
