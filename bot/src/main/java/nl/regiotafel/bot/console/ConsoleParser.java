package nl.regiotafel.bot.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a console line the way Discord's slash commands are written:
 * {@code /project add code:tizv-glasses name:"Pilot Smart Glasses" region:Zeeland}. Values with spaces are quoted
 * with double quotes (or typographic quotes); {@code \"} is a quote inside a quoted value.
 */
final class ConsoleParser {

    /**
     * A parsed line.
     *
     * @param command the name after the slash
     * @param words bare words after it (the subcommand)
     * @param options name to raw value, in typed order
     */
    record Parsed(String command, List<String> words, Map<String, String> options) {}

    private ConsoleParser() {}

    static Parsed parse(String line) {
        String text = line.strip();
        if (!text.startsWith("/") || text.length() < 2) {
            throw new ConsoleSyntaxException("console.syntax.start");
        }
        List<String> tokens = tokens(text.substring(1));
        String command = tokens.get(0).toLowerCase(java.util.Locale.ROOT);
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String token : tokens.subList(1, tokens.size())) {
            int colon = token.indexOf(':');
            if (colon < 0) {
                if (!options.isEmpty()) {
                    throw new ConsoleSyntaxException("console.syntax.option", token);
                }
                words.add(token.toLowerCase(java.util.Locale.ROOT));
                continue;
            }
            if (colon == 0) {
                throw new ConsoleSyntaxException("console.syntax.option", token);
            }
            String name = token.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            if (options.put(name, token.substring(colon + 1)) != null) {
                throw new ConsoleSyntaxException("console.syntax.duplicate", name);
            }
        }
        return new Parsed(command, words, options);
    }

    /** Splits on spaces outside quotes; quotes are removed, a quoted part may follow {@code name:}. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean tokenStarted = false;
        char close = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                    current.append(text.charAt(++i));
                } else if (c == close) {
                    inQuotes = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '“' || c == '„') {
                inQuotes = true;
                tokenStarted = true;
                close = c == '"' ? '"' : '”';
            } else if (Character.isWhitespace(c)) {
                if (tokenStarted) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    tokenStarted = false;
                }
            } else {
                current.append(c);
                tokenStarted = true;
            }
        }
        if (inQuotes) {
            throw new ConsoleSyntaxException("console.syntax.quote");
        }
        if (tokenStarted) {
            tokens.add(current.toString());
        }
        if (tokens.isEmpty() || tokens.get(0).isEmpty()) {
            throw new ConsoleSyntaxException("console.syntax.start");
        }
        return tokens;
    }
}
