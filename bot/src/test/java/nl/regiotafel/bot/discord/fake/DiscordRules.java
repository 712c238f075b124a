package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Discord's documented limits, applied to what the bot sent. Real Discord refuses a request that breaks one (the whole
 * command registration, the whole reply) or, for mentions, pings people it should not; here each is reported as a
 * violation so a test fails before a user sees "This interaction failed".
 *
 * <p>Checked: command registration (names and localised names, descriptions, the English localisations the bot
 * promises, option and choice counts, required before optional, localised option names unique per command and
 * locale and unlike the command's other default option names, 8,000 characters per command counting each field at
 * its longest localisation), message bodies (content, embeds, custom ids, allowed mentions),
 * modals (title, inputs) and autocomplete answers (25 choices).
 */
public final class DiscordRules {

    public static final int MAX_COMMANDS = 100;
    public static final int MAX_NAME = 32;
    public static final int MAX_DESCRIPTION = 100;
    public static final int MAX_OPTIONS = 25;
    public static final int MAX_CHOICES = 25;
    public static final int MAX_CHOICE_VALUE = 100;
    public static final int MAX_COMMAND_CHARACTERS = 8_000;
    public static final int MAX_CONTENT = 2_000;
    public static final int MAX_EMBEDS = 10;
    public static final int MAX_EMBED_TITLE = 256;
    public static final int MAX_EMBED_DESCRIPTION = 4_096;
    public static final int MAX_EMBED_FIELDS = 25;
    public static final int MAX_FIELD_NAME = 256;
    public static final int MAX_FIELD_VALUE = 1_024;
    public static final int MAX_FOOTER = 2_048;
    public static final int MAX_AUTHOR = 256;
    public static final int MAX_EMBED_TOTAL = 6_000;
    public static final int MAX_CUSTOM_ID = 100;
    public static final int MAX_ACTION_ROWS = 5;
    public static final int MAX_BUTTONS_PER_ROW = 5;
    public static final int MAX_PLACEHOLDER = 150;
    public static final int MAX_SELECT_VALUES = 25;
    public static final int MAX_BUTTON_LABEL = 80;
    public static final int MAX_MODAL_TITLE = 45;
    public static final int MAX_MODAL_COMPONENTS = 5;
    public static final int MAX_INPUT_LENGTH = 4_000;
    public static final int MAX_LABEL = 45;
    public static final int MAX_POST_NAME = 100;
    public static final int MAX_APPLIED_TAGS = 5;
    public static final int MAX_FORUM_TAGS = 20;
    public static final int MAX_TAG_NAME = 20;

    /** Discord's pattern for chat-input command and option names; they must also be lower case. */
    private static final Pattern NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

    /** The client languages the bot localises into: every name and description must have them. */
    public static final List<String> LOCALISED = List.of("en-US", "en-GB");

    /** Discord's locale codes; a localisation under any other key is refused. */
    private static final java.util.Set<String> LOCALES = java.util.Set.of(
            "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl",
            "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW",
            "ko");

    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;

    private DiscordRules() {}

    /** Every rule {@code request} breaks; empty when Discord would accept it. */
    public static List<String> check(RecordedRequest request) {
        List<String> violations = new ArrayList<>();
        String[] s = request.segments();
        JsonNode json = request.json();
        if (json == null) {
            return violations;
        }
        if (request.method().equals("PUT") && s[0].equals("applications") && s[s.length - 1].equals("commands")) {
            commands(json, violations);
        } else if (request.isCallback()) {
            callback(json, violations);
        } else if (s[0].equals("webhooks")
                && (request.method().equals("POST") || request.method().equals("PATCH"))) {
            message(json, violations);
        } else if (s[0].equals("channels") && s.length == 3 && s[2].equals("threads")) {
            length("forum post name", json.path("name").asText(""), 1, MAX_POST_NAME, violations);
            appliedTags(json, violations);
            message(json.path("message"), violations);
        } else if (s[0].equals("channels") && s.length == 2 && request.method().equals("PATCH")) {
            appliedTags(json, violations);
            if (json.has("name")) {
                length("forum post name", json.path("name").asText(""), 1, MAX_POST_NAME, violations);
            }
            JsonNode available = json.path("available_tags");
            if (available.size() > MAX_FORUM_TAGS) {
                violations.add(available.size() + " forum tags; Discord allows " + MAX_FORUM_TAGS);
            }
            for (JsonNode tag : available) {
                length("forum tag name", tag.path("name").asText(""), 1, MAX_TAG_NAME, violations);
            }
        } else if (s[0].equals("channels")
                && s.length >= 3
                && s[2].equals("messages")
                && (request.method().equals("POST") || request.method().equals("PATCH"))) {
            message(json, violations);
        }
        return violations;
    }

