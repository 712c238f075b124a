package nl.regiotafel.bot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import nl.regiotafel.bot.config.DiscordProperties;
import nl.regiotafel.bot.config.RegisteredCommands;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.network.NetworkStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The Discord connection: one JDA client with no gateway intents (slash commands, buttons and modals need none, and
 * certainly no privileged Message Content intent). Registers the commands once connected.
 */
public final class DiscordBot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /** Answer directly if the command finishes within this; otherwise defer. Leaves margin in the 3 s window. */
    static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    private final DiscordProperties properties;
    private final CommandRegistry registry;
    private final CommandCatalog catalog;
    private final NetworkStore networks;
    private final Clock clock;
    private final RegisteredCommands registered;
    private ExecutorService executor;
    private volatile JDA jda;

    public DiscordBot(
            DiscordProperties properties,
            CommandRegistry registry,
            CommandCatalog catalog,
            NetworkStore networks,
            Clock clock,
            RegisteredCommands registered) {
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
        Responder responder = new Responder(
                executor,
                DEFER_AFTER,
                new Interactions<>(Duration.ofMinutes(15), 2_000, clock),
                new Interactions<>(Duration.ofMinutes(30), 2_000, clock),
                // Actions may hold a file of up to 25 MB (an import awaiting confirmation): few, and not for long
                new Interactions<>(Duration.ofMinutes(15), 8, clock));
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
                        new InteractionListener(registry, networks, responder, new Throttle(System::nanoTime)));
        if (properties.apiBaseUrl() != null && !properties.apiBaseUrl().isBlank()) {
            builder.setRestConfig(new RestConfig().setBaseUrl(properties.apiBaseUrl()));
        }
        if (properties.gatewayUrl() != null && !properties.gatewayUrl().isBlank()) {
            builder.setSessionController(gatewayOverride(properties.gatewayUrl()));
        }
        try {
            jda = builder.build().awaitReady();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while connecting to Discord", e);
        }
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

    @Override
    public void stop() {
        if (jda != null) {
            jda.shutdown();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return jda != null && jda.getStatus() != JDA.Status.SHUTDOWN;
    }
}
