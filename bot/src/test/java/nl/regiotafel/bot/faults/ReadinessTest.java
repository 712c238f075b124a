package nl.regiotafel.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.storage.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Readiness follows the database: the management server answers 503 with MongoDB DOWN while the store is cut behind
 * a proxy, and 200 again once it is back, without a restart. Liveness stays UP throughout: a restart would not help.
 */
final class ReadinessTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedMongo database;
    private static TcpProxy proxy;
    private static ConfigurableApplicationContext bot;
    private static String management;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("readiness");
        database = new EmbeddedMongo(data.resolve("db.mv"));
        String direct = database.connectionString("regiotafel");
        int port = Integer.parseInt(direct.replaceAll(".*:(\\d+)/.*", "$1"));
        proxy = new TcpProxy(new InetSocketAddress("127.0.0.1", port));
        bot = new SpringApplication(RegiotafelApplication.class)
                .run(
                        "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + proxy.port() + "/regiotafel",
                        "--regiotafel.storage.timeout=1s",
                        "--regiotafel.console.enabled=false",
                        "--management.server.port=0",
                        "--discord.token=");
        management = "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.management.port");
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        proxy.close();
        database.close();
    }

    @Test
    void readinessGoesDownWhileTheStoreIsCutAndComesBack() throws Exception {
        // GIVEN a running bot with its store reachable
        HttpResponse<String> before = get("/actuator/health/readiness");
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(status(before, "mongo")).isEqualTo("UP");
        assertThat(status(before, "scheduler")).isEqualTo("UP");

        // WHEN the store goes away
        proxy.cut();

        // THEN readiness is DOWN because of MongoDB, and liveness is still UP
        HttpResponse<String> during = get("/actuator/health/readiness");
        assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
        assertThat(JSON.readTree(during.body()).path("status").asText()).isEqualTo("DOWN");
        assertThat(status(during, "mongo")).isEqualTo("DOWN");
        assertThat(status(during, "scheduler")).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        // WHEN it comes back, readiness recovers by itself
        proxy.restore();
        HttpResponse<String> after = during;
        for (int attempt = 0; attempt < 30 && after.statusCode() != 200; attempt++) {
            Thread.sleep(500);
            after = get("/actuator/health/readiness");
        }
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(status(after, "mongo")).isEqualTo("UP");
    }

    private static String status(HttpResponse<String> health, String component) throws Exception {
        return JSON.readTree(health.body())
                .path("components")
                .path(component)
                .path("status")
                .asText();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(management + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
