package nl.regiotafel.bot.discord;

import nl.regiotafel.commands.chat.Markup;

/**
 * Chat markup in Discord's syntax: mentions as {@code <@id>}, {@code <@&id>} and {@code <#id>}, emphasis as
 * {@code **…**}, timestamps as {@code <t:seconds:style>}, commands as clickable {@code </path:id>}. The text between
 * markup is the user's or the bot's words: a {@code <} there is escaped, so a name such as {@code <@123>} or
 * {@code <t:1>} shows as written and never becomes a mention or a timestamp.
 */
final class DiscordMarkup implements Markup.Style {

    private static final DiscordMarkup STYLE = new DiscordMarkup();

    private DiscordMarkup() {}

    /** {@code text} rendered for a Discord message; null stays null. */
    static String render(String text) {
        return text == null ? null : Markup.render(text, STYLE);
    }

    @Override
    public String text(String text) {
        // The core escapes Markdown in users' words; mentions, channels, timestamps and emoji all start with '<'
        return text.replace("<", "\\<");
    }

    @Override
    public String user(String id) {
        // A leader kept as a plain name (an import, not linked yet) is no Discord id: Discord would show <@Sanne>
        return isId(id)
                ? "<@" + id + ">"
                : nl.regiotafel.commands.text.Texts.escape(id).replace("<", "\\<");
    }

    @Override
    public String role(String id) {
        return isId(id) ? "<@&" + id + ">" : text("@" + nl.regiotafel.commands.text.Texts.escape(id));
    }

    @Override
    public String channel(String id) {
        return isId(id) ? "<#" + id + ">" : text("#" + nl.regiotafel.commands.text.Texts.escape(id));
    }

    @Override
    public String bold(String inner) {
        return inner.isEmpty() ? "" : "**" + inner + "**";
    }

    @Override
    public String code(String text) {
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }

    @Override
    public String command(String path, String id) {
        return id != null && isId(id) ? "</" + path + ":" + id + ">" : code("/" + path);
    }

    @Override
    public String time(long epochSecond, Markup.TimeStyle style) {
        return "<t:" + epochSecond + ":" + style.code() + ">";
    }

    /** A Discord snowflake: digits only. */
    static boolean isId(String id) {
        return !id.isEmpty() && id.length() <= 20 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
