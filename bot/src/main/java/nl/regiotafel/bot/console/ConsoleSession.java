package nl.regiotafel.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.reminder.ReminderEngine;
import nl.regiotafel.commands.text.Texts;

/**
 * One console conversation: reads a command per line, prints each reply followed by a blank line, and goes on after
 * a failing command. Lines starting with {@code #} are comments, so scripts can explain themselves.
 */
public final class ConsoleSession {

    private final CommandRegistry registry;
    private final ConsoleRenderer renderer;
    private final String networkId;
    private final Invoker invoker;
    private final Locale locale;
    private final ReminderEngine engine;
    private final ConsoleChatGateway chat;

    ConsoleSession(
            CommandRegistry registry,
            ConsoleRenderer renderer,
            String networkId,
            Invoker invoker,
            Locale locale,
            ReminderEngine engine,
            ConsoleChatGateway chat) {
        this.registry = registry;
        this.renderer = renderer;
        this.networkId = networkId;
        this.invoker = invoker;
        this.locale = locale;
        this.engine = engine;
        this.chat = chat;
    }

    static Invoker invoker(String user, Set<Role> roles) {
        return new Invoker(user, user, roles);
    }

    /** Runs until the end of input or {@code /quit}. */
    public void run(BufferedReader in, PrintWriter out, boolean interactive) throws IOException {
        run(in, out, interactive, () -> {});
    }

    /** Runs until the end of input or {@code /quit}; {@code waiting} runs the first time no typed line is pending. */
    public void run(BufferedReader in, PrintWriter out, boolean interactive, Runnable waiting) throws IOException {
        boolean waited = false;
        Messages m = Messages.of(locale);
        if (interactive) {
            String roles = invoker.roles().stream()
                    .map(r -> r.name().toLowerCase(Locale.ROOT))
                    .sorted()
                    .collect(Collectors.joining(", "));
            out.println(m.get("console.ready", networkId, invoker.displayName(), roles));
            out.print("> ");
            out.flush();
        }
        printPosted(out);
        if (interactive) {
            out.flush();
        }
        String line;
        while (true) {
            if (!waited && !in.ready()) {
                waited = true;
                waiting.run();
            }
            line = in.readLine();
            if (line == null) {
                break;
            }
            String text = line.strip();
            if (text.equals("/quit") || text.equals("/exit")) {
                break;
            }
            if (!text.isEmpty() && !text.startsWith("#")) {
                out.println(execute(text));
                out.println();
                printPosted(out);
            }
            if (interactive) {
                out.print("> ");
            }
            out.flush();
        }
        out.flush();
    }

    /**
     * Runs the reminder jobs that are due and prints what the bot posted in this network, each message prefixed with
     * the channel it would go to and followed by a blank line.
     */
    public void printPosted(PrintWriter out) {
        engine.plan(networkId);
        engine.dispatch(networkId);
        for (String message : posted()) {
            out.println(message);
            out.println();
        }
    }

    /** The network this console plays. */
    String networkId() {
        return networkId;
    }

    /** The rendered messages posted in this network since the last call. */
    public java.util.List<String> posted() {
        Messages m = Messages.of(locale);
        return chat.drain().stream()
                .filter(posted -> posted.message().networkId().equals(networkId))
                .map(posted -> renderer.render(posted.message(), m, posted.at()))
                .toList();
    }

    /** Runs one line and returns the rendered reply. */
    public String execute(String line) {
        return renderer.render(respond(line), locale);
    }

    CommandResponse respond(String line) {
        Messages m = Messages.of(locale);
        try {
            ConsoleParser.Parsed parsed = ConsoleParser.parse(line);
            Command command = registry.findNamed(parsed.command()).orElse(null);
            if (command == null) {
                return CommandResponse.error(m.get("error.command.unknown", "/" + parsed.command()));
            }
            CommandSpec spec = command.spec();
            String subcommand = ConsoleRequests.subcommand(spec, parsed, registry.names());
            Map<String, Object> options =
                    ConsoleRequests.options(spec, subcommand, parsed.options(), registry.names(), locale);
            CommandRequest request = new CommandRequest(
                    networkId,
                    "console",
                    invoker,
                    locale,
                    spec.name(),
                    subcommand,
                    options,
                    "console-" + UUID.randomUUID());
            return registry.dispatch(request);
        } catch (ConsoleSyntaxException e) {
            return CommandResponse.error(m.get(e.key(), Texts.escapeAll(e.args())));
        } catch (UserError e) {
            return CommandResponse.error(m.get(e.key(), Texts.escapeAll(e.args())));
        }
    }
}
