package nl.regiotafel.bot.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides whether this run serves the management port. A bot on Discord is a long-running service: it gets the
 * management server (health, readiness, Prometheus) on 127.0.0.1:{@value #DEFAULT_PORT} unless
 * {@code MANAGEMENT_SERVER_PORT} says otherwise. The console is a chat that ends with its input: it opens no port
 * unless {@code MANAGEMENT_SERVER_PORT} is set, so two consoles never fight over one. {@code MANAGEMENT_SERVER_PORT=-1}
 * turns the management server off everywhere.
 */
public final class ManagementServerMode implements EnvironmentPostProcessor {

    /** The management port when none is configured. 8080 is left for the web pages ({@code SERVER_PORT}). */
    public static final int DEFAULT_PORT = 8081;

    private static final String PORT = "management.server.port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String port = environment.getProperty(PORT, "");
        boolean discord = !environment.getProperty("discord.token", "").isBlank();
        boolean wanted = port.isBlank() ? discord : !port.trim().equals("-1");
        Map<String, Object> defaults = new HashMap<>();
        List<String> excluded = new ArrayList<>();
        if ("none".equals(environment.getProperty("spring.main.web-application-type"))) {
            // The bot's own context when the pages run beside it (WebViewLauncher): templates and HTTP converters
            // belong to the web side
            excluded.addAll(WEB_SIDE);
        }
        if (!wanted) {
            // Nobody can read endpoints or metrics without the server: skip building them (start-up time, memory)
            defaults.put("management.endpoints.access.default", "none");
            defaults.put("management.prometheus.metrics.export.enabled", "false");
            excluded.addAll(MANAGEMENT);
            exclude(environment, defaults, excluded);
            // The meeting view's server must not carry actuator either (and refuses a management address otherwise)
            defaults.put(PORT, -1);
            add(environment, defaults);
            return;
        }
        exclude(environment, defaults, excluded);
        // The management server is a second Tomcat beside the meeting view's
        defaults.put("spring.main.web-application-type", "servlet");
        if (port.isBlank()) {
            defaults.put(PORT, DEFAULT_PORT);
        }
        add(environment, defaults);
    }

    /** Auto-configurations only the management server reads: health, endpoints, Spring Boot's meters. */
    static final List<String> MANAGEMENT = List.of(
            "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration",
            "org.springframework.boot.servlet.autoconfigure.actuate.web.ServletManagementContextAutoConfiguration",
            "org.springframework.boot.tomcat.autoconfigure.actuate.web.server.TomcatServletManagementContextAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.actuate.endpoint.web.WebMvcHealthEndpointExtensionAutoConfiguration",
            "org.springframework.boot.tomcat.autoconfigure.metrics.TomcatMetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsEndpointAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
            "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration");

    /** Auto-configurations of the web side only. */
    static final List<String> WEB_SIDE = List.of(
            "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
            "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration");

    /** Adds to the exclusions of application.properties (a list property: a later source would replace it). */
    private static void exclude(ConfigurableEnvironment environment, Map<String, Object> defaults, List<String> more) {
        if (more.isEmpty()) {
            return;
        }
        String configured = environment.getProperty("spring.autoconfigure.exclude", "");
        defaults.put(
                "spring.autoconfigure.exclude",
                configured.isBlank() ? String.join(",", more) : configured + "," + String.join(",", more));
    }

    private static void add(ConfigurableEnvironment environment, Map<String, Object> defaults) {
        // Above the property files, below the command line, system properties and the environment: an explicit
        // setting still wins
        MapPropertySource source = new MapPropertySource("regiotafelManagementServer", defaults);
        var sources = environment.getPropertySources();
        if (sources.contains("systemEnvironment")) {
            sources.addAfter("systemEnvironment", source);
        } else {
            sources.addFirst(source);
        }
    }
}
