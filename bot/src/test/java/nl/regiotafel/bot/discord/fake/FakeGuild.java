package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** A guild (Discord server) of the fake, with one text channel, an {@code @everyone} role and an admin role. */
public final class FakeGuild {

    public static final long MANAGE_GUILD = 1L << 5;
    public static final long ADMINISTRATOR = 1L << 3;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long USE_APPLICATION_COMMANDS = 1L << 31;
    public static final long MANAGE_THREADS = 1L << 34;
    public static final long MANAGE_CHANNELS = 1L << 4;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    public static final long ALL_PERMISSIONS = (1L << 51) - 1;

    /** What a plain member may do: read, write and use commands. */
    public static final long EVERYONE_PERMISSIONS =
            VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS;

    /**
     * A role.
     *
     * @param id snowflake; the {@code @everyone} role has the guild's id
     * @param name display name
     * @param permissions permission bits
     * @param position position in the role list
     */
    public record Role(String id, String name, long permissions, int position) {

        ObjectNode json() {
            ObjectNode role = Json.object()
                    .put("id", id)
                    .put("name", name)
                    .put("permissions", Long.toString(permissions))
                    .put("position", position)
                    .put("color", 0)
                    .put("hoist", false)
                    .put("managed", false)
                    .put("mentionable", false)
                    .put("flags", 0);
            // JDA 6 reads role colours from this object
            ObjectNode colors = role.putObject("colors").put("primary_color", 0);
            colors.putNull("secondary_color");
            colors.putNull("tertiary_color");
            role.putNull("icon");
            role.putNull("unicode_emoji");
            return role;
        }
    }

    private final String id;
    private final String name;
    private final String channelId;
    private final FakeUser owner;
    private final Role everyone;
    private final Role administrators;
    /** The bot's own role: what the invite asks for, plus the forum permissions a configured forum needs. */
    private final Role botRole;

    private final java.util.Map<String, FakeUser> users = new java.util.concurrent.ConcurrentHashMap<>();
    private final String forumChannelId = Snowflakes.next();
    /** The forum's tags, id to name: Regiotafel's budget of health, phase and theme tags. */
    private final java.util.Map<String, String> forumTags = new java.util.LinkedHashMap<>();

    public FakeGuild(String name) {
        this(
                name,
                List.of(
                        "Op schema",
                        "Aandacht nodig",
                        "Vertraagd",
                        "Plan van aanpak",
                        "Bestuurlijk akkoord",
                        "Uitvoering",
                        "Ontwerp",
                        "Realisatie",
                        "Borging",
                        "Instroom",
                        "Behoud",
                        "Arbeidsbesparing",
                        "Ketensamenwerking"));
    }

    /** A guild whose forum starts with these tags. */
    public FakeGuild(String name, List<String> forumTagNames) {
        this.id = Snowflakes.next();
        this.name = name;
        this.channelId = Snowflakes.next();
        this.owner = FakeUser.person("eigenaar");
        this.everyone = new Role(id, "@everyone", EVERYONE_PERMISSIONS, 0);
        this.administrators = new Role(Snowflakes.next(), "Beheer", EVERYONE_PERMISSIONS | MANAGE_GUILD, 1);
        this.botRole = new Role(
                Snowflakes.next(),
                "Regiotafel",
                EVERYONE_PERMISSIONS | MANAGE_THREADS | SEND_MESSAGES_IN_THREADS | MANAGE_CHANNELS,
                2);
        for (String tag : forumTagNames) {
            forumTags.put(Snowflakes.next(), tag);
        }
    }

    /** The forum channel where projects get their posts. */
    public String forumChannelId() {
        return forumChannelId;
    }