    // ---- command registration --------------------------------------------------------------------------------

    private static void commands(JsonNode commands, List<String> violations) {
        if (!commands.isArray()) {
            violations.add("command registration is not a list");
            return;
        }
        if (commands.size() > MAX_COMMANDS) {
            violations.add(commands.size() + " commands; Discord allows " + MAX_COMMANDS);
        }
        for (JsonNode command : commands) {
            String where = "/" + command.path("name").asText();
            named(where, command, violations);
            options(where, command.path("options"), violations);
            localisedOptionNames(where, command, violations);
            int characters = characters(command);
            if (characters > MAX_COMMAND_CHARACTERS) {
                violations.add(where + " has " + characters + " characters in names, descriptions and values; "
                        + "Discord allows " + MAX_COMMAND_CHARACTERS);
            }
        }
    }

    /** Name, description and their Dutch localisation of a command, subcommand or option. */
    private static void named(String where, JsonNode node, List<String> violations) {
        String name = node.path("name").asText();
        if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            violations.add(where + ": name '" + name + "' is not 1–32 lower-case letters, digits, - or _");
        }
        node.path("name_localizations").properties().forEach(e -> {
            String localised = e.getValue().asText();
            if (!NAME.matcher(localised).matches() || !localised.equals(localised.toLowerCase(Locale.ROOT))) {
                violations.add(where + ": " + e.getKey() + " name '" + localised + "' is not a valid name");
            }
            if (!LOCALES.contains(e.getKey())) {
                violations.add(where + ": " + e.getKey() + " is not a Discord locale");
            }
        });
        length(where + ": description", node.path("description").asText(""), 1, MAX_DESCRIPTION, violations);
        node.path("description_localizations").properties().forEach(e -> {
            length(where + ": " + e.getKey() + " description", e.getValue().asText(), 1, MAX_DESCRIPTION, violations);
            if (!LOCALES.contains(e.getKey())) {
                violations.add(where + ": " + e.getKey() + " is not a Discord locale");
            }
        });
        for (String locale : LOCALISED) {
            for (String field : List.of("name_localizations", "description_localizations")) {
                JsonNode localised = node.path(field).path(locale);
                if (!localised.isTextual()) {
                    violations.add(where + ": no " + locale + " in " + field);
                }
            }
        }
    }

    /**
     * Discord's rule for localised option names: within a command, a localised option name differs from every other
     * option's default name and from every other option's name in that locale. The same option (same default name) in
     * several subcommands counts once, and must be localised the same way everywhere.
     */
    private static void localisedOptionNames(String where, JsonNode command, List<String> violations) {
        List<JsonNode> options = new ArrayList<>();
        valueOptions(command.path("options"), options);
        java.util.Map<String, java.util.Map<String, String>> byLocale = new java.util.HashMap<>();
        java.util.Set<String> defaults = new java.util.HashSet<>();
        options.forEach(o -> defaults.add(o.path("name").asText()));
        for (JsonNode option : options) {
            String name = option.path("name").asText();
            option.path("name_localizations").properties().forEach(e -> {
                String localised = e.getValue().asText();
                if (!localised.equals(name) && defaults.contains(localised)) {
                    violations.add(where + ": " + e.getKey() + " name '" + localised + "' of option " + name
                            + " is the default name of another option");
                }
                java.util.Map<String, String> names =
                        byLocale.computeIfAbsent(e.getKey(), k -> new java.util.HashMap<>());
                String owner = names.putIfAbsent(localised, name);
                if (owner != null && !owner.equals(name)) {
                    violations.add(where + ": options " + owner + " and " + name + " are both '" + localised + "' in "
                            + e.getKey());
                }
            });
        }
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (JsonNode option : options) {
            String localisations = option.path("name_localizations").toString();
            String previous = seen.putIfAbsent(option.path("name").asText(), localisations);
            if (previous != null && !previous.equals(localisations)) {
                violations.add(where + ": option " + option.path("name").asText()
                        + " is localised differently in two subcommands");
            }
        }
    }

    private static void valueOptions(JsonNode options, List<JsonNode> into) {
        for (JsonNode option : options) {
            int type = option.path("type").asInt();
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                valueOptions(option.path("options"), into);
            } else {
                into.add(option);
            }
        }
    }

    private static void options(String where, JsonNode options, List<String> violations) {
        if (options.size() > MAX_OPTIONS) {
            violations.add(where + " has " + options.size() + " options; Discord allows " + MAX_OPTIONS);
        }
        boolean optionalSeen = false;
        boolean subcommands = false;
        boolean values = false;
        for (JsonNode option : options) {
            int type = option.path("type").asInt();
            String optionWhere = where + " " + option.path("name").asText();
            named(optionWhere, option, violations);
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                subcommands = true;
                options(optionWhere, option.path("options"), violations);
                continue;
            }
            values = true;
            boolean required = option.path("required").asBoolean(false);
            if (required && optionalSeen) {
                violations.add(optionWhere + " is required but follows an optional option");
            }
            optionalSeen |= !required;
            choices(optionWhere, option.path("choices"), violations);
        }
        if (subcommands && values) {
            violations.add(where + " mixes subcommands with options");
        }
    }

    private static void choices(String where, JsonNode choices, List<String> violations) {
        if (choices.size() > MAX_CHOICES) {
            violations.add(where + " has " + choices.size() + " choices; Discord allows " + MAX_CHOICES);
        }
        for (JsonNode choice : choices) {
            String choiceWhere = where + " choice " + choice.path("value").asText();
            length(choiceWhere + ": name", choice.path("name").asText(""), 1, MAX_DESCRIPTION, violations);
            if (choice.path("value").isTextual()) {
                length(choiceWhere + ": value", choice.path("value").asText(), 1, MAX_CHOICE_VALUE, violations);
            }
            for (String locale : LOCALISED) {
                if (!choice.path("name_localizations").path(locale).isTextual()) {
                    violations.add(choiceWhere + ": no " + locale + " name");
                }
            }
            choice.path("name_localizations")
                    .properties()
                    .forEach(e -> length(
                            choiceWhere + ": " + e.getKey() + " name",
                            e.getValue().asText(),
                            1,
                            MAX_DESCRIPTION,
                            violations));
        }
    }

    /**
     * What Discord counts against 8,000 characters: every name, description and choice value, each name and
     * description at its longest localisation, over the command, its subcommands, options and choices.
     */
    static int characters(JsonNode node) {
        int total = 0;
        if (!node.isContainerNode()) {
            return 0;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                total += characters(child);
            }
            return total;
        }
        for (String field : List.of("name", "description")) {
            if (node.has(field)) {
                int longest = node.path(field).asText().length();
                for (JsonNode localised : node.path(field + "_localizations")) {
                    longest = Math.max(longest, localised.asText().length());
                }
                total += longest;
            }
        }
        if (node.has("value")) {
            total += node.path("value").asText().length();
        }
        total += characters(node.path("options")) + characters(node.path("choices"));
        return total;
    }

    private static void appliedTags(JsonNode json, List<String> violations) {
        if (json.path("applied_tags").size() > MAX_APPLIED_TAGS) {
            violations.add("a forum post with " + json.path("applied_tags").size() + " tags; Discord allows "
                    + MAX_APPLIED_TAGS);
        }
    }

    // ---- answers to interactions ---------------------------------------------------------------------------

    private static void callback(JsonNode callback, List<String> violations) {
        JsonNode data = callback.path("data");
        switch (callback.path("type").asInt()) {
            case 4, 7 -> message(data, violations);
            case 8 -> autocomplete(data, violations);
            case 9 -> modal(data, violations);
            case 5, 6 -> {} // acknowledgements without a message
            default -> violations.add("unknown callback type " + callback.path("type"));
        }
    }

    private static void message(JsonNode message, List<String> violations) {
        length("content", message.path("content").asText(""), 0, MAX_CONTENT, violations);
        JsonNode embeds = message.path("embeds");
        if (embeds.size() > MAX_EMBEDS) {
            violations.add(embeds.size() + " embeds; Discord allows " + MAX_EMBEDS);
        }
        int total = 0;
        for (JsonNode embed : embeds) {
            total += embed(embed, violations);
        }
        if (total > MAX_EMBED_TOTAL) {
            violations.add("embeds have " + total + " characters together; Discord allows " + MAX_EMBED_TOTAL);
        }
        JsonNode components = message.path("components");
        if (components.size() > MAX_ACTION_ROWS) {
            violations.add(components.size() + " action rows; Discord allows " + MAX_ACTION_ROWS);
        }
        for (JsonNode row : components) {
            boolean select = false;
            for (JsonNode c : row.path("components")) {
                select |= c.path("type").asInt() >= 3 && c.path("type").asInt() <= 8;
            }
            if (select && row.path("components").size() > 1) {
                violations.add("a select menu shares its action row; Discord wants it alone");
            }
            if (row.path("type").asInt() == 1 && row.path("components").size() > MAX_BUTTONS_PER_ROW) {
                violations.add("an action row has " + row.path("components").size() + " components; Discord allows "
                        + MAX_BUTTONS_PER_ROW);
            }
        }
        components(components, violations);
        mentions(message, violations);
    }

    /** Checks one embed and returns its characters as Discord counts them towards 6,000. */
    private static int embed(JsonNode embed, List<String> violations) {
        String title = embed.path("title").asText("");
        String description = embed.path("description").asText("");
        String footer = embed.path("footer").path("text").asText("");
        String author = embed.path("author").path("name").asText("");
        length("embed title", title, 0, MAX_EMBED_TITLE, violations);
        length("embed description", description, 0, MAX_EMBED_DESCRIPTION, violations);
        length("embed footer", footer, 0, MAX_FOOTER, violations);
        length("embed author", author, 0, MAX_AUTHOR, violations);
        int total = title.length() + description.length() + footer.length() + author.length();
        JsonNode fields = embed.path("fields");
        if (fields.size() > MAX_EMBED_FIELDS) {
            violations.add("embed has " + fields.size() + " fields; Discord allows " + MAX_EMBED_FIELDS);
        }
        for (JsonNode field : fields) {
            String name = field.path("name").asText("");
            String value = field.path("value").asText("");
            length("embed field name", name, 1, MAX_FIELD_NAME, violations);
            length("embed field value", value, 1, MAX_FIELD_VALUE, violations);
            total += name.length() + value.length();
        }
        return total;
    }

    private static void components(JsonNode components, List<String> violations) {
        for (JsonNode component : components) {
            if (component.has("custom_id")) {
                length("custom_id", component.path("custom_id").asText(), 1, MAX_CUSTOM_ID, violations);
            }
            if (component.path("type").asInt() == 2 && component.has("label")) {
                length("button label", component.path("label").asText(), 0, MAX_BUTTON_LABEL, violations);
            }
            if (component.path("type").asInt() >= 3 && component.path("type").asInt() <= 8) {
                selectMenu(component, violations);
            }
            components(component.path("components"), violations);
            if (component.has("component")) {
                components(Json.array().add(component.path("component")), violations);
            }
        }
    }

    /** A select menu: placeholder ≤ 150, 0 ≤ min_values ≤ max_values ≤ 25, alone in its action row. */
    private static void selectMenu(JsonNode menu, List<String> violations) {
        length("select menu placeholder", menu.path("placeholder").asText(""), 0, MAX_PLACEHOLDER, violations);
        int min = menu.path("min_values").asInt(1);
        int max = menu.path("max_values").asInt(1);
        if (min < 0 || max < 1 || min > max || max > MAX_SELECT_VALUES) {
            violations.add("select menu with min_values " + min + " and max_values " + max
                    + "; Discord wants 0 ≤ min ≤ max ≤ " + MAX_SELECT_VALUES + " and max ≥ 1");
        }
    }

    /** The bot never pings @everyone, @here or roles, and users only when it names them in {@code users}. */
    private static void mentions(JsonNode message, List<String> violations) {
        JsonNode allowed = message.path("allowed_mentions");
        if (allowed.isMissingNode() || allowed.isNull()) {
            violations.add("no allowed_mentions: Discord then pings whatever the text mentions");
            return;
        }
        for (JsonNode parse : allowed.path("parse")) {
            switch (parse.asText()) {
                case "everyone" -> violations.add("allowed_mentions.parse contains everyone");
                case "roles" -> violations.add("allowed_mentions.parse contains roles");
                case "users" -> violations.add("allowed_mentions.parse contains users; list users explicitly");
                default -> violations.add("allowed_mentions.parse contains unknown " + parse);
            }
        }
        if (!allowed.path("roles").isEmpty()) {
            violations.add("allowed_mentions.roles is not empty: the bot never pings roles");
        }
    }

    private static void autocomplete(JsonNode data, List<String> violations) {
        JsonNode choices = data.path("choices");
        if (!choices.isArray()) {
            violations.add("autocomplete answer without choices");
            return;
        }
        if (choices.size() > MAX_CHOICES) {
            violations.add("autocomplete answers " + choices.size() + " choices; Discord allows " + MAX_CHOICES);
        }
        for (JsonNode choice : choices) {
            length("autocomplete choice name", choice.path("name").asText(""), 1, MAX_DESCRIPTION, violations);
            if (choice.path("value").isTextual()) {
                length("autocomplete choice value", choice.path("value").asText(), 1, MAX_CHOICE_VALUE, violations);
            }
        }
    }

    private static void modal(JsonNode modal, List<String> violations) {
        length("modal custom_id", modal.path("custom_id").asText(""), 1, MAX_CUSTOM_ID, violations);
        length("modal title", modal.path("title").asText(""), 1, MAX_MODAL_TITLE, violations);
        JsonNode components = modal.path("components");
        if (components.isEmpty() || components.size() > MAX_MODAL_COMPONENTS) {
            violations.add(
                    "modal has " + components.size() + " components; Discord wants 1 to " + MAX_MODAL_COMPONENTS);
        }
        for (JsonNode component : components) {
            if (component.has("label")) {
                length("modal label", component.path("label").asText(), 1, MAX_LABEL, violations);
            }
            List<JsonNode> inputs = new ArrayList<>();
            textInputs(component, inputs);
            for (JsonNode input : inputs) {
                String id = input.path("custom_id").asText("");
                length("text input custom_id", id, 1, MAX_CUSTOM_ID, violations);
                for (String limit : List.of("max_length", "min_length")) {
                    if (input.path(limit).asInt(0) > MAX_INPUT_LENGTH) {
                        violations.add("text input " + id + " has " + limit + " "
                                + input.path(limit).asInt() + "; Discord allows " + MAX_INPUT_LENGTH);
                    }
                }
                length("text input " + id + " value", input.path("value").asText(""), 0, MAX_INPUT_LENGTH, violations);
            }
        }
        components(components, violations);
    }

    private static void textInputs(JsonNode component, List<JsonNode> inputs) {
        if (component.path("type").asInt() == 4) {
            inputs.add(component);
        }
        component.path("components").forEach(child -> textInputs(child, inputs));
        if (component.has("component")) {
            textInputs(component.path("component"), inputs);
        }
    }

    private static void length(String what, String text, int min, int max, List<String> violations) {
        int length = text.length();
        if (length < min || length > max) {
            violations.add(what + " has " + length + " characters; Discord allows " + min + " to " + max);
        }
    }
}
