package nl.regiotafel.commands.api;

import java.util.List;

/**
 * A subcommand, such as {@code add} in {@code /project add}, or a subcommand in a group, such as {@code regions add}
 * in {@code /setup regions add} (Discord's subcommand groups): then its name is the group and the subcommand separated
 * by one space, which is also how {@link CommandRequest#subcommand()} carries it.
 *
 * @param name lower-case name, or {@code group name}
 * @param descriptionKey message key; by convention {@code cmd.<command>.<name>} or {@code cmd.<command>.<group>.<name>}
 * @param options its options, required ones first
 */
public record SubcommandSpec(String name, String descriptionKey, List<OptionSpec> options) {

    public SubcommandSpec {
        options = List.copyOf(options);
        if (name.split(" ", -1).length > 2) {
            throw new IllegalArgumentException("A subcommand is at most one group deep: " + name);
        }
        CommandSpec.checkOptionOrder(name, options);
    }

    public static SubcommandSpec of(String command, String name, OptionSpec... options) {
        return new SubcommandSpec(name, "cmd." + command + "." + name, List.of(options));
    }

    /** A subcommand in a group: {@code /command group name}. */
    public static SubcommandSpec grouped(String command, String group, String name, OptionSpec... options) {
        return new SubcommandSpec(group + " " + name, "cmd." + command + "." + group + "." + name, List.of(options));
    }

    /** The group this subcommand is in, or null. */
    public String group() {
        int space = name.indexOf(' ');
        return space < 0 ? null : name.substring(0, space);
    }

    /** The subcommand's own name, without its group. */
    public String leaf() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
