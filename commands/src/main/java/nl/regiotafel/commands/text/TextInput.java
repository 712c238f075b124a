package nl.regiotafel.commands.text;

import java.util.Optional;

/**
 * What text a user may store, typed or in a file. Refused: control characters (newline, carriage return and tab
 * excepted: long texts have lines), characters that override or isolate the writing direction (they make a stored name
 * display as something else, in Discord, the console, a CSV, an {@code .ics} or a PDF), and values that are only
 * spaces and invisible characters.
 */
public final class TextInput {

    /** Why a text is refused; the message key takes the field and the character as {@code U+XXXX}. */
    public enum Problem {
        CONTROL("error.text.control"),
        DIRECTION("error.text.direction"),
        INVISIBLE("error.text.invisible");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * A refused text: what is wrong and the first character that is.
     *
     * @param codePoint the offending character, or -1 for {@link Problem#INVISIBLE}
     */
    public record Refusal(Problem problem, int codePoint) {

        /** The character as {@code U+202E}. */
        public String character() {
            return codePoint < 0 ? "" : String.format("U+%04X", codePoint);
        }
    }

    private TextInput() {}

    /** Why {@code text} cannot be stored, or empty when it can. */
    public static Optional<Refusal> check(String text) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(new Refusal(Problem.CONTROL, c));
            }
            if (isDirectionOverride(c)) {
                return Optional.of(new Refusal(Problem.DIRECTION, c));
            }
            if (!isInvisible(c)) {
                visible = true;
            }
        }
        return visible || text.isEmpty() ? Optional.empty() : Optional.of(new Refusal(Problem.INVISIBLE, -1));
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what follows them. */
    private static boolean isDirectionOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Spaces, zero-width and other format characters, and the blank letters that render as nothing. */
    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || type == Character.FORMAT
                || c == 0x115F
                || c == 0x1160
                || c == 0x3164
                || c == 0xFFA0
                || c == 0x2800
                || c == 0x034F;
    }
}
