package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Discord user of the fake.
 *
 * @param id snowflake
 * @param username unique user name
 * @param bot whether this is a bot account
 */
public record FakeUser(String id, String username, boolean bot) {

    /** A person with a fresh id. */
    public static FakeUser person(String username) {
        return new FakeUser(Snowflakes.next(), username, false);
    }

    ObjectNode json() {
        ObjectNode user = Json.object()
                .put("id", id)
                .put("username", username)
                .put("discriminator", "0")
                .put("public_flags", 0)
                .put("bot", bot);
        user.putNull("global_name");
        user.putNull("avatar");
        return user;
    }
}
