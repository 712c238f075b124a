package nl.regiotafel.commands.api;

/**
 * A chat user named in an option.
 *
 * @param id the platform's user id (Discord snowflake; in the console, the name typed)
 * @param name the display name at the time of the request
 */
public record UserRef(String id, String name) {

    /** How to address the user in a message; the adapter turns it into a mention. */
    public String mention() {
        return "<@" + id + ">";
    }
}
