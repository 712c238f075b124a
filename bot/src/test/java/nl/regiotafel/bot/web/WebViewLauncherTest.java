package nl.regiotafel.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.regiotafel.bot.ops.ManagementServerMode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** When the packaged bot starts its web side, and with which arguments. */
final class WebViewLauncherTest {

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        // Where application.properties sits: below the environment variables and what ManagementServerMode adds
        environment.getPropertySources().addLast(new MapPropertySource("test", properties));
        return environment;
    }

    @Test
    void theWebSideRunsForThePagesOrTheManagementServerAndNotWhenBothAreOff() {
        assertThat(WebViewLauncher.wanted(environment(Map.of()))).isTrue();
        assertThat(WebViewLauncher.wanted(environment(Map.of("server.port", "-1"))))
                .isFalse();
        assertThat(WebViewLauncher.wanted(environment(Map.of("server.port", "-1", "management.server.port", "8081"))))
                .isTrue();
    }

    @Test
    void theWebSideGetsTheBotsArgumentsAsAServletApplicationThatOpensNoStore() {
        String[] arguments = WebViewLauncher.arguments(
                new String[] {"--now=2021-09-20T10:00:00+02:00", "--spring.main.web-application-type=none"});

        assertThat(arguments)
                .containsExactly(
                        "--now=2021-09-20T10:00:00+02:00",
                        "--spring.main.web-application-type=servlet",
                        "--" + WebViewLauncher.CHILD + "=true");
    }

    @Test
    void withoutTheManagementServerTheBotsOwnContextLeavesOutActuatorAndTheWebSidesAutoConfiguration() {
        StandardEnvironment bot = environment(Map.of(
                "spring.main.web-application-type",
                "none",
                "spring.autoconfigure.exclude",
                "org.springframework.boot.autoconfigure.aop.AopAutoConfiguration"));
        new ManagementServerMode().postProcessEnvironment(bot, new SpringApplication());

        String excluded = bot.getProperty("spring.autoconfigure.exclude");
        assertThat(excluded)
                .contains("org.springframework.boot.autoconfigure.aop.AopAutoConfiguration")
                .contains("org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration")
                .contains("org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration");

        // On Discord the management server runs: its auto-configuration stays, the pages' still go to the web side
        StandardEnvironment discord = environment(Map.of(
                "spring.main.web-application-type", "none", "discord.token", "t", "spring.autoconfigure.exclude", ""));
        new ManagementServerMode().postProcessEnvironment(discord, new SpringApplication());
        assertThat(discord.getProperty("spring.autoconfigure.exclude"))
                .contains("ThymeleafAutoConfiguration")
                .doesNotContain("MetricsAutoConfiguration");
        assertThat(discord.getProperty("management.server.port")).isEqualTo("8081");
    }
}