    /** The forum's tags, id to name. */
    public synchronized java.util.Map<String, String> forumTags() {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(forumTags));
    }

    /** Replaces the forum's tags (the REST edit of the forum). */
    synchronized void setForumTags(java.util.Map<String, String> tags) {
        forumTags.clear();
        forumTags.putAll(tags);
    }

    /** The forum channel as CHANNEL_UPDATE carries it. */
    ObjectNode forumChannelJson() {
        return forumJson();
    }

    private synchronized ObjectNode forumJson() {
        ObjectNode forum = Json.object()
                .put("id", forumChannelId)
                .put("type", 15)
                .put("guild_id", id)
                .put("name", "projecten")
                .put("position", 1)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("default_thread_rate_limit_per_user", 0)
                .put("default_forum_layout", 1)
                .put("flags", 0);
        for (String absent :
                List.of("parent_id", "topic", "last_message_id", "default_reaction_emoji", "default_sort_order")) {
            forum.putNull(absent);
        }
        forum.putArray("permission_overwrites");
        ArrayNode tags = forum.putArray("available_tags");
        forumTags.forEach((tagId, tagName) -> {
            ObjectNode tag =
                    tags.addObject().put("id", tagId).put("name", tagName).put("moderated", false);
            tag.putNull("emoji_id");
            tag.putNull("emoji_name");
        });
        return forum;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String channelId() {
        return channelId;
    }

    public Role everyone() {
        return everyone;
    }

    /** A role with Discord's Manage Server permission, which makes its members Regiotafel administrators. */
    public Role administrators() {
        return administrators;
    }

    /** A new user in this guild with these roles, their Discord in Dutch. */
    public FakeMember member(String username, Role... roles) {
        FakeMember member = new FakeMember(FakeUser.person(username), this, Arrays.asList(roles), "nl");
        users.put(member.id(), member.user());
        return member;
    }

    /** A user who is a member here, by id; null for a stranger. */
    FakeUser user(String userId) {
        return users.get(userId);
    }

    /** A channel of this guild as an interaction's {@code resolved.channels} carries it; null if unknown. */
    ObjectNode resolvedChannel(String channelId, long permissions) {
        ObjectNode channel = channelId.equals(this.channelId)
                ? channelJson()
                : channelId.equals(forumChannelId) ? forumJson() : null;
        if (channel != null) {
            channel.put("permissions", Long.toString(permissions));
        }
        return channel;
    }

    /** The text channel as an interaction carries it: with the invoker's permissions there. */
    ObjectNode channelJson(long permissions) {
        ObjectNode channel = channelJson();
        channel.put("permissions", Long.toString(permissions));
        return channel;
    }

    private ObjectNode channelJson() {
        ObjectNode channel = Json.object()
                .put("id", channelId)
                .put("type", 0)
                .put("guild_id", id)
                .put("name", "algemeen")
                .put("position", 0)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        channel.putNull("parent_id");
        channel.putNull("topic");
        channel.putNull("last_message_id");
        channel.putArray("permission_overwrites");
        return channel;
    }

    /** The partial guild an interaction carries. */
    ObjectNode partialJson() {
        ObjectNode guild = Json.object().put("id", id).put("locale", "nl");
        guild.putArray("features");
        return guild;
    }

    /** The GUILD_CREATE payload: roles, channel and the bot's own member, as with the GUILDS intent. */
    ObjectNode createJson(FakeUser bot) {
        ObjectNode guild = Json.object()
                .put("id", id)
                .put("name", name)
                .put("owner_id", owner.id())
                .put("preferred_locale", "nl")
                .put("unavailable", false)
                .put("large", false)
                .put("member_count", 1)
                .put("joined_at", "2021-09-01T08:00:00.000000+00:00")
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 1)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("system_channel_flags", 0)
                .put("max_members", 500_000);
        for (String absent : List.of("icon", "splash", "banner", "description", "vanity_url_code", "afk_channel_id")) {
            guild.putNull(absent);
        }
        guild.putArray("features");
        ArrayNode roles = guild.putArray("roles");
        roles.add(everyone.json());
        roles.add(administrators.json());
        roles.add(botRole.json());
        guild.putArray("channels").add(channelJson()).add(forumJson());
        // Without the bot's own member JDA logs an error and asks the gateway for it
        ObjectNode self = new FakeMember(bot, this, List.of(botRole), "nl").json();
        self.remove("permissions");
        guild.putArray("members").add(self);
        for (String empty : List.of(
                "threads",
                "guild_scheduled_events",
                "emojis",
                "stickers",
                "voice_states",
                "presences",
                "stage_instances",
                "soundboard_sounds")) {
            guild.putArray(empty);
        }
        return guild;
    }

    /** How READY lists a guild whose GUILD_CREATE follows. */
    ObjectNode unavailableJson() {
        return Json.object().put("id", id).put("unavailable", true);
    }
}
