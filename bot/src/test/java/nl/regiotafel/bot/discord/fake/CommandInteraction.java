package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A slash command as a member fills it in, checked against the registered command as Discord's client checks it:
 * known subcommand and options, required options given, values among the choices and within their length.
 *
 * <p>Names are typed as the member's client shows them: the localisation for their locale ({@code en-US}: {@code
 * milestone add due:}) or else the default name ({@code mijlpaal toevoegen datum:}). Whatever was typed, the
 * interaction carries the default names, as on Discord.
 *
 * <pre>
 * discord.command(manager, "project").subcommand("add").option("code", "zomerzorg").option("leader", lotte).send();
 * discord.command(member, "project").subcommand("info").autocomplete("project", "zom");
 * </pre>
 */
public final class CommandInteraction {

    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;
    private static final int STRING = 3;
    private static final int INTEGER = 4;
    private static final int BOOLEAN = 5;
    private static final int USER = 6;
    private static final int CHANNEL = 7;
    private static final int ROLE = 8;
    private static final int NUMBER = 10;

    private final FakeDiscord discord;
    private final FakeMember member;
    private final JsonNode command;
    private final Map<String, Object> options = new LinkedHashMap<>();
    private JsonNode subcommand;
    private JsonNode group;

    CommandInteraction(FakeDiscord discord, FakeMember member, JsonNode command) {
        this.discord = discord;
        this.member = member;
        this.command = command;
    }

    public CommandInteraction subcommand(String name) {
        for (JsonNode option : command.path("options")) {
            if (option.path("type").asInt() == SUB_COMMAND && shownAs(option, name, member.locale())) {
                subcommand = option;
                return this;
            }
        }
        throw new IllegalArgumentException("/" + command.path("name").asText() + " has no subcommand " + name);
    }

    /** Chooses a subcommand in a group, as in {@code /instellen regio toevoegen}. */
    public CommandInteraction subcommand(String groupName, String name) {
        for (JsonNode option : command.path("options")) {
            if (option.path("type").asInt() == SUB_COMMAND_GROUP && shownAs(option, groupName, member.locale())) {
                for (JsonNode sub : option.path("options")) {
                    if (sub.path("type").asInt() == SUB_COMMAND && shownAs(sub, name, member.locale())) {
                        group = option;
                        subcommand = sub;
                        return this;
                    }
                }
            }
        }
        throw new IllegalArgumentException(
                "/" + command.path("name").asText() + " has no subcommand " + groupName + " " + name);
    }

    /**
     * Sets an option: text, a number, a boolean, a {@link FakeMember} for a user option or a {@link FakeGuild.Role}
     * for a role option.
     */
    public CommandInteraction option(String name, Object value) {
        options.put(registered(name).path("name").asText(), value);
        return this;
    }

    /** Whether a command, subcommand or option shows as {@code typed} in a client in {@code locale}. */
    static boolean shownAs(JsonNode node, String typed, String locale) {
        JsonNode localised = node.path("name_localizations").path(locale);
        return localised.isTextual()
                ? localised.asText().equals(typed)
                : node.path("name").asText().equals(typed);
    }

    /** Runs the command: an APPLICATION_COMMAND interaction (type 2). */
    public SentInteraction send() {
        for (JsonNode option : registeredOptions()) {
            if (option.path("required").asBoolean(false)
                    && !options.containsKey(option.path("name").asText())) {
                throw new IllegalStateException(
                        "Option " + option.path("name").asText() + " is required; Discord would not send the command");
            }
        }
        return discord.deliver(payload(2, null, null));
    }

    /** Asks for suggestions while {@code typed} is in {@code option}: an APPLICATION_COMMAND_AUTOCOMPLETE (type 4). */
    public SentInteraction autocomplete(String option, String typed) {
        JsonNode focused = registered(option);
        if (!focused.path("autocomplete").asBoolean(false)) {
            throw new IllegalArgumentException("Option " + option + " has no autocomplete");
        }
        return discord.deliver(payload(4, focused.path("name").asText(), typed));
    }

