package nl.regiotafel.bot.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each of Discord's rules, broken on purpose in an otherwise valid payload, is reported; valid payloads pass. */
final class DiscordRulesTest {

    private static final String REGISTER = "applications/1/guilds/2/commands";
    private static final String CALLBACK = "interactions/3/token/callback";
    private static final String FOLLOW_UP = "webhooks/1/token";
    private static final String EDIT = "webhooks/1/token/messages/@original";

    private static List<String> check(String method, String path, JsonNode json) {
        return DiscordRules.check(new RecordedRequest(method, path, "", Map.of(), json, List.of(), 200, Instant.now()));
    }

    private static ArrayNode commands(ObjectNode... commands) {
        ArrayNode array = Json.array();
        for (ObjectNode command : commands) {
            array.add(command);
        }
        return array;
    }

    private static List<String> register(ObjectNode command) {
        return check("PUT", REGISTER, commands(command));
    }

    /** /project toevoegen code: fase: with English names and texts for en-US and en-GB, as the bot registers it. */
    private static ObjectNode command() {
        return (ObjectNode)
                Json.parse(
                        """
                {"name": "project", "type": 1, "description": "Houd de projecten van het netwerk bij",
                 "name_localizations": {"en-US": "project", "en-GB": "project"},
                 "description_localizations": {"en-US": "Keep the network's projects",
                                               "en-GB": "Keep the network's projects"},
                 "options": [
                   {"type": 1, "name": "toevoegen", "description": "Voeg een project toe",
                    "name_localizations": {"en-US": "add", "en-GB": "add"},
                    "description_localizations": {"en-US": "Add a project", "en-GB": "Add a project"},
                    "options": [
                      {"type": 3, "name": "code", "description": "Korte code", "required": true,
                       "name_localizations": {"en-US": "code", "en-GB": "code"},
                       "description_localizations": {"en-US": "Short code", "en-GB": "Short code"}},
                      {"type": 3, "name": "fase", "description": "Fase", "required": false,
                       "name_localizations": {"en-US": "phase", "en-GB": "phase"},
                       "description_localizations": {"en-US": "Phase", "en-GB": "Phase"},
                       "choices": [{"name": "Uitvoering",
                                    "name_localizations": {"en-US": "Execution", "en-GB": "Execution"},
                                    "value": "uitvoering"}]}]}]}
                """);
    }

    private static ObjectNode add(ObjectNode command) {
        return (ObjectNode) command.path("options").path(0);
    }

    private static ObjectNode option(String name, boolean required) {
        ObjectNode option = Json.object()
                .put("type", 3)
                .put("name", name)
                .put("description", "Optie " + name)
                .put("required", required);
        option.putObject("name_localizations").put("en-US", name).put("en-GB", name);
        option.putObject("description_localizations")
                .put("en-US", "Option " + name)
                .put("en-GB", "Option " + name);
        return option;
    }

    private static ObjectNode message() {
        return (ObjectNode)
                Json.parse(
                        """
                {"content": "", "flags": 0, "allowed_mentions": {"parse": []},
                 "embeds": [{"title": "Projects (20)", "description": "**zomerzorg** — ZomerZorg",
                             "footer": {"text": "Page 1 of 2"},
                             "fields": [{"name": "Region", "value": "Zeeland", "inline": true}]}],
                 "components": [{"type": 1, "components": [
                   {"type": 2, "style": 2, "label": "▶", "custom_id": "page:abcdefghij:1"}]}]}
                """);
    }

    private static ObjectNode embed(ObjectNode message) {
        return (ObjectNode) message.path("embeds").path(0);
    }

    private static List<String> reply(ObjectNode message) {
        ObjectNode callback = Json.object().put("type", 4);
        callback.set("data", message);
        return check("POST", CALLBACK, callback);
    }

