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
import nl.regiotafel.commands.api.CommandNames;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;

/**
 * Turns our platform-neutral {@link CommandSpec}s into Discord slash-command data: Dutch names and descriptions as
 * Discord's default (what interactions arrive with and command mentions show), English as the {@code en-US} and
 * {@code en-GB} localisations. Names come from the naming table ({@link CommandNames}); {@link #internal} maps a
 * received interaction back to the commands' internal names.
 */
final class SlashCommands {

    /** Discord's longest command, option and choice description. */
    static final int MAX_DESCRIPTION = 100;

    /** The client languages that get the English names and texts. */
    static final List<DiscordLocale> ENGLISH_LOCALES = List.of(DiscordLocale.ENGLISH_US, DiscordLocale.ENGLISH_UK);

    private static final Messages ENGLISH = Messages.of(Messages.ENGLISH);
    private static final Messages DUTCH = Messages.of(Messages.DUTCH);

    private SlashCommands() {}

    static List<SlashCommandData> toData(List<CommandSpec> specs) {
        return toData(specs, CommandNames.standard());
    }

    static List<SlashCommandData> toData(List<CommandSpec> specs, CommandNames names) {
        return specs.stream()
                .filter(s -> !s.consoleOnly())
                .map(s -> toData(s, names))
                .toList();
    }

    static SlashCommandData toData(CommandSpec spec, CommandNames names) {
        CommandNames.Names name = names.command(spec);
        SlashCommandData data = Commands.slash(name.dutch(), text(DUTCH, spec.descriptionKey()))
                .setContexts(InteractionContextType.GUILD);
        for (DiscordLocale locale : ENGLISH_LOCALES) {
            data.setNameLocalization(locale, name.english())
                    .setDescriptionLocalization(locale, text(ENGLISH, spec.descriptionKey()));
        }
        if (spec.configuration()) {
            data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        }
        spec.options().forEach(o -> data.addOptions(option(spec, o, names)));
        Map<String, SubcommandGroupData> groups = new LinkedHashMap<>();
        for (SubcommandSpec sub : spec.subcommands()) {
            CommandNames.Names leaf = names.leaf(spec, sub);
            SubcommandData subData = new SubcommandData(leaf.dutch(), text(DUTCH, sub.descriptionKey()));
            for (DiscordLocale locale : ENGLISH_LOCALES) {
                subData.setNameLocalization(locale, leaf.english())
                        .setDescriptionLocalization(locale, text(ENGLISH, sub.descriptionKey()));
            }
            sub.options().forEach(o -> subData.addOptions(option(spec, o, names)));
            if (sub.group() == null) {
                data.addSubcommands(subData);
            } else {
                groups.computeIfAbsent(sub.group(), group -> {
                            String key = spec.descriptionKey() + "." + group;
                            CommandNames.Names groupName = names.group(spec, group);
                            SubcommandGroupData groupData =
                                    new SubcommandGroupData(groupName.dutch(), text(DUTCH, key));
                            for (DiscordLocale locale : ENGLISH_LOCALES) {
                                groupData
                                        .setNameLocalization(locale, groupName.english())
                                        .setDescriptionLocalization(locale, text(ENGLISH, key));
                            }
                            data.addSubcommandGroups(groupData);
                            return groupData;
                        })
                        .addSubcommands(subData);
            }
        }
        return data;
    }

    /**
     * The internal command, subcommand and option names of an interaction, which Discord always sends with the
     * default (Dutch) names whatever the user's language. Names that match nothing are passed on as received, so the
     * registry answers with its usual error.
     *
     * @param subcommandWords the group and subcommand as received, without nulls (empty for a plain command)
     */
    static Internal internal(
            CommandRegistry registry, String command, List<String> subcommandWords, Map<String, Object> options) {
        CommandNames names = registry.names();
        return registry.findNamed(command)
                .map(c -> {
                    CommandSpec spec = c.spec();
                    String sub = subcommandWords.isEmpty()
                            ? null
                            : names.findSubcommand(spec, subcommandWords).orElse(String.join(" ", subcommandWords));
                    return new Internal(spec.name(), sub, names.internalOptions(spec, sub, options));
                })
                .orElseGet(() -> new Internal(
                        command, subcommandWords.isEmpty() ? null : String.join(" ", subcommandWords), options));
    }

    /** The internal name of one option of an interaction (the focused one of an autocomplete). */
    static String internalOption(
            CommandRegistry registry, String command, List<String> subcommandWords, String option) {
        return internal(registry, command, subcommandWords, Map.of(option, ""))
                .options()
                .keySet()
                .iterator()
                .next();
    }

    /**
     * An interaction in the commands' own names.
     *
     * @param command internal command name
     * @param subcommand internal subcommand ({@code group leaf} in a group), or null
     * @param options option values by internal name
     */
    record Internal(String command, String subcommand, Map<String, Object> options) {}

    /**
     * What Discord counts against its 8,000-character limit per command: every name, description and choice value,
     * each field counted at its longest localisation, over the command, its subcommands and options.
     */
    static int characterCount(SlashCommandData command) {
        return count(command.toData());
    }

    private static int count(Object node) {
        int total = 0;
        if (node instanceof net.dv8tion.jda.api.utils.data.DataObject object) {
            java.util.Map<String, Object> map = object.toMap();
            for (String field : List.of("name", "description")) {
                if (object.hasKey(field)) {
                    total += longest(map.get(field), map.get(field + "_localizations"));
                }
            }
            if (object.hasKey("value")) {
                total += String.valueOf(map.get("value")).length();
            }
            for (String children : List.of("options", "choices")) {
                if (object.hasKey(children)) {
                    total += count(object.getArray(children));
                }
            }
        } else if (node instanceof net.dv8tion.jda.api.utils.data.DataArray array) {
            for (int i = 0; i < array.length(); i++) {
                total += count(array.getObject(i));
            }
        }
        return total;
    }

    private static int longest(Object value, Object localisations) {
        int longest = String.valueOf(value).length();
        if (localisations instanceof java.util.Map<?, ?> map) {
            for (Object localised : map.values()) {
                longest = Math.max(longest, String.valueOf(localised).length());
            }
        }
        return longest;
    }

    private static OptionData option(CommandSpec command, OptionSpec spec, CommandNames names) {
        CommandNames.Names name = names.option(command, spec.name());
        OptionData data = new OptionData(
                type(spec), name.dutch(), text(DUTCH, spec.descriptionKey()), spec.required(), spec.autocomplete());
        for (DiscordLocale locale : ENGLISH_LOCALES) {
            data.setNameLocalization(locale, name.english())
                    .setDescriptionLocalization(locale, text(ENGLISH, spec.descriptionKey()));
        }
        if (spec.maxLength() > 0 && spec.type() == nl.regiotafel.commands.api.OptionType.STRING) {
            data.setMaxLength(spec.maxLength());
        }
        for (Choice choice : spec.choices()) {
            Command.Choice discordChoice = new Command.Choice(text(DUTCH, choice.labelKey()), choice.value());
            for (DiscordLocale locale : ENGLISH_LOCALES) {
                discordChoice.setNameLocalization(locale, text(ENGLISH, choice.labelKey()));
            }
            data.addChoices(discordChoice);
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
