package nl.regiotafel.commands.api;

/**
 * A subcommand together with what runs it. A command made of subcommands lists them in {@link Command#subcommands()};
 * the {@link CommandRegistry} routes each request to its handler, so no command dispatches on a name.
 *
 * <pre>
 * new Subcommand(SubcommandSpec.of(NAME, "show", optional(PERIOD, OptionType.STRING)), this::show)
 * </pre>
 *
 * @param spec what the subcommand looks like to its users
 * @param handler what runs it; throws {@link UserError} for input or rights that do not allow it
 * @param suggester its autocomplete suggestions, or null to ask {@link Command#suggest}
 */
public record Subcommand(SubcommandSpec spec, Handler handler, Suggester suggester) {

    /** A subcommand whose suggestions are the command's. */
    public Subcommand(SubcommandSpec spec, Handler handler) {
        this(spec, handler, null);
    }

    /** Suggestions while the user types an option of one subcommand (as {@link Command#suggest}). */
    @FunctionalInterface
    public interface Suggester {
        java.util.List<Command.Suggestion> suggest(CommandRequest request, String option);
    }

    /** Runs one subcommand. */
    @FunctionalInterface
    public interface Handler {
        CommandResponse handle(CommandRequest request);
    }

    /** The subcommand's name ({@code add}, or {@code group name} in a group). */
    public String name() {
        return spec.name();
    }
}
