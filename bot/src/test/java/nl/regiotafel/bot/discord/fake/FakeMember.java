package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A member of a fake guild: a user with roles there.
 *
 * @param user the user
 * @param guild the guild
 * @param roles the roles besides {@code @everyone}
 * @param locale the language of their Discord client, e.g. {@code nl} or {@code en-US}
 */
public record FakeMember(FakeUser user, FakeGuild guild, List<FakeGuild.Role> roles, String locale) {

    public FakeMember {
        roles = List.copyOf(roles);
    }

    /** The same member with their Discord client in another language. */
    public FakeMember withLocale(String otherLocale) {
        return new FakeMember(user, guild, roles, otherLocale);
    }

    public String id() {
        return user.id();
    }

    /** Discord's computed permissions: {@code @everyone} and every role together; Administrator means all. */
    public long permissions() {
        long permissions = guild.everyone().permissions();
        for (FakeGuild.Role role : roles) {
            permissions |= role.permissions();
        }
        return (permissions & FakeGuild.ADMINISTRATOR) != 0 ? FakeGuild.ALL_PERMISSIONS : permissions;
    }

    /** The member object without its user, as in an interaction's {@code resolved.members}. */
    ObjectNode jsonWithoutUser() {
        ObjectNode member = Json.object();
        ArrayNode roleIds = member.putArray("roles");
        roles.forEach(r -> roleIds.add(r.id()));
        member.putNull("nick");
        member.putNull("avatar");
        member.putNull("premium_since");
        member.putNull("communication_disabled_until");
        member.put("joined_at", "2021-09-01T08:00:00.000000+00:00")
                .put("pending", false)
                .put("flags", 0)
                .put("permissions", Long.toString(permissions()));
        return member;
    }

    /** The member object of an interaction, with its user. */
    ObjectNode json() {
        ObjectNode member = jsonWithoutUser();
        member.set("user", user.json());
        member.put("deaf", false).put("mute", false);
        return member;
    }
}
