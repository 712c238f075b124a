package nl.regiotafel.commands.api;

import java.util.List;

/**
 * One screen of a reply.
 *
 * @param title heading, or null
 * @param text body text (may be long; adapters split it to their limits)
 * @param fields named blocks
 * @param footer small print, or null
 */
public record Page(String title, String text, List<Field> fields, String footer) {

    public Page {
        text = text == null ? "" : text;
        fields = List.copyOf(fields);
    }

    public static Page of(String title, String text) {
        return new Page(title, text, List.of(), null);
    }
}
