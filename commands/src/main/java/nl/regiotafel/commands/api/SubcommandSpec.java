package nl.regiotafel.commands.api;

import java.util.List;

/**
 * A subcommand, such as {@code add} in {@code /project add}.
 *
 * @param name lower-case name
 * @param descriptionKey message key; by convention {@code cmd.<command>.<name>}
 * @param options its options, required ones first
 */
public record SubcommandSpec(String name, String descriptionKey, List<OptionSpec> options) {

    public SubcommandSpec {
        options = List.copyOf(options);
        CommandSpec.checkOptionOrder(name, options);
    }

    public static SubcommandSpec of(String command, String name, OptionSpec... options) {
        return new SubcommandSpec(name, "cmd." + command + "." + name, List.of(options));
    }
}
