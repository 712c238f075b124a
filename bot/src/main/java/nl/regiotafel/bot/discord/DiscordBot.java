package nl.regiotafel.bot.discord;

import io.micrometer.core.instrument.Gauge;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.GatewayPingEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import nl.regiotafel.bot.config.DiscordProperties;
import nl.regiotafel.bot.config.RegisteredCommands;
import nl.regiotafel.bot.metrics.BotMetrics;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.network.NetworkStore;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The Discord connection: one JDA client with no gateway intents (slash commands, buttons and modals need none, and
 * certainly no privileged Message Content intent). Registers the commands once connected.
 */
public final class DiscordBot implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /** Answer directly if the command finishes within this; otherwise defer. Leaves margin in the 3 s window. */
    static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    /** How long a shutdown waits for running commands to be answered. */
    static final Duration DRAIN = Duration.ofSeconds(10);

    private final DiscordProperties properties;
    private final CommandRegistry registry;
    private final CommandCatalog catalog;
    private final NetworkStore networks;
    private final Clock clock;
    private final BotMetrics metrics;
    private final boolean autoStartup;
    private final RegisteredCommands registered;
    private ExecutorService executor;
    private Responder responder;
    private volatile JDA jda;
    /** When the gateway last acknowledged a heartbeat (or connected), by {@link System#nanoTime()}. */
    private volatile long lastHeartbeat;

    public DiscordBot(
            DiscordProperties properties,
            CommandRegistry registry,
            CommandCatalog catalog,
            NetworkStore networks,
            Clock clock,
            BotMetrics metrics,
            boolean autoStartup,
            RegisteredCommands registered) {
        this.metrics = metrics;
        this.autoStartup = autoStartup;
        this.properties = properties;
        this.registry = registry;
        this.catalog = catalog;
        this.networks = networks;
        this.clock = clock;
        this.registered = registered;
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "regiotafel-command-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        responder = new Responder(
                executor,
                DEFER_AFTER,
                new Interactions<>(Duration.ofMinutes(15), 2_000, clock),
                new Interactions<>(Duration.ofMinutes(30), 2_000, clock),
                // Actions may hold a file of up to 25 MB (an import awaiting confirmation): few, and not for long
                new Interactions<>(Duration.ofMinutes(15), 8, clock),
                metrics);
        // Nothing the bot sends may ping anyone unless a message asks for it explicitly
        MessageRequest.setDefaultMentions(EnumSet.noneOf(net.dv8tion.jda.api.entities.Message.MentionType.class));
        AtomicInteger eventThreads = new AtomicInteger();
        ExecutorService eventPool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "regiotafel-event-" + eventThreads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        JDABuilder builder = JDABuilder.createLight(properties.token(), EnumSet.noneOf(GatewayIntent.class))
                // A project's forum post carries tags by id: the client must know the forum's tags (no intent needed)
                .enableCache(net.dv8tion.jda.api.utils.cache.CacheFlag.FORUM_TAGS)
                // The listener may wait up to DEFER_AFTER for a command; on JDA's gateway thread (the default) that
                // wait would hold up every other interaction, pushing the next one past Discord's 3 s
                .setEventPool(eventPool, true)
                .addEventListeners(
                        new InteractionListener(registry, networks, responder, new Throttle(System::nanoTime), metrics),
                        new ListenerAdapter() {
                            @Override
                            public void onGatewayPing(GatewayPingEvent event) {
                                lastHeartbeat = System.nanoTime();
                            }
                        });
        // JDA waits out rate limits by itself; counting the 429s shows when it has to
        builder.setHttpClientBuilder(new OkHttpClient.Builder().addInterceptor(chain -> {
            Response response = chain.proceed(chain.request());
            if (response.code() == 429) {
                metrics.rateLimited(response.header("X-RateLimit-Scope"));
            }
            return response;
        }));
        if (properties.apiBaseUrl() != null && !properties.apiBaseUrl().isBlank()) {
            builder.setRestConfig(new RestConfig().setBaseUrl(properties.apiBaseUrl()));
        }
        if (properties.gatewayUrl() != null && !properties.gatewayUrl().isBlank()) {
            builder.setSessionController(gatewayOverride(properties.gatewayUrl()));
        }
        try {
            jda = builder.build().awaitReady();
            lastHeartbeat = System.nanoTime();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while connecting to Discord", e);
        }
        Gauge.builder("regiotafel.discord.gateway.ping", this, bot -> {
                    JDA client = bot.jda;
                    return client == null ? Double.NaN : client.getGatewayPing();
                })
                .description("Discord gateway heartbeat round trip")
                .baseUnit("milliseconds")
                .register(metrics.registry());
        registerCommands();
        log.info("Connected to Discord as {}", jda.getSelfUser().getName());
    }

    private void registerCommands() {
        List<SlashCommandData> commands = SlashCommands.toData(catalog.available());
        String guildId = properties.guildId();
        if (guildId != null && !guildId.isBlank()) {
            Guild guild = jda.getGuildById(guildId);
            if (guild != null) {
                remember(guild.updateCommands().addCommands(commands).complete());
                log.info("Registered {} commands in guild {}", commands.size(), guildId);
                return;
            }
            log.warn("Guild {} is not available to the bot; registering commands globally instead", guildId);
        }
        remember(jda.updateCommands().addCommands(commands).complete());
        log.info("Registered {} commands globally (may take up to an hour to show)", commands.size());
    }

    /** Keeps the ids Discord gave the commands (by their internal names), for command mentions in /help. */
    private void remember(List<net.dv8tion.jda.api.interactions.commands.Command> commands) {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (net.dv8tion.jda.api.interactions.commands.Command command : commands) {
            registry.findNamed(command.getName())
                    .ifPresent(c -> ids.put(c.spec().name(), command.getId()));
        }
        registered.replace(ids);
    }

    private static SessionController gatewayOverride(String url) {
        return new ConcurrentSessionController() {
            @Override
            public String getGateway() {
                return url;
            }
        };
    }

    /** The running client, for tests and diagnostics. */
    public JDA jda() {
        return jda;
    }

    /** How long ago the gateway last acknowledged a heartbeat; empty before the first connection. */
    Optional<Duration> sinceHeartbeat() {
        return jda == null ? Optional.empty() : Optional.of(Duration.ofNanos(System.nanoTime() - lastHeartbeat));
    }

    /**
     * The first sign of a shutdown, before any bean stops: from here on new interactions are told to try again, so
     * none starts that the drain below would cut off.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (responder != null) {
            responder.close();
        }
    }

    /**
     * Shuts down in order (SIGTERM, {@code docker stop}): new interactions are told to try again, the ones running
     * get their answers for up to {@link #DRAIN}, and only then the gateway closes with code 1000, after JDA sent
     * what was queued. Stops after the scheduler (a lower phase), so a reminder being sent still has its gateway.
     */
    @Override
    public void stop() {
        if (responder != null) {
            responder.close();
        }
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("Commands still running after {}; closing the Discord connection anyway", DRAIN);
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (jda != null) {
            jda.shutdown();
            try {
                if (!jda.awaitShutdown(DRAIN)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
            log.info("Disconnected from Discord");
        }
    }

    /** False when instances take turns: then the lease holder connects ({@code ActiveInstance}). */
    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    /** After the scheduler (phase {@link SmartLifecycle#DEFAULT_PHASE}), before the store closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    @Override
    public boolean isRunning() {
        return jda != null && jda.getStatus() != JDA.Status.SHUTDOWN;
    }
}
