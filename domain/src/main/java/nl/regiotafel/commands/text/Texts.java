package nl.regiotafel.commands.text;

import java.util.Arrays;
import java.util.List;

/** Small text helpers shared by commands. */
public final class Texts {

    private Texts() {}

    /** Splits a comma- or semicolon-separated option into trimmed, non-empty items. */
    public static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** Cuts text to {@code max} characters, ending with an ellipsis when cut. */
    public static String limit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** A list for display, or the placeholder when empty. */
    public static String joinOr(List<String> values, String empty) {
        return values.isEmpty() ? empty : String.join(", ", values);
    }

    /** Escapes chat Markdown so user text shows as typed. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("*_`~|>[]\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Message arguments with every text escaped as {@link #escape(String)} does, so a user's input quoted in a reply
     * shows exactly as typed ({@code Zee.*} stays {@code Zee.*}); numbers and other values are left as they are.
     */
    public static Object[] escapeAll(Object[] args) {
        Object[] escaped = args.clone();
        for (int i = 0; i < escaped.length; i++) {
            if (escaped[i] instanceof CharSequence text) {
                escaped[i] = escape(text.toString());
            }
        }
        return escaped;
    }

    /** A progress bar of ten blocks for 0..1. */
    public static String bar(double fraction) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 10);
        return "█".repeat(full) + "░".repeat(10 - full);
    }
}