    private static ObjectNode modal() {
        return (ObjectNode)
                Json.parse(
                        """
                {"type": 9, "data": {"custom_id": "form:abcdefghij", "title": "Goal", "components": [
                  {"type": 18, "label": "Goal", "component":
                    {"type": 4, "custom_id": "goal", "style": 2, "required": true, "max_length": 1000}}]}}
                """);
    }

    private static ObjectNode autocomplete(int choices) {
        ObjectNode callback = Json.object().put("type", 8);
        ArrayNode array = callback.putObject("data").putArray("choices");
        for (int i = 0; i < choices; i++) {
            array.addObject().put("name", "project-" + i + " — Project " + i).put("value", "project-" + i);
        }
        return callback;
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    // ---- valid payloads --------------------------------------------------------------------------------------

    @Test
    void acceptsValidCommandsMessagesModalsAndChoices() {
        assertThat(register(command())).isEmpty();
        assertThat(reply(message())).isEmpty();
        assertThat(check("POST", FOLLOW_UP, message())).isEmpty();
        assertThat(check("PATCH", EDIT, message())).isEmpty();
        assertThat(check("POST", CALLBACK, Json.object().put("type", 5))).isEmpty();
        assertThat(check("POST", CALLBACK, modal())).isEmpty();
        assertThat(check("POST", CALLBACK, autocomplete(25))).isEmpty();
    }

    // ---- command registration --------------------------------------------------------------------------------

    @Test
    void reportsACommandNameWithASpace() {
        assertThat(register(command().put("name", "project list")))
                .singleElement(STRING)
                .contains("name 'project list' is not 1–32 lower-case letters");
    }

    @Test
    void reportsAnUpperCaseOptionName() {
        ObjectNode command = command();
        add(command).put("name", "Add");

        assertThat(register(command)).singleElement(STRING).contains("/project Add: name 'Add' is not 1–32 lower-case");
    }

    @Test
    void reportsANameLongerThan32Characters() {
        assertThat(register(command().put("name", text(33))))
                .singleElement(STRING)
                .contains("is not 1–32");
    }

    @Test
    void reportsAnEmptyAndATooLongDescription() {
        ObjectNode command = command().put("description", "");
        add(command).put("description", text(101));

        assertThat(register(command))
                .containsExactly(
                        "/project: description has 0 characters; Discord allows 1 to 100",
                        "/project toevoegen: description has 101 characters; Discord allows 1 to 100");
    }

    @Test
    void reportsAMissingEnglishNameOrDescription() {
        ObjectNode command = command();
        add(command).remove("description_localizations");
        ((ObjectNode) command.path("name_localizations")).remove("en-GB");

        assertThat(register(command))
                .containsExactlyInAnyOrder(
                        "/project: no en-GB in name_localizations",
                        "/project toevoegen: no en-US in description_localizations",
                        "/project toevoegen: no en-GB in description_localizations");
    }

    @Test
    void reportsAChoiceWithoutItsEnglishName() {
        ObjectNode command = command();
        ObjectNode choice = (ObjectNode)
                add(command).path("options").path(1).path("choices").path(0);
        ((ObjectNode) choice.path("name_localizations")).remove("en-US");

        assertThat(register(command))
                .singleElement(STRING)
                .isEqualTo("/project toevoegen fase choice uitvoering: no en-US name");
    }

    @Test
    void reportsATooLongEnglishDescriptionAndAnUnknownLocale() {
        ObjectNode command = command();
        ((ObjectNode) command.path("description_localizations")).put("en-US", text(101));
        ((ObjectNode) command.path("name_localizations")).put("en", "project");

        assertThat(register(command))
                .containsExactlyInAnyOrder(
                        "/project: en-US description has 101 characters; Discord allows 1 to 100",
                        "/project: en is not a Discord locale");
    }

    @Test
    void reportsAnInvalidOrUpperCaseLocalisedName() {
        ObjectNode command = command();
        ((ObjectNode) add(command).path("name_localizations")).put("en-US", "Add");
        ((ObjectNode) add(command).path("options").path(0).path("name_localizations")).put("en-GB", "short code");

        assertThat(register(command))
                .containsExactlyInAnyOrder(
                        "/project toevoegen: en-US name 'Add' is not a valid name",
                        "/project toevoegen code: en-GB name 'short code' is not a valid name");
    }

    @Test
    void acceptsAnApostropheAndAccentsInNamesAsDiscordDoes() {
        ObjectNode command = command();
        ((ObjectNode) add(command).path("options").path(1)).put("name", "risico's");
        ((ObjectNode) add(command).path("options").path(0)).put("name", "privé");

        assertThat(register(command)).isEmpty();
    }

    @Test
    void reportsALocalisedOptionNameThatIsAnotherOptionsDefaultName() {
        // GIVEN fase's English name is "code", the default name of another option of /project
        ObjectNode command = command();
        ((ObjectNode) add(command).path("options").path(1).path("name_localizations")).put("en-US", "code");

        assertThat(register(command))
                .contains("/project: en-US name 'code' of option fase is the default name of another option");
    }

    @Test
    void reportsTwoOptionsWithOneLocalisedNameAcrossSubcommands() {
        // GIVEN a second subcommand whose option regio is "phase" in en-US too
        ObjectNode command = command();
        ObjectNode edit = add(command).deepCopy().put("name", "wijzigen");
        ObjectNode regio = option("regio", false);
        ((ObjectNode) regio.path("name_localizations")).put("en-US", "phase");
        edit.putArray("options").add(regio);
        ((ObjectNode) edit.path("name_localizations")).put("en-US", "edit").put("en-GB", "edit");
        ((ArrayNode) command.path("options")).add(edit);

        assertThat(register(command))
                .singleElement(STRING)
                .isEqualTo("/project: options fase and regio are both 'phase' in en-US");
    }

    @Test
    void reportsMoreThan25Options() {
        ObjectNode command = command();
        ArrayNode options = add(command).putArray("options");
        for (int i = 0; i < 26; i++) {
            options.add(option("option-" + i, false));
        }

        assertThat(register(command))
                .singleElement(STRING)
                .isEqualTo("/project toevoegen has 26 options; Discord allows 25");
    }

    @Test
    void reportsMoreThan25Choices() {
        ObjectNode command = command();
        ArrayNode choices = (ArrayNode) add(command).path("options").path(1).path("choices");
        for (int i = 0; i < 25; i++) {
            choices.addObject()
                    .put("name", "Keuze " + i)
                    .put("value", "choice-" + i)
                    .putObject("name_localizations")
                    .put("en-US", "Choice " + i)
                    .put("en-GB", "Choice " + i);
        }

        assertThat(register(command))
                .singleElement(STRING)
                .isEqualTo("/project toevoegen fase has 26 choices; Discord allows 25");
    }

    @Test
    void reportsARequiredOptionAfterAnOptionalOne() {
        ObjectNode command = command();
        ((ArrayNode) add(command).path("options")).add(option("region", true));

        assertThat(register(command))
                .singleElement(STRING)
                .isEqualTo("/project toevoegen region is required but follows an optional option");
    }

    @Test
    void reportsSubcommandsMixedWithOptions() {
        ObjectNode command = command();
        ((ArrayNode) command.path("options")).add(option("region", false));

        assertThat(register(command)).singleElement(STRING).isEqualTo("/project mixes subcommands with options");
    }

    /** /project with subcommands of 25 options, each a 32-character name and 100-character descriptions. */
    private static ObjectNode bigCommand(int subcommands) {
        ObjectNode command = command();
        ArrayNode options = add(command).putArray("options");
        for (int i = 0; i < 25; i++) {
            ObjectNode option = option(String.format("option-%025d", i), false).put("description", text(40));
            ((ObjectNode) option.path("description_localizations"))
                    .put("en-US", text(100))
                    .put("en-GB", text(90));
            options.add(option);
        }
        List<String> dutch = List.of("wijzigen", "lijst", "info");
        List<String> english = List.of("edit", "list", "info");
        for (int i = 0; i < subcommands - 1; i++) {
            ObjectNode copy = add(command).deepCopy().put("name", dutch.get(i));
            ((ObjectNode) copy.path("name_localizations"))
                    .put("en-US", english.get(i))
                    .put("en-GB", english.get(i));
            ((ArrayNode) command.path("options")).add(copy);
        }
        return command;
    }

    @Test
    void reportsMoreThan8000CharactersInOneCommand() {
        // project 7 + 37; toevoegen 9 + 20, wijzigen 8 + 20, lijst 5 + 20; 3 × 25 options of 32 + max(40, 100, 90)
        assertThat(register(bigCommand(3)))
                .singleElement(STRING)
                .isEqualTo("/project has 10026 characters in names, descriptions and values; Discord allows 8000");
    }

    @Test
    void countsLocalisationsOnlyAtTheLongestSoATranslatedCommandFits() {
        // 44 + 29 + 28 + 2 × 25 × 132 = 6701; adding every localisation instead would count over 14,000
        assertThat(DiscordRules.characters(bigCommand(2))).isEqualTo(6701);
        assertThat(register(bigCommand(2))).isEmpty();
    }

    @Test
    void countsEachFieldAtItsLongestLocalisation() {
        // project 7 + description max(37, 27); toevoegen max(9, 3) + max(20, 13); code 4 + max(10, 10);
        // fase max(4, 5) + max(4, 5); choice max(10, 9) + value 10
        assertThat(DiscordRules.characters(command())).isEqualTo(7 + 37 + 9 + 20 + 4 + 10 + 5 + 5 + 10 + 10);
    }

    // ---- messages --------------------------------------------------------------------------------------------

    @Test
    void reportsContentLongerThan2000Characters() {
        assertThat(reply(message().put("content", text(2001))))
                .singleElement(STRING)
                .isEqualTo("content has 2001 characters; Discord allows 0 to 2000");
    }

    @Test
    void reportsMoreThan10Embeds() {
        ObjectNode message = message();
        ArrayNode embeds = message.putArray("embeds");
        for (int i = 0; i < 11; i++) {
            embeds.addObject().put("description", "Page " + i);
        }

        assertThat(reply(message)).singleElement(STRING).isEqualTo("11 embeds; Discord allows 10");
    }

    @Test
    void reportsAnEmbedTitleLongerThan256Characters() {
        ObjectNode message = message();
        embed(message).put("title", text(257));

        assertThat(reply(message))
                .singleElement(STRING)
                .isEqualTo("embed title has 257 characters; Discord allows 0 to 256");
    }

    @Test
    void reportsAnEmbedDescriptionLongerThan4096Characters() {
        ObjectNode message = message();
        embed(message).put("description", text(4097));

        assertThat(reply(message))
                .singleElement(STRING)
                .isEqualTo("embed description has 4097 characters; Discord allows 0 to 4096");
    }

    @Test
    void reportsMoreThan25Fields() {
        ObjectNode message = message();
        ArrayNode fields = embed(message).putArray("fields");
        for (int i = 0; i < 26; i++) {
            fields.addObject().put("name", "Field " + i).put("value", "Value");
        }

        assertThat(reply(message)).singleElement(STRING).isEqualTo("embed has 26 fields; Discord allows 25");
    }

    @Test
    void reportsAFieldNameLongerThan256Characters() {
        ObjectNode message = message();
        ((ObjectNode) embed(message).path("fields").path(0)).put("name", text(257));

        assertThat(reply(message))
                .singleElement(STRING)
                .isEqualTo("embed field name has 257 characters; Discord allows 1 to 256");
    }

    @Test
    void reportsAFieldValueLongerThan1024Characters() {
        ObjectNode message = message();
        ((ObjectNode) embed(message).path("fields").path(0)).put("value", text(1025));

        assertThat(reply(message))
                .singleElement(STRING)
                .isEqualTo("embed field value has 1025 characters; Discord allows 1 to 1024");
    }

    @Test
    void reportsAFooterLongerThan2048Characters() {
        ObjectNode message = message();
        ((ObjectNode) embed(message).path("footer")).put("text", text(2049));

        assertThat(reply(message))
                .singleElement(STRING)
                .isEqualTo("embed footer has 2049 characters; Discord allows 0 to 2048");
    }

    @Test
    void reportsEmbedsOver6000CharactersTogether() {
        ObjectNode message = message();
        ArrayNode embeds = message.putArray("embeds");
        embeds.addObject().put("description", text(4000));
        embeds.addObject().put("description", text(2001));

        assertThat(reply(message))
                .singleElement(STRING)
                .isEqualTo("embeds have 6001 characters together; Discord allows 6000");
    }

    @Test
    void reportsACustomIdLongerThan100Characters() {
        ObjectNode message = message();
        ((ObjectNode) message.path("components").path(0).path("components").path(0)).put("custom_id", text(101));

        assertThat(check("PATCH", EDIT, message))
                .singleElement(STRING)
                .isEqualTo("custom_id has 101 characters; Discord allows 1 to 100");
    }

    /** A message whose second row is a user select menu, as the bot offers a member to link. */
    private static ObjectNode withUserSelect() {
        ObjectNode message = message();
        ((ArrayNode) message.path("components"))
                .add(
                        Json.parse(
                                """
                        {"type": 1, "components": [{"type": 5, "custom_id": "action:abcdefghij",
                         "placeholder": "Kies het lid…", "min_values": 1, "max_values": 1}]}
                        """));
        return message;
    }

    @Test
    void acceptsAUserSelectAloneInItsRowAndReportsALongPlaceholderOrImpossibleCounts() {
        assertThat(check("PATCH", EDIT, withUserSelect())).isEmpty();

        ObjectNode longPlaceholder = withUserSelect();
        ((ObjectNode) longPlaceholder
                        .path("components")
                        .path(1)
                        .path("components")
                        .path(0))
                .put("placeholder", text(151));
        ObjectNode noValues = withUserSelect();
        ((ObjectNode) noValues.path("components").path(1).path("components").path(0)).put("max_values", 0);
        ObjectNode shared = withUserSelect();
        ((ArrayNode) shared.path("components").path(1).path("components"))
                .add(Json.parse("{\"type\": 2, \"style\": 2, \"label\": \"x\", \"custom_id\": \"y\"}"));

        assertThat(check("PATCH", EDIT, longPlaceholder))
                .singleElement(STRING)
                .isEqualTo("select menu placeholder has 151 characters; Discord allows 0 to 150");
        assertThat(check("PATCH", EDIT, noValues)).singleElement(STRING).contains("max_values 0");
        assertThat(check("PATCH", EDIT, shared))
                .singleElement(STRING)
                .isEqualTo("a select menu shares its action row; Discord wants it alone");
    }

    @Test
    void reportsAMessageWithoutAllowedMentions() {
        ObjectNode message = message();
        message.remove("allowed_mentions");

        assertThat(check("POST", FOLLOW_UP, message)).singleElement(STRING).startsWith("no allowed_mentions");
    }

    @Test
    void reportsAMessageThatMayPingEveryone() {
        ObjectNode message = message();
        ((ObjectNode) message.path("allowed_mentions")).putArray("parse").add("everyone");

        assertThat(reply(message)).singleElement(STRING).isEqualTo("allowed_mentions.parse contains everyone");
    }

    @Test
    void reportsAMessageThatMayPingRoles() {
        ObjectNode message = message();
        ((ObjectNode) message.path("allowed_mentions")).putArray("parse").add("roles");

        assertThat(reply(message)).singleElement(STRING).isEqualTo("allowed_mentions.parse contains roles");
    }

    @Test
    void reportsAMessageThatMayPingAnyMentionedUser() {
        ObjectNode message = message();
        ((ObjectNode) message.path("allowed_mentions")).putArray("parse").add("users");

        assertThat(reply(message)).singleElement(STRING).startsWith("allowed_mentions.parse contains users");
    }

    @Test
    void acceptsAUserPingedByExplicitId() {
        ObjectNode message = message();
        ((ObjectNode) message.path("allowed_mentions")).putArray("users").add("1234");

        assertThat(reply(message)).isEmpty();
    }

    // ---- modals and autocomplete -----------------------------------------------------------------------------

    @Test
    void reportsAModalTitleLongerThan45Characters() {
        ObjectNode modal = modal();
        ((ObjectNode) modal.path("data")).put("title", text(46));

        assertThat(check("POST", CALLBACK, modal))
                .singleElement(STRING)
                .isEqualTo("modal title has 46 characters; Discord allows 1 to 45");
    }

    @Test
    void reportsAModalWithMoreThan5Inputs() {
        ObjectNode modal = modal();
        ArrayNode components = (ArrayNode) modal.path("data").path("components");
        for (int i = 0; i < 5; i++) {
            components.add(components.path(0).deepCopy());
        }

        assertThat(check("POST", CALLBACK, modal))
                .singleElement(STRING)
                .isEqualTo("modal has 6 components; Discord wants 1 to 5");
    }

    @Test
    void reportsATextInputLongerThan4000Characters() {
        ObjectNode modal = modal();
        ((ObjectNode) modal.path("data").path("components").path(0).path("component")).put("max_length", 4001);

        assertThat(check("POST", CALLBACK, modal))
                .singleElement(STRING)
                .isEqualTo("text input goal has max_length 4001; Discord allows 4000");
    }

    @Test
    void reportsMoreThan25AutocompleteChoices() {
        assertThat(check("POST", CALLBACK, autocomplete(26)))
                .singleElement(STRING)
                .isEqualTo("autocomplete answers 26 choices; Discord allows 25");
    }

    // ---- forum posts -----------------------------------------------------------------------------------------

    private static ObjectNode forumPost(String name, int tags) {
        ObjectNode post = Json.object().put("name", name);
        ArrayNode applied = post.putArray("applied_tags");
        for (int i = 0; i < tags; i++) {
            applied.add("10" + i);
        }
        post.set("message", message());
        return post;
    }

    @Test
    void acceptsAForumPostWithinTheLimits() {
        assertThat(check("POST", "channels/9/threads", forumPost("tizv-glasses — Pilot Smart Glasses", 5)))
                .isEmpty();
    }

    @Test
    void reportsAForumPostNameOver100CharactersAndMoreThanFiveTags() {
        assertThat(check("POST", "channels/9/threads", forumPost(text(101), 6)))
                .containsExactlyInAnyOrder(
                        "forum post name has 101 characters; Discord allows 1 to 100",
                        "a forum post with 6 tags; Discord allows 5");
        assertThat(check("POST", "channels/9/threads", forumPost("", 0)))
                .containsExactly("forum post name has 0 characters; Discord allows 1 to 100");
    }

    @Test
    void reportsMoreThan20ForumTagsOrATagNameOver20Characters() {
        ObjectNode forum = Json.object();
        ArrayNode tags = forum.putArray("available_tags");
        for (int i = 0; i < 21; i++) {
            tags.addObject().put("name", i == 0 ? text(21) : "tag " + i);
        }

        assertThat(check("PATCH", "channels/9", forum))
                .containsExactlyInAnyOrder(
                        "21 forum tags; Discord allows 20", "forum tag name has 21 characters; Discord allows 1 to 20");
    }

    @Test
    void checksMessagesTheBotPostsInChannels() {
        ObjectNode message = message();
        message.remove("allowed_mentions");

        assertThat(check("POST", "channels/9/messages", message))
                .containsExactly("no allowed_mentions: Discord then pings whatever the text mentions");
    }
}
