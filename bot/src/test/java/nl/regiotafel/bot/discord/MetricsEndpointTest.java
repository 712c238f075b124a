package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Prometheus endpoint on the management port shows a command's latency and time to acknowledge once a member ran
 * it on (the fake) Discord, next to the gateway ping and the JVM.
 */
final class MetricsEndpointTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void showsTheLatencyOfACommandThatRan() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            FakeGuild guild = discord.addGuild("Regiotafel Zeeland");
            try (ConfigurableApplicationContext bot = new SpringApplication(RegiotafelApplication.class)
                    .run(
                            "--discord.token=" + FakeDiscord.TOKEN,
                            "--discord.guild-id=" + guild.id(),
                            "--discord.api-base-url=" + discord.apiBaseUrl(),
                            "--discord.gateway-url=" + discord.gatewayUrl(),
                            "--regiotafel.console.enabled=false",
                            "--regiotafel.scheduler.enabled=false",
                            "--regiotafel.storage.data-dir="
                                    + Files.createTempDirectory("metrics").toAbsolutePath(),
                            "--management.server.port=0")) {
                String prometheus = "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.management.port")
                        + "/actuator/prometheus";
                String before = get(prometheus);
                assertThat(before).doesNotContain("regiotafel_command_duration_seconds_count{command=\"help\"");

                // WHEN a member runs /help
                discord.command(guild.member("lieke"), "help").send().callback();

                // THEN its latency and its acknowledgement are counted, by command and outcome, with buckets
                String after = before;
                for (int attempt = 0; attempt < 50 && !after.contains("regiotafel_interaction_ack"); attempt++) {
                    Thread.sleep(100);
                    after = get(prometheus);
                }
                assertThat(after)
                        .contains("regiotafel_command_duration_seconds_count{command=\"help\",outcome=\"ok\"} 1")
                        .contains(
                                "regiotafel_command_duration_seconds_bucket{command=\"help\",outcome=\"ok\",le=\"3.0\"} 1")
                        .contains(
                                "regiotafel_interaction_ack_seconds_count{ack=\"reply\",command=\"help\",outcome=\"ok\"} 1")
                        .contains("regiotafel_discord_gateway_ping_milliseconds")
                        .contains("regiotafel_reminders_backlog 0")
                        .contains("jvm_memory_used_bytes");
            }
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
