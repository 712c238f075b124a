package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.discord.fake.DiscordRules;
import nl.regiotafel.bot.discord.fake.RecordedRequest;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every registered command, as Discord will receive it, obeys Discord's registration rules, with Dutch names and
 * texts as the default and English ones for en-US and en-GB.
 */
@RegiotafelTest
final class SlashCommandsTest {

    @Autowired
    CommandCatalog catalog;

    @Autowired
    CommandRegistry registry;

    /** The registration as Discord receives it, checked by the fake's rules. */
    private List<String> violations(List<SlashCommandData> commands) throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (SlashCommandData command : commands) {
            json.append(json.length() > 1 ? "," : "").append(command.toData().toString());
        }
        JsonNode registration = new ObjectMapper().readTree(json.append(']').toString());
        return DiscordRules.check(new RecordedRequest(
                "PUT", "applications/1/guilds/2/commands", "", Map.of(), registration, List.of(), 200, Instant.now()));
    }

    @Test
    void everyRegistrationObeysDiscordsRulesInEveryLocale() throws Exception {
        List<SlashCommandData> commands = SlashCommands.toData(catalog.available());

        assertThat(violations(commands)).isEmpty();
        for (SlashCommandData command : commands) {
            assertThat(SlashCommands.characterCount(command))
                    .as(command.getName())
                    .isLessThanOrEqualTo(8000);
        }
    }

    @Test
    void namesEveryCommandSubcommandOptionAndChoiceInDutchWithEnglishLocalisations() {
        List<SlashCommandData> commands = SlashCommands.toData(catalog.available());

        assertThat(commands)
                .extracting(SlashCommandData::getName)
                .contains("help", "project", "mijlpaal", "samenvatting", "rapportage", "geschiedenis", "instellen")
                .doesNotContain("milestone", "summary", "klok");
        for (SlashCommandData command : commands) {
            assertThat(command.getNameLocalizations().toMap())
                    .as(command.getName())
                    .containsOnlyKeys(DiscordLocale.ENGLISH_US, DiscordLocale.ENGLISH_UK);
            assertThat(command.getDescriptionLocalizations().toMap())
                    .containsOnlyKeys(DiscordLocale.ENGLISH_US, DiscordLocale.ENGLISH_UK);
            List<SubcommandData> subs = new java.util.ArrayList<>(command.getSubcommands());
            command.getSubcommandGroups().forEach(g -> subs.addAll(g.getSubcommands()));
            List<OptionData> options = new java.util.ArrayList<>(command.getOptions());
            for (SubcommandData sub : subs) {
                assertThat(sub.getNameLocalizations().toMap()).as(sub.getName()).hasSize(2);
                options.addAll(sub.getOptions());
            }
            for (OptionData option : options) {
                assertThat(option.getNameLocalizations().toMap())
                        .as(option.getName())
                        .hasSize(2);
                option.getChoices()
                        .forEach(c -> assertThat(c.getNameLocalizations().toMap())
                                .as(c.getName())
                                .hasSize(2));
            }
        }
        SlashCommandData milestone = commands.stream()
                .filter(c -> c.getName().equals("mijlpaal"))
                .findFirst()
                .orElseThrow();
        SubcommandData add = milestone.getSubcommands().stream()
                .filter(s -> s.getName().equals("toevoegen"))
                .findFirst()
                .orElseThrow();
        assertThat(milestone.getNameLocalizations().get(DiscordLocale.ENGLISH_US))
                .isEqualTo("milestone");
        assertThat(milestone.getDescription()).isEqualTo("Mijlpalen van projecten");
        assertThat(milestone.getDescriptionLocalizations().get(DiscordLocale.ENGLISH_UK))
                .isEqualTo(Messages.of(Messages.ENGLISH).get("cmd.milestone"));
        assertThat(add.getNameLocalizations().get(DiscordLocale.ENGLISH_UK)).isEqualTo("add");
        assertThat(add.getOptions()).extracting(OptionData::getName).contains("project", "titel", "datum");
        OptionData due = add.getOptions().stream()
                .filter(o -> o.getName().equals("datum"))
                .findFirst()
                .orElseThrow();
        assertThat(due.getNameLocalizations().get(DiscordLocale.ENGLISH_US)).isEqualTo("due");
    }

    @Test
    void mapsAnInteractionWithDutchNamesBackToTheInternalOnes() {
        SlashCommands.Internal grouped = SlashCommands.internal(
                registry, "instellen", List.of("regio", "toevoegen"), Map.of("regio", "Zeeland"));
        SlashCommands.Internal milestone = SlashCommands.internal(
                registry, "mijlpaal", List.of("toevoegen"), Map.of("datum", "Q4 2021", "titel", "Evaluatie"));
        SlashCommands.Internal unknown = SlashCommands.internal(registry, "onbekend", List.of(), Map.of("x", 1));

        assertThat(grouped.command()).isEqualTo("setup");
        assertThat(grouped.subcommand()).isEqualTo("regions add");
        assertThat(grouped.options()).containsOnlyKeys("region");
        assertThat(milestone.command()).isEqualTo("milestone");
        assertThat(milestone.subcommand()).isEqualTo("add");
        assertThat(milestone.options()).containsOnlyKeys("due", "title");
        assertThat(unknown.command()).isEqualTo("onbekend");
        assertThat(unknown.options()).containsOnlyKeys("x");
    }

    @Test
    void registersSetupWithSubcommandGroupsAndImportForServerManagersOnly() {
        List<SlashCommandData> commands = SlashCommands.toData(catalog.available());
        SlashCommandData setup = commands.stream()
                .filter(c -> c.getName().equals("instellen"))
                .findFirst()
                .orElseThrow();
        SlashCommandData importCommand = commands.stream()
                .filter(c -> c.getName().equals("importeren"))
                .findFirst()
                .orElseThrow();

        assertThat(setup.getSubcommands())
                .extracting(SubcommandData::getName)
                .containsExactly(
                        "tonen", "demo", "verwijderen", "koppelen", "ongekoppeld", "netwerk", "kanalen", "kalender");
        assertThat(setup.getSubcommandGroups())
                .extracting(SubcommandGroupData::getName)
                .containsExactly("regio", "thema", "pijler", "rol");
        assertThat(setup.getSubcommandGroups().get(0).getNameLocalizations().get(DiscordLocale.ENGLISH_US))
                .isEqualTo("regions");
        assertThat(setup.getSubcommandGroups().get(0).getSubcommands())
                .extracting(SubcommandData::getName)
                .containsExactly("toevoegen", "verwijderen");
        assertThat(setup.getDefaultPermissions().getPermissionsRaw())
                .isEqualTo(net.dv8tion.jda.api.Permission.MANAGE_SERVER.getRawValue());
        assertThat(importCommand.getOptions())
                .extracting(OptionData::getType)
                .containsExactly(
                        net.dv8tion.jda.api.interactions.commands.OptionType.ATTACHMENT,
                        net.dv8tion.jda.api.interactions.commands.OptionType.BOOLEAN);
    }
}
