package nl.regiotafel.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.commands.dashboard.DashboardLinks;
import nl.regiotafel.commands.dashboard.DashboardLinks.Grant;
import nl.regiotafel.commands.dashboard.DashboardLinks.Purpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Behind a TLS-terminating reverse proxy on the same machine (README → Meeting view → reverse proxy), the session
 * cookie is {@code Secure}: Tomcat believes the proxy's {@code X-Forwarded-Proto} from a local address. Over plain
 * http it is not, so a local test setup still works. Through a real Tomcat, since MockMvc has no proxy valve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ProxiedCookieTest {

    private ConfigurableApplicationContext bot;
    private String base;
    private DashboardLinks links;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    void start() throws Exception {
        bot = new SpringApplication(RegiotafelApplication.class)
                .run(
                        "--regiotafel.console.enabled=false",
                        "--regiotafel.scheduler.enabled=false",
                        "--regiotafel.storage.data-dir="
                                + Files.createTempDirectory("proxied").toAbsolutePath(),
                        "--discord.token=",
                        "--server.port=0");
        base = "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.server.port");
        links = bot.getBean(DashboardLinks.class);
    }

    @AfterAll
    void stop() {
        bot.close();
    }

    private List<String> cookiesOfOpening(boolean behindTls) throws Exception {
        String token = links.sign(
                new Grant("proxied-network", null, null, Instant.now().plus(Duration.ofDays(7))), Purpose.LINK);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/link/" + token));
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        return response.headers().allValues("Set-Cookie");
    }

    @Test
    void theSessionCookieIsSecureBehindTheProxyAndPlainOverLocalHttp() throws Exception {
        List<String> proxied = cookiesOfOpening(true);
        List<String> plain = cookiesOfOpening(false);

        assertThat(proxied).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(plain).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .doesNotContainIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }
}
