package nl.regiotafel.commands.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.readmodel.ReadScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every command of the bot, by name. Rejects duplicate names and missing translations at start-up, checks options
 * before a command runs, and turns every failure into a reply: the bot never crashes on input.
 */
public final class CommandRegistry {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistry.class);

    /** The option that asks for a private reply. */
    public static final String PRIVATE = "private";

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, Map<String, Subcommand.Handler>> handlers = new java.util.HashMap<>();
    private final Map<String, Map<String, Subcommand.Suggester>> suggesters = new java.util.HashMap<>();
    private final List<ReplyExtension> extensions;
    private final NetworkStore networks;
    private final CommandNames names = CommandNames.standard();

    public CommandRegistry(Collection<? extends Command> all) {
        this(all, List.of());
    }

    /** A registry without a network store: for commands that never ask a request for its settings. */
    public CommandRegistry(Collection<? extends Command> all, Collection<? extends ReplyExtension> extensions) {
        this(all, extensions, null);
    }

    /**
     * @param networks where a request's {@link CommandRequest#settings()} come from (the read model's store): read at
     *     most once per interaction
     */
    public CommandRegistry(
            Collection<? extends Command> all, Collection<? extends ReplyExtension> extensions, NetworkStore networks) {
        this.extensions = List.copyOf(extensions);
        this.networks = networks;
        List<Command> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(c -> c.spec().name()));
        for (Command command : sorted) {
            String name = command.spec().name();
            Command previous = commands.putIfAbsent(name, command);
            if (previous != null) {
                throw new IllegalStateException("Two commands are named /" + name + ": "
                        + previous.getClass().getName() + " and "
                        + command.getClass().getName());
            }
            checkTranslations(command.spec());
            handlers.put(name, handlersOf(command));
            Map<String, Subcommand.Suggester> bySubcommand = new java.util.HashMap<>();
            command.subcommands().stream()
                    .filter(s -> s.suggester() != null)
                    .forEach(s -> bySubcommand.put(s.name(), s.suggester()));
            suggesters.put(name, Map.copyOf(bySubcommand));
        }
        List<String> problems =
                names.problems(commands.values().stream().map(Command::spec).toList());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Command names are missing or break Discord's rules:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * The handler of each subcommand by name. A command that lists handlers must list exactly its spec's subcommands,
     * each once: a subcommand nobody runs, or a handler nobody can reach, fails at start-up.
     */
    private static Map<String, Subcommand.Handler> handlersOf(Command command) {
        List<Subcommand> subcommands = command.subcommands();
        if (subcommands.isEmpty()) {
            return Map.of();
        }
        Map<String, Subcommand.Handler> byName = new java.util.HashMap<>();
        for (Subcommand subcommand : subcommands) {
            if (byName.put(subcommand.name(), subcommand.handler()) != null) {
                throw new IllegalStateException(
                        "/" + command.spec().name() + " has two handlers for " + subcommand.name());
            }
        }
        List<String> declared =
                command.spec().subcommands().stream().map(SubcommandSpec::name).toList();
        if (!new java.util.HashSet<>(declared).equals(byName.keySet())) {
            throw new IllegalStateException("/" + command.spec().name() + " declares subcommands " + declared
                    + " but has handlers for " + byName.keySet());
        }
        return Map.copyOf(byName);
    }

    private static void checkTranslations(CommandSpec spec) {
        List<String> keys = new ArrayList<>();
        keys.add(spec.descriptionKey());
        spec.options().forEach(o -> addOptionKeys(keys, o));
        spec.groups().forEach(group -> keys.add(spec.descriptionKey() + "." + group));
        for (SubcommandSpec sub : spec.subcommands()) {
            keys.add(sub.descriptionKey());
            sub.options().forEach(o -> addOptionKeys(keys, o));
        }
        for (var locale : Messages.SUPPORTED) {
            Messages messages = Messages.of(locale);
            for (String key : keys) {
                if (!messages.has(key)) {
                    throw new IllegalStateException(
                            "Message " + key + " of /" + spec.name() + " is missing for " + locale);
                }
            }
        }
    }

    private static void addOptionKeys(List<String> keys, OptionSpec option) {
        keys.add(option.descriptionKey());
        option.choices().forEach(c -> keys.add(c.labelKey()));
    }

    /** Every command, ordered by name. */
    public List<Command> commands() {
        return List.copyOf(commands.values());
    }

    /** The command with this internal name. */
    public Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** The command a user typed, by its Dutch, English or internal name (any case). */
    public Optional<Command> findNamed(String typed) {
        return names.findCommand(commands.values().stream().map(Command::spec).toList(), typed)
                .map(spec -> commands.get(spec.name()));
    }

    /** The naming table the registry checked at start-up. */
    public CommandNames names() {
        return names;
    }

    /** Runs a request and always returns a reply. */
    public CommandResponse dispatch(CommandRequest request) {
        // One command, one look at each network's revision: it reads one state of the read model throughout
        try (ReadScope scope = ReadScope.open()) {
            return dispatchInScope(inNetwork(request));
        }
    }

    /** The request with its network's settings to be read once, when first asked for. */
    private CommandRequest inNetwork(CommandRequest request) {
        if (networks == null) {
            return request;
        }
        String networkId = request.networkId();
        return request.in(NetworkContext.reading(() -> networks.get(networkId)));
    }

    private CommandResponse dispatchInScope(CommandRequest request) {
        CommandResponse response = run(request);
        for (ReplyExtension extension : extensions) {
            try {
                response = extension.extend(request, response);
            } catch (RuntimeException | Error e) {
                // An extension only adds to a reply; the command's own answer must get through regardless
                log.warn(
                        "Reply extension {} failed for {}: {}",
                        extension.getClass().getSimpleName(),
                        request.path(),
                        e.toString());
            }
        }
        return response;
    }

    private CommandResponse run(CommandRequest request) {
        Messages messages = Messages.of(request.locale());
        Command command = commands.get(request.command());
        if (command == null) {
            return CommandResponse.error(messages.get("error.command.unknown", "/" + request.command()));
        }
        try {
            request = withCanonicalChoices(command.spec(), request);
            validate(command.spec(), request);
            Subcommand.Handler handler = request.subcommand() == null
                    ? null
                    : handlers.get(command.spec().name()).get(request.subcommand());
            return privateIfAsked(request, handler != null ? handler.handle(request) : command.handle(request));
        } catch (UserError e) {
            // The user's input, quoted verbatim: escaped, never stripped of characters; options under their name in
            // the reader's language
            return CommandResponse.error(messages.get(
                    e.key(), nl.regiotafel.commands.text.Texts.escapeAll(readable(command.spec(), e.args(), request))));
        } catch (ConcurrentEditException e) {
            return CommandResponse.error(messages.get("error.concurrent"));
        } catch (StoreUnavailableException e) {
            log.warn(
                    "Database unavailable for {} in network {}: {}", request.path(), request.networkId(), e.toString());
            return CommandResponse.error(messages.get("error.store.unavailable"));
        } catch (RuntimeException | Error e) {
            // An Error too (out of memory, stack overflow, a missing class): it ends this command, never the process;
            // what the command held is garbage by now
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "Command {} failed for network {} (reference {})",
                    request.path(),
                    request.networkId(),
                    reference,
                    e);
            return CommandResponse.error(messages.get("error.internal", reference));
        }
    }

    /** The error's arguments with every {@link OptionRef} under its name in the reader's language. */
    private Object[] readable(CommandSpec spec, Object[] args, CommandRequest request) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof OptionRef option) {
                shown[i] = optionName(spec, option.name(), request.locale());
            }
        }
        return shown;
    }

    private String optionName(CommandSpec spec, String option, java.util.Locale locale) {
        boolean declared = spec.options().stream().anyMatch(o -> o.name().equals(option))
                || spec.subcommands().stream()
                        .flatMap(s -> s.options().stream())
                        .anyMatch(o -> o.name().equals(option));
        return declared ? names.option(spec, option).in(locale) : option;
    }

    /**
     * A public reply becomes private when the user asked for it with the {@value #PRIVATE} option, which commands with
     * shareable replies (updates, status, summaries, reports) declare.
     */
    private static CommandResponse privateIfAsked(CommandRequest request, CommandResponse response) {
        Object asked = request.options().get(PRIVATE);
        if (asked == null || !Boolean.parseBoolean(String.valueOf(asked)) || response.form() != null) {
            return response;
        }
        return new CommandResponse(
                response.pages(),
                response.attachments(),
                CommandResponse.Visibility.PRIVATE,
                response.tone(),
                null,
                response.action(),
                response.note(),
                response.changed());
    }

    /** Autocomplete suggestions; never throws, at most 25. */
    public List<Command.Suggestion> suggest(CommandRequest request, String option) {
        Command command = commands.get(request.command());
        if (command == null) {
            return List.of();
        }
        try (ReadScope scope = ReadScope.open()) {
            Subcommand.Suggester suggester = request.subcommand() == null
                    ? null
                    : suggesters.get(command.spec().name()).get(request.subcommand());
            List<Command.Suggestion> suggestions = suggester != null
                    ? suggester.suggest(inNetwork(request), option)
                    : command.suggest(inNetwork(request), option);
            return suggestions.size() > 25 ? suggestions.subList(0, 25) : suggestions;
        } catch (RuntimeException e) {
            log.warn("Autocomplete of {} {} failed: {}", request.path(), option, e.toString());
            return List.of();
        }
    }

    /**
     * The request with every choice typed as its label, in either language, replaced by the choice's value: the
     * console and a pasted command may say {@code health:delayed}, {@code digest-day:vrijdag} or {@code kind:kwartaal}
     * whatever the reader's language; Discord sends values already.
     */
    private static CommandRequest withCanonicalChoices(CommandSpec spec, CommandRequest request) {
        if (!spec.subcommands().isEmpty()
                && (request.subcommand() == null
                        || spec.subcommand(request.subcommand()).isEmpty())) {
            return request;
        }
        Map<String, Object> options = null;
        for (OptionSpec option : spec.optionsOf(request.subcommand())) {
            if (option.choices().isEmpty() || !(request.options().get(option.name()) instanceof String typed)) {
                continue;
            }
            String key = labelKey(typed);
            for (Choice choice : option.choices()) {
                boolean named = choice.value().equalsIgnoreCase(typed.strip())
                        || Stream.of(Messages.DUTCH, Messages.ENGLISH)
                                .map(language -> Messages.of(language).get(choice.labelKey()))
                                .anyMatch(label -> labelKey(label).equals(key));
                if (named && choice.value().equals(typed)) {
                    break;
                }
                if (named) {
                    if (options == null) {
                        options = new java.util.HashMap<>(request.options());
                    }
                    options.put(option.name(), choice.value());
                    break;
                }
            }
        }
        return options == null ? request : request.withOptions(options);
    }

    /** A label compared as people type it: case, accents, spaces and punctuation ignored. */
    private static String labelKey(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("[^\\p{L}\\p{N}]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private void validate(CommandSpec spec, CommandRequest request) {
        java.util.Locale locale = request.locale();
        String command = "/" + names.command(spec).in(locale);
        if (!spec.subcommands().isEmpty()) {
            if (request.subcommand() == null) {
                throw new UserError("error.subcommand.missing", command, subcommandNames(spec, locale));
            }
            if (spec.subcommand(request.subcommand()).isEmpty()) {
                throw new UserError(
                        "error.subcommand.unknown", request.subcommand(), command, subcommandNames(spec, locale));
            }
        }
        List<OptionSpec> options = spec.optionsOf(request.subcommand());
        for (String given : request.options().keySet()) {
            if (options.stream().noneMatch(o -> o.name().equals(given))) {
                throw new UserError(
                        "error.option.unknown",
                        given,
                        "/" + names.path(spec, request.subcommand(), locale),
                        optionNames(spec, options, locale));
            }
        }
        for (OptionSpec option : options) {
            Object value = request.options().get(option.name());
            OptionRef ref = new OptionRef(option.name());
            if (value instanceof String text) {
                if (!text.isEmpty() && text.isBlank()) {
                    // Given but empty: refused, not read as absent (a name of only spaces is no name)
                    throw new UserError("error.text.invisible", ref, "");
                }
                java.util.Optional<nl.regiotafel.commands.text.TextInput.Refusal> refused =
                        nl.regiotafel.commands.text.TextInput.check(text);
                if (refused.isPresent()) {
                    throw new UserError(
                            refused.get().problem().key(), ref, refused.get().character());
                }
            }
            if (option.required() && (value == null || value.toString().isBlank())) {
                throw new UserError("error.option.missing", ref);
            }
            if (value != null
                    && !option.choices().isEmpty()
                    && option.choices().stream().noneMatch(c -> c.value()
                            .equalsIgnoreCase(value.toString().strip()))) {
                throw new UserError(
                        "error.option.choice",
                        ref,
                        String.join(
                                ", ",
                                option.choices().stream()
                                        .map(c -> names.value(c.value()).in(locale))
                                        .toList()));
            }
            if (value instanceof String text && option.maxLength() > 0 && text.length() > option.maxLength()) {
                throw new UserError("error.option.tooLong", ref, option.maxLength(), text.length());
            }
        }
    }

    private String subcommandNames(CommandSpec spec, java.util.Locale locale) {
        return String.join(
                ", ",
                spec.subcommands().stream()
                        .map(s -> names.subcommand(spec, s.name(), locale))
                        .toList());
    }

    private String optionNames(CommandSpec spec, List<OptionSpec> options, java.util.Locale locale) {
        return options.isEmpty()
                ? "-"
                : String.join(
                        ", ",
                        options.stream()
                                .map(o -> names.option(spec, o.name()).in(locale))
                                .toList());
    }
}
