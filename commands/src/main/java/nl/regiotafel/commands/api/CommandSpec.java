package nl.regiotafel.commands.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a command looks like to its users, independent of the chat platform: its name, localised description (as a
 * message key), options and subcommands. Adapters turn it into Discord slash-command data or console syntax.
 *
 * <p>A command has either options or subcommands, never both (Discord's rule).
 *
 * @param name lower-case name, as typed after the slash
 * @param descriptionKey message key of its description; by convention {@code cmd.<name>}
 * @param options options of a command without subcommands
 * @param subcommands subcommands, if any
 * @param configuration whether this is a configuration command; Discord then shows it only to members with the
 *     Manage Server permission by default (our own role checks still apply)
 * @param consoleOnly whether the command exists only in the console (never registered in Discord)
 */
public record CommandSpec(
        String name,
        String descriptionKey,
        List<OptionSpec> options,
        List<SubcommandSpec> subcommands,
        boolean configuration,
        boolean consoleOnly) {

    private static final Pattern NAME = Pattern.compile("^[-_\\p{Ll}\\p{N}]{1,32}$");

    public CommandSpec {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Command name must be 1-32 lower-case letters, digits, - or _: " + name);
        }
        if (!options.isEmpty() && !subcommands.isEmpty()) {
            throw new IllegalArgumentException("Command " + name + " has both options and subcommands");
        }
        checkOptionOrder(name, options);
        for (SubcommandSpec sub : subcommands) {
            if (sub.group() != null
                    && subcommands.stream().anyMatch(s -> s.name().equals(sub.group()))) {
                // Discord refuses a name that is both a subcommand and a group
                throw new IllegalArgumentException(
                        "Command " + name + " has " + sub.group() + " as subcommand and group");
            }
        }
    }

    /** A command without subcommands. */
    public static CommandSpec of(String name, OptionSpec... options) {
        return new CommandSpec(name, "cmd." + name, List.of(options), List.of(), false, false);
    }

    /** A command made of subcommands. */
    public static CommandSpec withSubcommands(String name, SubcommandSpec... subcommands) {
        return new CommandSpec(name, "cmd." + name, List.of(), List.of(subcommands), false, false);
    }

    /** A command made of subcommands, each with its handler. */
    public static CommandSpec withSubcommands(String name, List<Subcommand> subcommands) {
        return new CommandSpec(
                name,
                "cmd." + name,
                List.of(),
                subcommands.stream().map(Subcommand::spec).toList(),
                false,
                false);
    }

    public CommandSpec asConfiguration() {
        return new CommandSpec(name, descriptionKey, options, subcommands, true, consoleOnly);
    }

    public CommandSpec asConsoleOnly() {
        return new CommandSpec(name, descriptionKey, options, subcommands, configuration, true);
    }

    public Optional<SubcommandSpec> subcommand(String subName) {
        return subcommands.stream().filter(s -> s.name().equals(subName)).findFirst();
    }

    /** The names of the subcommand groups, in order of first appearance. */
    public List<String> groups() {
        return subcommands.stream()
                .map(SubcommandSpec::group)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The options that apply to a subcommand, or to the command itself when {@code subName} is null. */
    public List<OptionSpec> optionsOf(String subName) {
        if (subName == null) {
            return options;
        }
        return subcommand(subName).map(SubcommandSpec::options).orElse(List.of());
    }

    static void checkOptionOrder(String owner, List<OptionSpec> options) {
        boolean optionalSeen = false;
        for (OptionSpec option : options) {
            if (option.required() && optionalSeen) {
                // Discord rejects the whole registration when a required option follows an optional one
                throw new IllegalArgumentException("Required option " + option.name() + " after optional in " + owner);
            }
            optionalSeen |= !option.required();
        }
    }
}
