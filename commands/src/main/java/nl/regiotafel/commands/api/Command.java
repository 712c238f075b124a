package nl.regiotafel.commands.api;

import java.util.List;

/**
 * A chat command. Implementations are final classes named {@code <Name>Command}, registered as beans; the
 * {@link CommandRegistry} finds them all.
 */
public interface Command {

    CommandSpec spec();

    /**
     * The subcommands with their handlers, for a command made of subcommands: one for each subcommand of
     * {@link #spec()}, which the registry checks at start-up. Empty for a command that has options only.
     */
    default List<Subcommand> subcommands() {
        return List.of();
    }

    /**
     * Runs a command that has options only (a command made of subcommands is run through its {@link #subcommands()}).
     * Throws {@link UserError} for input or rights that do not allow it; any other exception is a bug.
     */
    default CommandResponse handle(CommandRequest request) {
        throw new AssertionError("/" + spec().name() + " has no handler for " + request.path());
    }

    /**
     * Suggestions while the user types {@code option}. At most 25 are shown.
     *
     * @param request the request so far (the focused option holds the partial text)
     * @param option the option being typed
     */
    default List<Suggestion> suggest(CommandRequest request, String option) {
        return List.of();
    }

    /**
     * An autocomplete suggestion.
     *
     * @param label what the user sees
     * @param value what the option receives
     */
    record Suggestion(String label, String value) {}
}
