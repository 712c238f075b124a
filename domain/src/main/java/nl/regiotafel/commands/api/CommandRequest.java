package nl.regiotafel.commands.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;

/**
 * One invocation of a command, as any adapter delivers it.
 *
 * @param networkId the network (Discord guild id; in the console, the configured network)
 * @param channelId where the command was typed
 * @param invoker who typed it
 * @param locale the language of the reply (the user's, if we speak it, else the network's)
 * @param command command name
 * @param subcommand subcommand name, or null
 * @param options typed option values by name: String, Long, Double, Boolean, {@link UserRef} or
 *     {@link AttachmentInput}
 * @param interactionId the platform's id of this interaction, used as an idempotency key; unique per invocation
 * @param network the network's settings as the registry resolved them for this interaction (see {@link #settings()})
 */
public record CommandRequest(
        String networkId,
        String channelId,
        Invoker invoker,
        Locale locale,
        String command,
        String subcommand,
        Map<String, Object> options,
        String interactionId,
        NetworkContext network) {

    public CommandRequest {
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(invoker);
        Objects.requireNonNull(locale);
        Objects.requireNonNull(command);
        Objects.requireNonNull(network);
        options = Map.copyOf(options);
    }

    /** A request as an adapter builds it; the {@link CommandRegistry} adds the network when it dispatches it. */
    public CommandRequest(
            String networkId,
            String channelId,
            Invoker invoker,
            Locale locale,
            String command,
            String subcommand,
            Map<String, Object> options,
            String interactionId) {
        this(
                networkId,
                channelId,
                invoker,
                locale,
                command,
                subcommand,
                options,
                interactionId,
                NetworkContext.unresolved());
    }

    /**
     * The network's settings, read once per interaction by the registry (through the read model), however often a
     * command and the checks it makes ask for them.
     */
    public NetworkSettings settings() {
        return network.settings();
    }

    /** The messages in the reply's language. */
    public Messages messages() {
        return Messages.of(locale);
    }

    /** This request in {@code network}. */
    public CommandRequest in(NetworkContext network) {
        return new CommandRequest(
                networkId, channelId, invoker, locale, command, subcommand, options, interactionId, network);
    }

    /** This request with other options. */
    public CommandRequest withOptions(Map<String, Object> changed) {
        return new CommandRequest(
                networkId, channelId, invoker, locale, command, subcommand, changed, interactionId, network);
    }

    /** The command as typed, for logs: {@code /project add}. */
    public String path() {
        return subcommand == null ? "/" + command : "/" + command + " " + subcommand;
    }

    /** A text option, trimmed; empty when absent or blank. */
    public Optional<String> text(String name) {
        Object value = options.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A required text option; refuses with a message naming the option when it is missing or blank. */
    public String requireText(String name) {
        return text(name).orElseThrow(() -> new UserError("error.option.missing", new OptionRef(name)));
    }

    public Optional<Long> integer(String name) {
        Object value = options.get(name);
        return value instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }

    public Optional<Double> number(String name) {
        Object value = options.get(name);
        return value instanceof Number number ? Optional.of(number.doubleValue()) : Optional.empty();
    }

    public Optional<Boolean> bool(String name) {
        Object value = options.get(name);
        return value instanceof Boolean flag ? Optional.of(flag) : Optional.empty();
    }

    public Optional<UserRef> user(String name) {
        Object value = options.get(name);
        return value instanceof UserRef user ? Optional.of(user) : Optional.empty();
    }

    public Optional<AttachmentInput> attachment(String name) {
        Object value = options.get(name);
        return value instanceof AttachmentInput file ? Optional.of(file) : Optional.empty();
    }
}
