package nl.regiotafel.bot.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import nl.regiotafel.bot.config.ConsoleProperties;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Runs the console chat on standard input when no Discord token is set. */
@Component
@ConditionalOnExpression("'${discord.token:}'.isBlank() and ${regiotafel.console.enabled:true}")
public final class ConsoleRunner implements ApplicationRunner {

    private final CommandRegistry registry;
    private final NetworkStore networks;
    private final ConsoleProperties properties;
    private final java.time.Clock clock;
    private final nl.regiotafel.commands.reminder.ReminderEngine engine;
    private final ConsoleChatGateway chat;

    ConsoleRunner(
            CommandRegistry registry,
            NetworkStore networks,
            ConsoleProperties properties,
            java.time.Clock clock,
            nl.regiotafel.commands.reminder.ReminderEngine engine,
            ConsoleChatGateway chat) {
        this.registry = registry;
        this.networks = networks;
        this.properties = properties;
        this.clock = clock;
        this.engine = engine;
        this.chat = chat;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        session().run(in, out, isTerminal());
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
