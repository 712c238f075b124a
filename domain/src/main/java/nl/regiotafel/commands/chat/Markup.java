package nl.regiotafel.commands.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Chat markup, without any platform's syntax: a mention of a user, a role or a channel, emphasis, a timestamp, code and
 * a command to run. The core writes it into reply text with the builders here; each adapter renders it with
 * {@link #render(String, Style)} (Discord: {@code <@id>}, {@code **…**}, {@code <t:…>}; the console: names and dates;
 * files: {@link #plain}).
 *
 * <p>A markup element is a token between two C0 control characters. {@link nl.regiotafel.commands.text.TextInput}
 * refuses control characters in everything a user stores (typed options and imported cells), so nothing a user wrote
 * can ever be read as markup: a leader named {@code <@123>} or a theme named {@code **x**} is plain text and shows as
 * typed. Values put into a token (ids, code) are cleaned of the two delimiters, so every token is well formed; text
 * that is not (a delimiter from somewhere unchecked) renders as {@link #REPLACEMENT}, never as markup and never an
 * error.
 */
public final class Markup {

    /** Opens a token: {@code OPEN kind value CLOSE}; a token may hold other tokens only when it is emphasis. */
    static final char OPEN = '\u000E';

    static final char CLOSE = '\u000F';

    /** Separates a command's path from its platform id. */
    static final char SEPARATOR = '\u001F';

    private static final String ELLIPSIS = "…";

    /** What a stray delimiter renders as. */
    public static final String REPLACEMENT = "\uFFFD";

    private Markup() {}

    /** How a timestamp is shown. */
    public enum TimeStyle {
        /** A day: {@code 20 september 2021}. */
        DATE('D'),
        /** Relative to the reader's now: {@code over 3 dagen}. */
        RELATIVE('R'),
        /** A moment: {@code 20 september 2021 10:00}. */
        DATE_TIME('f');

        private final char code;

        TimeStyle(char code) {
            this.code = code;
        }

        /** Discord's letter for the style. */
        public char code() {
            return code;
        }

        static TimeStyle of(char code) {
            for (TimeStyle style : values()) {
                if (style.code == code) {
                    return style;
                }
            }
            return null;
        }
    }

    /** A mention of a chat user: it addresses (in Discord: may ping) the user; elsewhere it shows the user. */
    public static String user(String id) {
        return token('u', id);
    }

    /** A mention of a role. */
    public static String role(String id) {
        return token('r', id);
    }

    /** A mention of a channel. */
    public static String channel(String id) {
        return token('#', id);
    }

    /** Emphasis; {@code text} may hold other markup. */
    public static String bold(String text) {
        return OPEN + "*" + balanced(text) + CLOSE;
    }

    /** Code, shown as typed. */
    public static String code(String text) {
        return token('`', text);
    }

    /**
     * A command the reader can run.
     *
     * @param path the command as typed, without the slash ({@code mijlpaal toevoegen})
     * @param id the platform's id of the command, for a clickable mention, or null
     */
    public static String command(String path, String id) {
        return OPEN + "/" + clean(path) + (id == null ? "" : SEPARATOR + clean(id)) + CLOSE;
    }

    /** A day, pinned to noon in the network's zone so no reader's zone shifts it to another day. */
    public static String date(LocalDate date, ZoneId zone) {
        return time(date.atTime(LocalTime.NOON).atZone(zone).toEpochSecond(), TimeStyle.DATE);
    }

    /** "in 3 days" / "2 weeks ago" for a day. */
    public static String relative(LocalDate date, ZoneId zone) {
        return time(date.atTime(LocalTime.NOON).atZone(zone).toEpochSecond(), TimeStyle.RELATIVE);
    }

    /** "in 3 days" / "2 hours ago" for a moment. */
    public static String relative(Instant instant) {
        return time(instant.getEpochSecond(), TimeStyle.RELATIVE);
    }

    /** A moment, with date and time. */
    public static String dateTime(Instant instant) {
        return time(instant.getEpochSecond(), TimeStyle.DATE_TIME);
    }

    private static String time(long epochSecond, TimeStyle style) {
        return OPEN + "t" + style.code() + epochSecond + CLOSE;
    }

    private static String token(char kind, String value) {
        return OPEN + String.valueOf(kind) + clean(value) + CLOSE;
    }

    /** {@code text} with the markup delimiters taken out: text from outside that may hold nothing of markup. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isDelimiter(c) ? REPLACEMENT : String.valueOf(c));
        }
        return out.toString();
    }

    /** Whether {@code text} holds any markup. */
    public static boolean contains(String text) {
        return text != null && text.indexOf(OPEN) >= 0;
    }

    private static boolean isDelimiter(char c) {
        return c == OPEN || c == CLOSE || c == SEPARATOR;
    }

    /** Emphasis may hold tokens, but never closes more than it opens. */
    private static String balanced(String text) {
        if (text == null) {
            return "";
        }
        // Render and rebuild: whatever is not well formed becomes the replacement character
        return render(text, REBUILD);
    }

    /** How an adapter shows each part of markup. Each method returns the text to show. */
    public interface Style {

        /** Text between markup, exactly as written (escape it for the platform here). */
        String text(String text);

        String user(String id);

        String role(String id);

        String channel(String id);

        /** Emphasis; {@code inner} is already rendered. */
        String bold(String inner);

        String code(String text);

        /** A command; {@code id} is null when the platform has none. */
        String command(String path, String id);

        /**
         * A timestamp. {@code epochSecond} may lie outside what a calendar can show (only the core writes timestamps,
         * but a style must not throw for any number).
         */
        String time(long epochSecond, TimeStyle style);
    }

    /** {@code text} with its markup rendered in {@code style}. Never throws for any text. */
    public static String render(String text, Style style) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int end = renderInto(text, 0, style, out);
        // Text after an unmatched close: keep it, the stray close shown as the replacement
        while (end < text.length()) {
            out.append(style.text(REPLACEMENT));
            end = renderInto(text, end + 1, style, out);
        }
        return out.toString();
    }

    /**
     * Renders from {@code start} to the end, or (inside emphasis) to the close that ends it.
     *
     * @return the index of the close that stopped it, or the text's length
     */
    private static int renderInto(String text, int start, Style style, StringBuilder out) {
        StringBuilder plain = new StringBuilder();
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == CLOSE) {
                flush(plain, style, out);
                return i;
            }
            if (c != OPEN) {
                plain.append(c == SEPARATOR ? REPLACEMENT : String.valueOf(c));
                i++;
                continue;
            }
            flush(plain, style, out);
            if (i + 1 >= text.length()) {
                out.append(style.text(REPLACEMENT));
                return text.length();
            }
            char kind = text.charAt(i + 1);
            if (kind == '*') {
                StringBuilder inner = new StringBuilder();
                int close = renderInto(text, i + 2, style, inner);
                out.append(style.bold(inner.toString()));
                i = close + 1;
                continue;
            }
            int close = text.indexOf(CLOSE, i + 2);
            int nextOpen = text.indexOf(OPEN, i + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                int end = nextOpen >= 0 ? nextOpen : text.length();
                if (text.substring(i + 1, end).endsWith(ELLIPSIS)) {
                    // A token cut by a length limit (Texts.limit ends the text with an ellipsis): only the ellipsis
                    out.append(style.text(ELLIPSIS));
                    i = end;
                    continue;
                }
                // Not a token: the delimiter is shown as the replacement, what follows as text
                out.append(style.text(REPLACEMENT));
                i++;
                continue;
            }
            String value = text.substring(i + 2, close);
            String rendered = leaf(kind, value, style);
            out.append(rendered == null ? style.text(REPLACEMENT + value) : rendered);
            i = close + 1;
        }
        flush(plain, style, out);
        return text.length();
    }

    private static String leaf(char kind, String value, Style style) {
        return switch (kind) {
            case 'u' -> style.user(value);
            case 'r' -> style.role(value);
            case '#' -> style.channel(value);
            case '`' -> style.code(value);
            case '/' -> {
                int separator = value.indexOf(SEPARATOR);
                yield separator < 0
                        ? style.command(value, null)
                        : style.command(value.substring(0, separator), value.substring(separator + 1));
            }
            case 't' -> {
                TimeStyle timeStyle = value.isEmpty() ? null : TimeStyle.of(value.charAt(0));
                Long seconds = timeStyle == null ? null : seconds(value.substring(1));
                yield seconds == null ? null : style.time(seconds, timeStyle);
            }
            default -> null;
        };
    }

    private static Long seconds(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void flush(StringBuilder plain, Style style, StringBuilder out) {
        if (!plain.isEmpty()) {
            out.append(style.text(plain.toString()));
            plain.setLength(0);
        }
    }

    /** Writes markup back as markup: used to make emphasis well formed. */
    private static final Style REBUILD = new Style() {
        @Override
        public String text(String text) {
            return text;
        }

        @Override
        public String user(String id) {
            return Markup.user(id);
        }

        @Override
        public String role(String id) {
            return Markup.role(id);
        }

        @Override
        public String channel(String id) {
            return Markup.channel(id);
        }

        @Override
        public String bold(String inner) {
            return OPEN + "*" + inner + CLOSE;
        }

        @Override
        public String code(String text) {
            return Markup.code(text);
        }

        @Override
        public String command(String path, String id) {
            return Markup.command(path, id);
        }

        @Override
        public String time(long epochSecond, TimeStyle style) {
            return Markup.time(epochSecond, style);
        }
    };

    /**
     * Markup as plain text, for files and pages outside chat (PDF, Markdown, CSV, {@code .ics}, web pages): a mention
     * as {@code @id}, emphasis and code as their text, a command as {@code /path}, a timestamp as the day written out
     * in {@code m}'s language (with the time for a moment).
     */
    public static String plain(String text, nl.regiotafel.commands.i18n.Messages m, ZoneId zone) {
        return render(text, new PlainStyle(m, zone));
    }

    /** The style of {@link #plain}; adapters may extend it. */
    public static class PlainStyle implements Style {
        private final nl.regiotafel.commands.i18n.Messages m;
        private final ZoneId zone;

        public PlainStyle(nl.regiotafel.commands.i18n.Messages m, ZoneId zone) {
            this.m = m;
            this.zone = zone;
        }

        @Override
        public String text(String text) {
            return text;
        }

        @Override
        public String user(String id) {
            return "@" + id;
        }

        @Override
        public String role(String id) {
            return "@" + id;
        }

        @Override
        public String channel(String id) {
            return "#" + id;
        }

        @Override
        public String bold(String inner) {
            return inner;
        }

        @Override
        public String code(String text) {
            return text;
        }

        @Override
        public String command(String path, String id) {
            return "/" + path;
        }

        @Override
        public String time(long epochSecond, TimeStyle style) {
            try {
                var at = Instant.ofEpochSecond(epochSecond).atZone(zone);
                String day = m.date(at.toLocalDate());
                return style == TimeStyle.DATE_TIME
                        ? day + " " + at.toLocalTime().withNano(0)
                        : day;
            } catch (java.time.DateTimeException | ArithmeticException e) {
                return Long.toString(epochSecond);
            }
        }
    }
}
