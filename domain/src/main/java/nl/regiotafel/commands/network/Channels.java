package nl.regiotafel.commands.network;

/**
 * Where the bot posts in a network's server; null where none is chosen. Reminders then go to the reminders channel,
 * and without that to the server's system channel.
 *
 * @param updates channel id for posted progress updates
 * @param reminders channel id for milestone and reporting-round reminders
 * @param digest channel id for the periodic digest
 * @param managers channel id for escalations to managers (overdue reports, help asked for)
 * @param forum forum channel id where every project gets a post; null for none
 */
public record Channels(String updates, String reminders, String digest, String managers, String forum) {

    /** Without a forum. */
    public Channels(String updates, String reminders, String digest, String managers) {
        this(updates, reminders, digest, managers, null);
    }

    public static Channels none() {
        return new Channels(null, null, null, null, null);
    }
}
