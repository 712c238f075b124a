package nl.regiotafel.bot.discord;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;

/** Maps Discord interactions to platform-neutral {@link CommandRequest}s. */
final class DiscordRequests {

    private DiscordRequests() {}

    /**
     * A request for {@code command subcommand} with the given options, from whoever sent the interaction.
     *
     * @param settings the guild's network settings (role mapping and language)
     */
    static CommandRequest request(
            Interaction interaction,
            NetworkSettings settings,
            String command,
            String subcommand,
            Map<String, Object> options) {
        Member member = interaction.getMember();
        User user = interaction.getUser();
        List<String> roleIds = member == null
                ? List.of()
                : member.getRoles().stream().map(ISnowflake::getId).toList();
        boolean platformAdmin = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        // Display names are Discord's, unchecked by TextInput: markup's delimiters in one are taken out here
        Invoker invoker = new Invoker(
                user.getId(),
                Markup.clean(member == null ? user.getName() : member.getEffectiveName()),
                Access.rolesOf(settings, roleIds, platformAdmin));
        Locale userLocale = Locale.forLanguageTag(interaction.getUserLocale().getLocale());
        return new CommandRequest(
                settings.networkId(),
                interaction.getChannelId() == null ? "" : interaction.getChannelId(),
                invoker,
                Messages.choose(userLocale, settings.locale()),
                command,
                subcommand,
                options,
                interaction.getId());
    }

    /** Typed option values of a slash command or autocomplete interaction. */
    static Map<String, Object> options(List<OptionMapping> mappings) {
        Map<String, Object> options = new HashMap<>();
        for (OptionMapping mapping : mappings) {
            options.put(mapping.getName(), value(mapping));
        }
        return options;
    }

    private static Object value(OptionMapping mapping) {
        return switch (mapping.getType()) {
            case INTEGER -> mapping.getAsLong();
            case NUMBER -> mapping.getAsDouble();
            case BOOLEAN -> mapping.getAsBoolean();
            case USER -> {
                Member member = mapping.getAsMember();
                User user = mapping.getAsUser();
                yield new UserRef(
                        user.getId(), Markup.clean(member == null ? user.getName() : member.getEffectiveName()));
            }
            case ROLE -> mapping.getAsRole().getId();
            case CHANNEL -> mapping.getAsChannel().getId();
            case ATTACHMENT -> attachment(mapping.getAsAttachment());
            default -> mapping.getAsString();
        };
    }

    private static AttachmentInput attachment(Message.Attachment attachment) {
        return new AttachmentInput() {
            @Override
            public String fileName() {
                return attachment.getFileName();
            }

            @Override
            public long size() {
                return attachment.getSize();
            }

            @Override
            public byte[] read() throws IOException {
                try (var in = attachment.getProxy().download().get(30, TimeUnit.SECONDS)) {
                    return in.readAllBytes();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while downloading " + attachment.getFileName(), e);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IOException("Cannot download " + attachment.getFileName(), e);
                }
            }
        };
    }
}
