package nl.regiotafel.commands.api;

import java.util.List;
import java.util.Map;

/**
 * A request to collect long text before running a command (a Discord modal; the console never needs one because it
 * takes the same fields as options). When the user submits, the adapter runs {@code command subcommand} again with
 * {@link #carriedOptions} plus one text option per input.
 *
 * @param titleKey message key of the form title (at most 45 characters in Discord)
 * @param titleArgs the arguments of the title's message
 * @param command the command to run on submit
 * @param subcommand its subcommand, or null
 * @param carriedOptions options of the original request to pass on
 * @param inputs at most 5 text inputs
 */
public record Form(
        String titleKey,
        List<Object> titleArgs,
        String command,
        String subcommand,
        Map<String, String> carriedOptions,
        List<Input> inputs) {

    /** Discord allows at most five inputs in a modal. */
    public static final int MAX_INPUTS = 5;

    /** Discord's longest text input. */
    public static final int MAX_INPUT_LENGTH = 4000;

    /** A form whose title needs no arguments. */
    public Form(
            String titleKey,
            String command,
            String subcommand,
            Map<String, String> carriedOptions,
            List<Input> inputs) {
        this(titleKey, List.of(), command, subcommand, carriedOptions, inputs);
    }

    public Form {
        titleArgs = List.copyOf(titleArgs);
        carriedOptions = Map.copyOf(carriedOptions);
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty() || inputs.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("A form has 1 to " + MAX_INPUTS + " inputs");
        }
    }

    /**
     * One text input.
     *
     * @param option the option name it fills
     * @param labelKey message key of its label (at most 45 characters)
     * @param paragraph multi-line input
     * @param required whether it must be filled
     * @param maxLength at most {@link #MAX_INPUT_LENGTH}
     * @param value pre-filled text, or null
     * @param placeholderKey message key of the grey hint shown while the input is empty (at most 100 characters), or
     *     null
     */
    public record Input(
            String option,
            String labelKey,
            boolean paragraph,
            boolean required,
            int maxLength,
            String value,
            String placeholderKey) {

        /** An input without a hint. */
        public Input(String option, String labelKey, boolean paragraph, boolean required, int maxLength, String value) {
            this(option, labelKey, paragraph, required, maxLength, value, null);
        }

        public Input {
            if (maxLength < 1 || maxLength > MAX_INPUT_LENGTH) {
                throw new IllegalArgumentException("Input length must be 1.." + MAX_INPUT_LENGTH);
            }
        }
    }
}
