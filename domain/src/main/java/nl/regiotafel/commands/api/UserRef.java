package nl.regiotafel.commands.api;

import nl.regiotafel.commands.chat.Markup;

/**
 * A chat user named in an option.
 *
 * @param id the platform's user id (Discord snowflake; in the console, the name typed)
 * @param name the display name at the time of the request
 */
public record UserRef(String id, String name) {

    /** How to address the user in a message; each adapter renders the mention. */
    public String mention() {
        return Markup.user(id);
    }
}
