package nl.regiotafel.bot.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import nl.regiotafel.bot.config.ConsoleProperties;
import nl.regiotafel.bot.config.DemoProperties;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.demo.DemoNetwork;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Runs the console chat on standard input when no Discord token is set. */
@Component
@ConditionalOnExpression("'${discord.token:}'.isBlank() and ${regiotafel.console.enabled:true}")
public final class ConsoleRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsoleRunner.class);

    private final CommandRegistry registry;
    private final NetworkStore networks;
    private final ConsoleProperties properties;
    private final java.time.Clock clock;
    private final nl.regiotafel.commands.reminder.ReminderEngine engine;
    private final ConsoleChatGateway chat;
    private final DemoProperties demo;
    private final DemoStores stores;
    private final ApplicationEventPublisher events;

    /** The ports the demo loader writes through. */
    record DemoStores(ProjectStore projects, MilestoneStore milestones, UpdateStore updates, AuditStore audit) {}

    ConsoleRunner(
            CommandRegistry registry,
            NetworkStore networks,
            ConsoleProperties properties,
            java.time.Clock clock,
            nl.regiotafel.commands.reminder.ReminderEngine engine,
            ConsoleChatGateway chat,
            DemoProperties demo,
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            AuditStore audit,
            ApplicationEventPublisher events) {
        this.registry = registry;
        this.networks = networks;
        this.properties = properties;
        this.clock = clock;
        this.engine = engine;
        this.chat = chat;
        this.demo = demo;
        this.stores = new DemoStores(projects, milestones, updates, audit);
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (demo.demo()) {
            loadDemo();
        }
        // The console reads until its input ends, before Spring would call the application ready: it is ready now
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        nl.regiotafel.bot.StartupTrace.print(System.err, 60);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        session().run(in, out, isTerminal(), () -> events.publishEvent(new ConsoleWaiting(this)));
    }

    /** Loads the demo network into the console's network; what exists already is kept. */
    void loadDemo() {
        DemoNetwork.Result result = DemoNetwork.load(
                properties.network(),
                stores.projects(),
                stores.milestones(),
                stores.updates(),
                networks,
                stores.audit(),
                clock);
        log.info(
                "Demo network in {}: added {} projects, {} milestones ({} reached) and {} updates",
                properties.network(),
                result.projects(),
                result.milestones(),
                result.milestonesDone(),
                result.updates());
    }

    public ConsoleSession session() {
        var settings = networks.get(properties.network());
        var locale = Messages.choose(java.util.Locale.forLanguageTag(properties.language()), settings.locale());
        var roles = properties.roles().isEmpty()
                ? EnumSet.of(nl.regiotafel.commands.api.Role.MEMBER)
                : EnumSet.copyOf(properties.roles());
        roles.add(nl.regiotafel.commands.api.Role.MEMBER);
        return new ConsoleSession(
                registry,
                new ConsoleRenderer(properties.outputDir(), settings.zone(), clock),
                properties.network(),
                ConsoleSession.invoker(properties.user(), roles),
                locale,
                engine,
                chat);
    }

    /** Whether standard input is a terminal: then the console greets and prompts. */
    private static boolean isTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a console even for pipes; isTerminal() tells them apart
            return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
