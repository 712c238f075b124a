package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.commands.api.CommandCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every registered command, as Discord will receive it, obeys Discord's registration rules. */
@RegiotafelTest
final class SlashCommandsTest {

    @Autowired
    CommandCatalog catalog;

    @Test
    void everyCommandHasValidNamesDescriptionsAndDutchLocalisations() {
        List<SlashCommandData> commands = SlashCommands.toData(catalog.available());

        assertThat(commands).extracting(SlashCommandData::getName).contains("help", "project");
        for (SlashCommandData command : commands) {
            assertThat(command.getName()).matches("^[-_\\p{Ll}\\p{N}]{1,32}$");
            assertThat(command.getDescription()).hasSizeBetween(1, 100);
            assertThat(command.getDescriptionLocalizations().toMap()).containsKey(DiscordLocale.DUTCH);
            assertThat(SlashCommands.characterCount(command))
                    .as(command.getName())
                    .isLessThanOrEqualTo(8000);
            assertThat(command.getOptions()).hasSizeLessThanOrEqualTo(25);
            assertThat(command.getSubcommands().size()
                            + command.getSubcommandGroups().size())
                    .isLessThanOrEqualTo(25);
            List<SubcommandData> subs = new java.util.ArrayList<>(command.getSubcommands());
            for (SubcommandGroupData group : command.getSubcommandGroups()) {
                assertThat(group.getDescription()).hasSizeBetween(1, 100);
                assertThat(group.getDescriptionLocalizations().toMap()).containsKey(DiscordLocale.DUTCH);
                assertThat(group.getSubcommands()).hasSizeBetween(1, 25);
                subs.addAll(group.getSubcommands());
            }
            for (SubcommandData sub : subs) {
                assertThat(sub.getDescription()).hasSizeBetween(1, 100);
                assertThat(sub.getOptions()).hasSizeLessThanOrEqualTo(25);
                checkOptions(sub.getOptions());
            }
            checkOptions(command.getOptions());
        }
    }

    private static void checkOptions(List<OptionData> options) {
        boolean optionalSeen = false;
        for (OptionData option : options) {
            assertThat(option.getName()).matches("^[-_\\p{Ll}\\p{N}]{1,32}$");
            assertThat(option.getDescription()).hasSizeBetween(1, 100);
            assertThat(option.getDescriptionLocalizations().toMap().get(DiscordLocale.DUTCH))
                    .isNotBlank();
            assertThat(option.getChoices()).hasSizeLessThanOrEqualTo(25);
            assertThat(option.isRequired() && optionalSeen).as(option.getName()).isFalse();
            optionalSeen |= !option.isRequired();
        }
    }

    @Test
    void registersSetupWithSubcommandGroupsAndImportForServerManagersOnly() {
        List<SlashCommandData> commands = SlashCommands.toData(catalog.available());
        SlashCommandData setup = commands.stream()
                .filter(c -> c.getName().equals("setup"))
                .findFirst()
                .orElseThrow();
        SlashCommandData importCommand = commands.stream()
                .filter(c -> c.getName().equals("import"))
                .findFirst()
                .orElseThrow();

        assertThat(setup.getSubcommands())
                .extracting(SubcommandData::getName)
                .containsExactly("show", "demo", "delete", "network", "channels", "calendar");
        assertThat(setup.getSubcommandGroups())
                .extracting(SubcommandGroupData::getName)
                .containsExactly("regions", "themes", "pillars", "roles");
        assertThat(setup.getSubcommandGroups().get(0).getSubcommands())
                .extracting(SubcommandData::getName)
                .containsExactly("add", "remove");
        assertThat(setup.getDefaultPermissions().getPermissionsRaw())
                .isEqualTo(net.dv8tion.jda.api.Permission.MANAGE_SERVER.getRawValue());
        assertThat(importCommand.getOptions())
                .extracting(OptionData::getType)
                .containsExactly(
                        net.dv8tion.jda.api.interactions.commands.OptionType.ATTACHMENT,
                        net.dv8tion.jda.api.interactions.commands.OptionType.BOOLEAN);
    }
}
