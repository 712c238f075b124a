package nl.regiotafel.commands.testing;

import nl.regiotafel.commands.chat.Markup;

/**
 * Reply text with its markup written in Markdown-like source ({@code **bold**}, {@code <@id>}, {@code <@&id>},
 * {@code <#id>}, {@code <t:seconds:D>}, {@code `code`}), so a command's test reads what a chat shows without an adapter.
 * Text between markup is left exactly as it is.
 */
public final class ShownMarkup {

    private ShownMarkup() {}

    public static String of(String text) {
        return Markup.render(text, STYLE);
    }

    private static final Markup.Style STYLE = new Markup.Style() {
        @Override
        public String text(String text) {
            return text;
        }

        @Override
        public String user(String id) {
            return "<@" + id + ">";
        }

        @Override
        public String role(String id) {
            return "<@&" + id + ">";
        }

        @Override
        public String channel(String id) {
            return "<#" + id + ">";
        }

        @Override
        public String bold(String inner) {
            return "**" + inner + "**";
        }

        @Override
        public String code(String text) {
            return "`" + text + "`";
        }

        @Override
        public String command(String path, String id) {
            return "`/" + path + "`";
        }

        @Override
        public String time(long epochSecond, Markup.TimeStyle style) {
            return "<t:" + epochSecond + ":" + style.code() + ">";
        }
    };
}
