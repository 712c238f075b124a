package nl.regiotafel.bot.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.regiotafel.bot.console.ConsoleWaiting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Starts the web side ({@link WebViewApplication}: the meeting view and the management server) on its own thread once
 * the bot is ready, so the console answers and the gateway connects without waiting for Tomcat, Spring
 * MVC and Thymeleaf (about 2.5 s of a 2-core machine's start-up; docs/benchmarks.md). A web side that cannot start (a
 * port in use) is logged and the bot goes on without it.
 *
 * <p>The packaged bot runs this way ({@code RegiotafelApplication.main} makes its own context a plain one). A context
 * built as a web application, as the tests build it, holds the pages itself and has no launcher.
 */
@Component
@ConditionalOnNotWebApplication
public final class WebViewLauncher implements ApplicationListener<ApplicationEvent>, DisposableBean {

    /** Set on the web side's command line, so it does not open a second embedded store or launch itself again. */
    public static final String CHILD = "regiotafel.web.child";

    private static final Logger log = LoggerFactory.getLogger(WebViewLauncher.class);

    private final CompletableFuture<ConfigurableApplicationContext> web = new CompletableFuture<>();
    private final AtomicBoolean launched = new AtomicBoolean();
    private final ConfigurableApplicationContext bot;

    WebViewLauncher(ConfigurableApplicationContext bot) {
        this.bot = bot;
    }

    /**
     * Starts the web side when the bot is ready: on Discord when Spring says so, in the console when it has answered
     * what was typed so far (its context is only "ready" when its input ends).
     */
    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        boolean ready = event instanceof ApplicationReadyEvent started && started.getApplicationContext() == bot;
        if (!(ready || event instanceof ConsoleWaiting)
                || !wanted(bot.getEnvironment())
                || !launched.compareAndSet(false, true)) {
            // Events of the web side reach this context too: only the bot's own readiness launches it
            return;
        }
        String[] arguments = arguments(bot.getBean(ApplicationArguments.class).getSourceArgs());
        Thread thread = new Thread(() -> start(arguments), "web-view-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Pages unless {@code SERVER_PORT=-1}; the management server unless it is off (see ManagementServerMode). */
    static boolean wanted(Environment environment) {
        return !environment.getProperty("server.port", "8080").trim().equals("-1")
                || !environment
                        .getProperty("management.server.port", "-1")
                        .trim()
                        .equals("-1");
    }

    /** The bot's own arguments, as a servlet application that is the web side. */
    static String[] arguments(String[] source) {
        List<String> arguments = new ArrayList<>();
        for (String argument : source) {
            if (!argument.startsWith("--spring.main.web-application-type=")) {
                arguments.add(argument);
            }
        }
        arguments.add("--spring.main.web-application-type=servlet");
        arguments.add("--" + CHILD + "=true");
        return arguments.toArray(String[]::new);
    }

    private void start(String[] arguments) {
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(WebViewApplication.class)
                    .parent(bot)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(arguments);
            if (!bot.isActive()) {
                // The bot stopped (a short console script) while the web side was starting
                context.close();
            }
            web.complete(context);
        } catch (RuntimeException e) {
            web.completeExceptionally(e);
            if (bot.isActive()) {
                log.error(
                        "The meeting view and the management server could not start ({}); the bot goes on without"
                                + " them. Free the port or choose another with SERVER_PORT / MANAGEMENT_SERVER_PORT"
                                + " (-1 turns either off).",
                        rootMessage(e));
            }
        }
    }

    /** The web side once it runs (for tests and the benchmark), or an exception saying why it does not. */
    public ConfigurableApplicationContext await(Duration timeout) throws Exception {
        return web.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        // Normally closed with the bot (a child closes with its parent); this covers a start still under way
        web.thenAccept(context -> {
            if (context.isActive()) {
                context.close();
            }
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