    private ObjectNode payload(int type, String focused, String typed) {
        ObjectNode payload = discord.base(type, member);
        ObjectNode data = payload.putObject("data")
                .put("id", command.path("id").asText())
                .put("name", command.path("name").asText())
                .put("type", 1);
        if (command.has("guild_id")) {
            data.put("guild_id", command.path("guild_id").asText());
        }
        ObjectNode resolved = Json.object();
        ArrayNode values = Json.array();
        options.forEach((name, value) -> {
            if (!name.equals(focused)) {
                values.add(option(name, value, resolved));
            }
        });
        if (focused != null) {
            // While typing, Discord sends the partial text as it stands, marked as the focused option
            values.add(Json.object()
                    .put("name", focused)
                    .put("type", byDefaultName(focused).path("type").asInt())
                    .put("value", typed)
                    .put("focused", true));
        }
        if (subcommand != null) {
            ArrayNode parent = data.putArray("options");
            if (group != null) {
                parent = parent.addObject()
                        .put("name", group.path("name").asText())
                        .put("type", SUB_COMMAND_GROUP)
                        .putArray("options");
            }
            ObjectNode sub = parent.addObject()
                    .put("name", subcommand.path("name").asText())
                    .put("type", SUB_COMMAND);
            sub.set("options", values);
        } else {
            data.set("options", values);
        }
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return payload;
    }

    private ObjectNode option(String name, Object value, ObjectNode resolved) {
        JsonNode spec = byDefaultName(name);
        int type = spec.path("type").asInt();
        ObjectNode option = Json.object().put("name", name).put("type", type);
        switch (type) {
            case STRING -> {
                String text = value.toString();
                if (spec.has("max_length")
                        && text.length() > spec.path("max_length").asInt()) {
                    throw new IllegalArgumentException(name + " is longer than its max_length");
                }
                option.put("value", text);
            }
            case INTEGER -> option.put("value", ((Number) value).longValue());
            case NUMBER -> option.put("value", ((Number) value).doubleValue());
            case BOOLEAN -> option.put("value", (Boolean) value);
            case USER -> {
                FakeMember user = (FakeMember) value;
                option.put("value", user.id());
                child(resolved, "users").set(user.id(), user.user().json());
                child(resolved, "members").set(user.id(), user.jsonWithoutUser());
            }
            case ROLE -> {
                FakeGuild.Role role = (FakeGuild.Role) value;
                option.put("value", role.id());
                child(resolved, "roles").set(role.id(), role.json());
            }
            case CHANNEL -> {
                String channelId = value.toString();
                option.put("value", channelId);
                ObjectNode channel = member.guild().resolvedChannel(channelId, member.permissions());
                if (channel != null) {
                    child(resolved, "channels").set(channelId, channel);
                }
            }
            default -> throw new IllegalArgumentException("The fake cannot send options of type " + type);
        }
        JsonNode choices = spec.path("choices");
        if (!choices.isEmpty()) {
            boolean known = false;
            for (JsonNode choice : choices) {
                known |= choice.path("value").equals(option.path("value"));
            }
            if (!known) {
                throw new IllegalArgumentException(
                        value + " is not a choice of " + name + "; Discord offers only " + Json.write(choices));
            }
        }
        return option;
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    private JsonNode registeredOptions() {
        return subcommand != null ? subcommand.path("options") : command.path("options");
    }

    /** The option the member typed as {@code name} in their client's language. */
    private JsonNode registered(String name) {
        for (JsonNode option : registeredOptions()) {
            if (shownAs(option, name, member.locale()) && option.path("type").asInt() != SUB_COMMAND) {
                return option;
            }
        }
        throw new IllegalArgumentException(
                "No option " + name + " for a client in " + member.locale() + "; Discord would not send it");
    }

    private JsonNode byDefaultName(String name) {
        for (JsonNode option : registeredOptions()) {
            if (option.path("name").asText().equals(name) && option.path("type").asInt() != SUB_COMMAND) {
                return option;
            }
        }
        throw new AssertionError("No option named " + name);
    }
}
