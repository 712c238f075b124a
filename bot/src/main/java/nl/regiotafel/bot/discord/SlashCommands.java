package nl.regiotafel.bot.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import nl.regiotafel.commands.api.Choice;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;

/**
 * Turns our platform-neutral {@link CommandSpec}s into Discord slash-command data: English as Discord's default
 * text, Dutch as the {@code nl} localisation.
 */
final class SlashCommands {

    /** Discord's longest command, option and choice description. */
    static final int MAX_DESCRIPTION = 100;

    private static final Messages ENGLISH = Messages.of(Messages.ENGLISH);
    private static final Messages DUTCH = Messages.of(Messages.DUTCH);

    private SlashCommands() {}

    static List<SlashCommandData> toData(List<CommandSpec> specs) {
        return specs.stream()
                .filter(s -> !s.consoleOnly())
                .map(SlashCommands::toData)
                .toList();
    }

    static SlashCommandData toData(CommandSpec spec) {
        SlashCommandData data = Commands.slash(spec.name(), text(ENGLISH, spec.descriptionKey()))
                .setDescriptionLocalization(DiscordLocale.DUTCH, text(DUTCH, spec.descriptionKey()))
                .setContexts(InteractionContextType.GUILD);
        if (spec.configuration()) {
            data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        }
        spec.options().forEach(o -> data.addOptions(option(o)));
        Map<String, SubcommandGroupData> groups = new LinkedHashMap<>();
        for (SubcommandSpec sub : spec.subcommands()) {
            SubcommandData subData = new SubcommandData(sub.leaf(), text(ENGLISH, sub.descriptionKey()))
                    .setDescriptionLocalization(DiscordLocale.DUTCH, text(DUTCH, sub.descriptionKey()));
            sub.options().forEach(o -> subData.addOptions(option(o)));
            if (sub.group() == null) {
                data.addSubcommands(subData);
            } else {
                groups.computeIfAbsent(sub.group(), group -> {
                            String key = spec.descriptionKey() + "." + group;
                            SubcommandGroupData groupData = new SubcommandGroupData(group, text(ENGLISH, key))
                                    .setDescriptionLocalization(DiscordLocale.DUTCH, text(DUTCH, key));
                            data.addSubcommandGroups(groupData);
                            return groupData;
                        })
                        .addSubcommands(subData);
            }
        }
        return data;
    }

    /**
     * What Discord counts against its 8,000-character limit per command: every name, description and choice value,
     * with their localisations, over the command, its subcommands and options.
     */
    static int characterCount(SlashCommandData command) {
        return count(command.toData());
    }

    private static int count(Object node) {
        int total = 0;
        if (node instanceof net.dv8tion.jda.api.utils.data.DataObject object) {
            for (String key : object.keys()) {
                Object value = object.toMap().get(key);
                switch (key) {
                    case "name", "description", "value" ->
                        total += String.valueOf(value).length();
                    case "name_localizations", "description_localizations" -> {
                        if (value instanceof java.util.Map<?, ?> map) {
                            total += map.values().stream()
                                    .mapToInt(v -> String.valueOf(v).length())
                                    .sum();
                        }
                    }
                    case "options", "choices" -> total += count(object.getArray(key));
                    default -> {}
                }
            }
        } else if (node instanceof net.dv8tion.jda.api.utils.data.DataArray array) {
            for (int i = 0; i < array.length(); i++) {
                total += count(array.getObject(i));
            }
        }
        return total;
    }

    private static OptionData option(OptionSpec spec) {
        OptionData data = new OptionData(
                        type(spec),
                        spec.name(),
                        text(ENGLISH, spec.descriptionKey()),
                        spec.required(),
                        spec.autocomplete())
                .setDescriptionLocalization(DiscordLocale.DUTCH, text(DUTCH, spec.descriptionKey()));
        if (spec.maxLength() > 0 && spec.type() == nl.regiotafel.commands.api.OptionType.STRING) {
            data.setMaxLength(spec.maxLength());
        }
        for (Choice choice : spec.choices()) {
            data.addChoices(new Command.Choice(text(ENGLISH, choice.labelKey()), choice.value())
                    .setNameLocalization(DiscordLocale.DUTCH, text(DUTCH, choice.labelKey())));
        }
        return data;
    }

    private static OptionType type(OptionSpec spec) {
        return switch (spec.type()) {
            case STRING -> OptionType.STRING;
            case INTEGER -> OptionType.INTEGER;
            case NUMBER -> OptionType.NUMBER;
            case BOOLEAN -> OptionType.BOOLEAN;
            case USER -> OptionType.USER;
            case ROLE -> OptionType.ROLE;
            case CHANNEL -> OptionType.CHANNEL;
            case ATTACHMENT -> OptionType.ATTACHMENT;
        };
    }

    private static String text(Messages messages, String key) {
        return Texts.limit(messages.get(key), MAX_DESCRIPTION);
    }
}
