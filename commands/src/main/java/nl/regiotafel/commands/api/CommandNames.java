package nl.regiotafel.commands.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The naming table: the Dutch and English name of every command, subcommand group, subcommand, option and choice
 * value, read from every {@value #RESOURCE} on the class path (see that file for its keys). Dutch is the default
 * name (Discord's default, which interactions always arrive with); English is the localisation.
 *
 * <p>Commands keep their internal names (their option constants): the adapters translate at the edge, from the
 * typed or received name to the internal one ({@code find…}) and back ({@link #path}, {@link #option}, …) when
 * they name something to a reader. {@link #problems} is the start-up check.
 */
public final class CommandNames {

    /** Where the table lives; every copy on the class path is read, so a module (or a test) can add its commands. */
    public static final String RESOURCE = "i18n/names.properties";

    /**
     * The rule for every name: Discord's ({@code ^[-_'\p{L}\p{N}]{1,32}$}, lower case) without the apostrophe, which
     * JDA 6.5 refuses before Discord sees it ({@code [\w-]+}).
     */
    public static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");

    private static final CommandNames STANDARD = load(CommandNames.class.getClassLoader());

    /**
     * The two names of one thing.
     *
     * @param dutch the default name
     * @param english the en-US and en-GB localisation
     */
    public record Names(String dutch, String english) {

        /** The name a reader in {@code locale} sees: English for English, Dutch for every other language. */
        public String in(Locale locale) {
            return locale != null && locale.getLanguage().equals("en") ? english : dutch;
        }

        /** Whether {@code typed} is either name, ignoring case. */
        public boolean matches(String typed) {
            return dutch.equalsIgnoreCase(typed) || english.equalsIgnoreCase(typed);
        }
    }

    private final Map<String, Names> table;

    private CommandNames(Map<String, Names> table) {
        this.table = Map.copyOf(table);
    }

    /** The table of this application, read once. */
    public static CommandNames standard() {
        return STANDARD;
    }

    /** A table from {@code key = dutch | english} entries, for tests. */
    public static CommandNames of(Map<String, String> entries) {
        Map<String, Names> table = new HashMap<>();
        entries.forEach((key, value) -> table.put(key, parse(key, value, "the given entries")));
        return new CommandNames(table);
    }

    static CommandNames load(ClassLoader loader) {
        Map<String, Names> table = new HashMap<>();
        Map<String, String> from = new HashMap<>();
        try {
            Enumeration<URL> copies = loader.getResources(RESOURCE);
            for (URL url : Collections.list(copies)) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream();
                        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    Names names = parse(key, properties.getProperty(key), url.toString());
                    Names previous = table.putIfAbsent(key, names);
                    if (previous != null && !previous.equals(names)) {
                        throw new IllegalStateException(
                                "Name " + key + " is given twice, in " + from.get(key) + " and " + url);
                    }
                    from.putIfAbsent(key, url.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new CommandNames(table);
    }

    private static Names parse(String key, String value, String source) {
        String[] parts = value.split("\\|", -1);
        if (parts.length != 2) {
            throw new IllegalStateException(
                    "Name " + key + " in " + source + " must read 'dutch | english', not '" + value + "'");
        }
        return new Names(parts[0].strip(), parts[1].strip());
    }

    // ---- internal name → names ---------------------------------------------------------------------------------

    /** The names of a command. */
    public Names command(CommandSpec spec) {
        return require("command." + spec.name());
    }

    /** The names of a subcommand group of {@code spec}. */
    public Names group(CommandSpec spec, String group) {
        return require("command." + spec.name() + "." + group);
    }

    /** The names of a subcommand's own name (without its group). */
    public Names leaf(CommandSpec spec, SubcommandSpec sub) {
        return require("command." + spec.name() + "." + sub.name().replace(' ', '.'));
    }

    /** The names of an option of {@code spec}. */
    public Names option(CommandSpec spec, String option) {
        Names specific = table.get("option." + spec.name() + "." + option);
        return specific != null ? specific : require("option." + option);
    }

    /** The names of a choice value. */
    public Names value(String value) {
        return require("value." + value);
    }

    /** The subcommand as a reader in {@code locale} types it: {@code toevoegen}, {@code regio toevoegen}. */
    public String subcommand(CommandSpec spec, String subcommand, Locale locale) {
        SubcommandSpec sub = spec.subcommand(subcommand)
                .orElseThrow(() -> new IllegalArgumentException("/" + spec.name() + " has no " + subcommand));
        String leaf = leaf(spec, sub).in(locale);
        return sub.group() == null ? leaf : group(spec, sub.group()).in(locale) + " " + leaf;
    }

    /** The command, and its subcommand when not null, as a reader in {@code locale} types it, without the slash. */
    public String path(CommandSpec spec, String subcommand, Locale locale) {
        String command = command(spec).in(locale);
        return subcommand == null ? command : command + " " + subcommand(spec, subcommand, locale);
    }

    private Names require(String key) {
        Names names = table.get(key);
        if (names == null) {
            throw new IllegalStateException("No name for " + key + " in " + RESOURCE);
        }
        return names;
    }

    // ---- typed or received name → internal name ----------------------------------------------------------------

    /** The command named {@code typed} in Dutch, English or internally, ignoring case. */
    public Optional<CommandSpec> findCommand(Collection<CommandSpec> specs, String typed) {
        for (CommandSpec spec : specs) {
            if (spec.name().equalsIgnoreCase(typed)) {
                return Optional.of(spec);
            }
        }
        return specs.stream()
                .filter(spec -> known("command." + spec.name()) && command(spec).matches(typed))
                .findFirst();
    }

    /**
     * The internal subcommand named by one word ({@code toevoegen}) or two ({@code regio toevoegen}), in either
     * language.
     */
    public Optional<String> findSubcommand(CommandSpec spec, List<String> words) {
        if (words.isEmpty() || words.size() > 2) {
            return Optional.empty();
        }
        for (SubcommandSpec sub : spec.subcommands()) {
            boolean grouped = sub.group() != null;
            if (grouped != (words.size() == 2)) {
                continue;
            }
            if (grouped && !matches(words.get(0), sub.group(), "command." + spec.name() + "." + sub.group())) {
                continue;
            }
            String leafKey = "command." + spec.name() + "." + sub.name().replace(' ', '.');
            if (matches(words.get(words.size() - 1), sub.leaf(), leafKey)) {
                return Optional.of(sub.name());
            }
        }
        return Optional.empty();
    }

    /** The internal name of the option {@code typed} of a subcommand (or the command when it is null). */
    public Optional<String> findOption(CommandSpec spec, String subcommand, String typed) {
        List<OptionSpec> options = spec.optionsOf(subcommand);
        for (OptionSpec option : options) {
            if (option.name().equalsIgnoreCase(typed)) {
                return Optional.of(option.name());
            }
        }
        return options.stream()
                .filter(o ->
                        optionKnown(spec, o.name()) && option(spec, o.name()).matches(typed))
                .map(OptionSpec::name)
                .findFirst();
    }

    /** The options with their internal names; names that match no option are kept as given, for the error. */
    public <V> Map<String, V> internalOptions(CommandSpec spec, String subcommand, Map<String, V> typed) {
        Map<String, V> internal = new LinkedHashMap<>();
        typed.forEach(
                (name, value) -> internal.put(findOption(spec, subcommand, name).orElse(name), value));
        return internal;
    }

    /** The internal value of the choice {@code typed} in Dutch, English or internally; empty if none matches. */
    public Optional<String> findValue(OptionSpec option, String typed) {
        String text = typed.strip();
        for (Choice choice : option.choices()) {
            if (choice.value().equalsIgnoreCase(text)) {
                return Optional.of(choice.value());
            }
        }
        return option.choices().stream()
                .filter(c -> known("value." + c.value()) && value(c.value()).matches(text))
                .map(Choice::value)
                .findFirst();
    }

    private boolean matches(String typed, String internal, String key) {
        return internal.equalsIgnoreCase(typed) || (known(key) && table.get(key).matches(typed));
    }

    private boolean known(String key) {
        return table.containsKey(key);
    }

    private boolean optionKnown(CommandSpec spec, String option) {
        return known("option." + spec.name() + "." + option) || known("option." + option);
    }

    // ---- the start-up check ------------------------------------------------------------------------------------

    /**
     * What is wrong with the names of these commands, together: a missing or invalid name, two commands, subcommands,
     * options or values with one name, or a localised option name that is another option's default name (Discord
     * refuses such a registration). Empty when all is well.
     */
    public List<String> problems(Collection<CommandSpec> specs) {
        List<String> problems = new ArrayList<>();
        Map<String, String> dutch = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        for (CommandSpec spec : specs) {
            problems.addAll(problems(spec));
            if (!known("command." + spec.name())) {
                continue;
            }
            Names names = command(spec);
            unique("command", spec.name(), names, dutch, english, problems);
        }
        for (CommandSpec spec : specs) {
            if (known("command." + spec.name())) {
                String owner = dutch.get(command(spec).english());
                if (owner != null && !owner.equals(spec.name())) {
                    problems.add("the English name " + command(spec).english() + " of /" + spec.name()
                            + " is the Dutch name of /" + owner);
                }
            }
        }
        return problems;
    }

    /** What is wrong with the names of one command; empty when all is well. */
    public List<String> problems(CommandSpec spec) {
        List<String> problems = new ArrayList<>();
        String where = "/" + spec.name();
        checked(where, "command." + spec.name(), problems);
        // Siblings: the subcommands and groups at the top, and the subcommands within each group
        Map<String, Map<String, String>> dutchSiblings = new HashMap<>();
        Map<String, Map<String, String>> englishSiblings = new HashMap<>();
        for (String group : spec.groups()) {
            Names names = checked(where + " " + group, "command." + spec.name() + "." + group, problems);
            if (names != null) {
                unique(
                        where + " group",
                        group,
                        names,
                        dutchSiblings.computeIfAbsent("", k -> new HashMap<>()),
                        englishSiblings.computeIfAbsent("", k -> new HashMap<>()),
                        problems);
            }
        }
        for (SubcommandSpec sub : spec.subcommands()) {
            Names names = checked(
                    where + " " + sub.name(),
                    "command." + spec.name() + "." + sub.name().replace(' ', '.'),
                    problems);
            String level = sub.group() == null ? "" : sub.group();
            if (names != null) {
                unique(
                        where + " subcommand",
                        sub.name(),
                        names,
                        dutchSiblings.computeIfAbsent(level, k -> new HashMap<>()),
                        englishSiblings.computeIfAbsent(level, k -> new HashMap<>()),
                        problems);
            }
        }
        // Options: one internal option has one pair of names in a command; Discord wants a localised name to differ
        // from every other option's default name and from every other localised name of the command
        Map<String, Names> options = new LinkedHashMap<>();
        List<OptionSpec> all = new ArrayList<>(spec.options());
        spec.subcommands().forEach(sub -> all.addAll(sub.options()));
        for (OptionSpec option : all) {
            if (options.containsKey(option.name())) {
                continue;
            }
            Names names = optionKnown(spec, option.name()) ? option(spec, option.name()) : null;
            if (names == null) {
                problems.add(where + ": no name for option " + option.name() + " (option." + option.name() + ")");
                continue;
            }
            valid(where + " option " + option.name(), names, problems);
            options.put(option.name(), names);
            values(where + " option " + option.name(), option, problems);
        }
        Map<String, String> dutch = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        options.forEach((option, names) -> unique(where + " option", option, names, dutch, english, problems));
        options.forEach((option, names) -> {
            String owner = dutch.get(names.english());
            if (owner != null && !owner.equals(option)) {
                problems.add(where + ": the English name " + names.english() + " of option " + option
                        + " is the Dutch name of option " + owner);
            }
        });
        return problems;
    }

    private void values(String where, OptionSpec option, List<String> problems) {
        Map<String, String> dutch = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        for (Choice choice : option.choices()) {
            Names names = checked(where + " value " + choice.value(), "value." + choice.value(), problems);
            if (names != null) {
                unique(where + " value", choice.value(), names, dutch, english, problems);
            }
        }
        for (Choice choice : option.choices()) {
            if (known("value." + choice.value())) {
                String owner = dutch.get(value(choice.value()).english());
                if (owner != null && !owner.equals(choice.value())) {
                    problems.add(where + ": the English value "
                            + value(choice.value()).english() + " is the Dutch name of " + owner);
                }
            }
        }
    }

    private Names checked(String where, String key, List<String> problems) {
        Names names = table.get(key);
        if (names == null) {
            problems.add(where + ": no name (" + key + " in " + RESOURCE + ")");
            return null;
        }
        valid(where, names, problems);
        return names;
    }

    private static void valid(String where, Names names, List<String> problems) {
        for (String name : List.of(names.dutch(), names.english())) {
            if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
                problems.add(where + ": '" + name + "' is not 1-32 lower-case letters, digits, - or _");
            }
        }
    }

    private static void unique(
            String what,
            String internal,
            Names names,
            Map<String, String> dutch,
            Map<String, String> english,
            List<String> problems) {
        String dutchOwner = dutch.putIfAbsent(names.dutch(), internal);
        if (dutchOwner != null && !Objects.equals(dutchOwner, internal)) {
            problems.add(what + " " + internal + " and " + dutchOwner + " are both called " + names.dutch());
        }
        String englishOwner = english.putIfAbsent(names.english(), internal);
        if (englishOwner != null && !Objects.equals(englishOwner, internal)) {
            problems.add(what + " " + internal + " and " + englishOwner + " are both called " + names.english());
        }
    }
}
