package nl.regiotafel.commands.api;

/**
 * A named block of a reply, like a field of a Discord embed.
 *
 * @param name the heading
 * @param value the text
 * @param inline whether it may stand beside other inline fields
 */
public record Field(String name, String value, boolean inline) {

    public static Field of(String name, String value) {
        return new Field(name, value, false);
    }

    public static Field inline(String name, String value) {
        return new Field(name, value, true);
    }
}
