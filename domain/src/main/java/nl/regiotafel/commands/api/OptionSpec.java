package nl.regiotafel.commands.api;

import java.util.List;
import java.util.Objects;

/**
 * One option of a command or subcommand.
 *
 * @param name the option name as typed ({@code project:tizv-glasses}); lower case
 * @param descriptionKey message key of its description; by convention {@code opt.<name>}
 * @param type the value type
 * @param required whether the command refuses to run without it
 * @param choices the values it accepts, or empty for free input
 * @param autocomplete whether the adapter should ask the command for suggestions while the user types
 * @param maxLength the longest accepted text, or 0 for the platform's default
 */
public record OptionSpec(
        String name,
        String descriptionKey,
        OptionType type,
        boolean required,
        List<Choice> choices,
        boolean autocomplete,
        int maxLength) {

    public OptionSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(descriptionKey);
        Objects.requireNonNull(type);
        choices = List.copyOf(choices);
    }

    /** A required option described by {@code opt.<name>}. */
    public static OptionSpec required(String name, OptionType type) {
        return new OptionSpec(name, "opt." + name, type, true, List.of(), false, 0);
    }

    /** An optional option described by {@code opt.<name>}. */
    public static OptionSpec optional(String name, OptionType type) {
        return new OptionSpec(name, "opt." + name, type, false, List.of(), false, 0);
    }

    public OptionSpec withChoices(List<Choice> newChoices) {
        return new OptionSpec(name, descriptionKey, type, required, newChoices, autocomplete, maxLength);
    }

    public OptionSpec withAutocomplete() {
        return new OptionSpec(name, descriptionKey, type, required, choices, true, maxLength);
    }

    public OptionSpec withMaxLength(int length) {
        return new OptionSpec(name, descriptionKey, type, required, choices, autocomplete, length);
    }

    public OptionSpec describedBy(String key) {
        return new OptionSpec(name, key, type, required, choices, autocomplete, maxLength);
    }
}
