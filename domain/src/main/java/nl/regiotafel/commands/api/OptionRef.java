package nl.regiotafel.commands.api;

/**
 * An option named in a {@link UserError}'s arguments by its internal name; the registry shows it under its name in the
 * reader's language ({@code datum} or {@code due}), as the reader typed it.
 *
 * @param name the internal option name (the command's constant)
 */
public record OptionRef(String name) {

    @Override
    public String toString() {
        return name;
    }
}
