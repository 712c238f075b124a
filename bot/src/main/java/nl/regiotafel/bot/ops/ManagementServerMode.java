package nl.regiotafel.bot.ops;

import java.util.HashMap;
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
        if (!wanted) {
            // Nobody can read endpoints or metrics without the server: skip building them (start-up time, memory)
            defaults.put("management.endpoints.access.default", "none");
            defaults.put("management.prometheus.metrics.export.enabled", "false");
            // The meeting view's server must not carry actuator either (and refuses a management address otherwise)
            defaults.put(PORT, -1);
            add(environment, defaults);
            return;
        }
        // The management server is a second Tomcat beside the meeting view's
        defaults.put("spring.main.web-application-type", "servlet");
        if (port.isBlank()) {
            defaults.put(PORT, DEFAULT_PORT);
        }
        add(environment, defaults);
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
