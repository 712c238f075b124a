package nl.regiotafel.bot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.chat.OutboundMessage;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts reminders in Discord: to the network's channel, mentioning exactly the users and roles the message addresses
 * (nobody else can be pinged), with buttons that run commands; as direct messages to users who opted in, falling back
 * to the channel when Discord refuses a DM. A refusal is reported in the {@link ChatGateway.Delivery}; whoever sends
 * (the reminder dispatcher) records it, this gateway writes no settings.
 */
final class DiscordChatGateway implements ChatGateway {

    private static final Logger log = LoggerFactory.getLogger(DiscordChatGateway.class);

    /** Prefix of buttons that run a command: {@code cmd:<command>:<subcommand>:<k=v&…>}. */
    static final String COMMAND_PREFIX = "cmd:";

    private final Supplier<JDA> jda;
    private final NetworkStore networks;

    DiscordChatGateway(Supplier<JDA> jda, NetworkStore networks) {
        this.jda = jda;
        this.networks = networks;
    }

    @Override
    public Delivery send(OutboundMessage message) {
        return send(message, false);
    }

    @Override
    public Delivery sendRemaining(OutboundMessage message) {
        return send(message, true);
    }

    /**
     * Whether Discord refused a direct message because of the user, not of the moment: they do not accept DMs from
     * the server's members (50007), or the user no longer exists. Trying again later would fail the same way.
     */
    static boolean refusedByUser(ErrorResponse error) {
        return error == ErrorResponse.CANNOT_SEND_TO_USER || error == ErrorResponse.UNKNOWN_USER;
    }

    /** With {@code recovered}, a direct message found in that user's DM history is not sent again. */
    private Delivery send(OutboundMessage message, boolean recovered) {
        JDA client = jda.get();
        if (client == null || client.getStatus() != JDA.Status.CONNECTED) {
            throw new ChatUnavailableException("Discord is not connected", null);
        }
        Messages m = Messages.of(networks.get(message.networkId()).locale());
        Set<String> channelUsers = new HashSet<>(message.mentionUserIds());
        Set<String> refused = new HashSet<>();
        String firstId = null;
        String marker = reference(message.deduplicationKey());
        for (String userId : message.directTo()) {
            if (recovered) {
                java.util.Optional<String> earlier = directMessage(client, userId, marker);
                if (earlier.isPresent()) {
                    channelUsers.remove(userId);
                    firstId = firstId == null ? earlier.get() : firstId;
                    continue;
                }
            }
            try {
                Message sent = client.retrieveUserById(userId)
                        .flatMap(user -> user.openPrivateChannel())
                        .flatMap(channel -> channel.sendMessage(data(message, m, Set.of(userId), Set.of())))
                        .complete();
                channelUsers.remove(userId);
                firstId = firstId == null ? sent.getId() : firstId;
            } catch (ErrorResponseException e) {
                // Addressed in the channel this time; a refusal by the user is reported, so no DM is tried again
                log.info("DM to {} failed ({}); falling back to the channel", userId, e.getErrorResponse());
                if (refusedByUser(e.getErrorResponse())) {
                    refused.add(userId);
                }
            } catch (RuntimeException e) {
                throw new ChatUnavailableException("Discord unreachable: " + e.getMessage(), e);
            }
        }
        if (channelUsers.isEmpty() && message.mentionRoleIds().isEmpty() && firstId != null) {
            return new Delivery(firstId, refused);
        }
        TextChannel channel = channel(client, message);
        try {
            Message sent = channel.sendMessage(data(message, m, channelUsers, message.mentionRoleIds()))
                    .complete();
            return new Delivery(sent.getId(), refused);
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.MISSING_ACCESS
                    || e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS) {
                throw new ChatUnavailableException("No permission to post in " + channel.getId(), e);
            }
            throw new ChatUnavailableException("Discord refused: " + e.getErrorResponse(), e);
        } catch (RuntimeException e) {
            throw new ChatUnavailableException("Discord unreachable: " + e.getMessage(), e);
        }
    }

    /**
     * The network's channel for this purpose (escalations and digests fall back to the reminders channel), or the
     * server's system channel when none is configured.
     */
    private TextChannel channel(JDA client, OutboundMessage message) {
        Guild guild = client.getGuildById(message.networkId());
        if (guild == null) {
            throw new ChatUnavailableException("Guild " + message.networkId() + " not available", null);
        }
        nl.regiotafel.commands.network.Channels channels =
                networks.get(message.networkId()).channels();
        String configured =
                switch (message.purpose()) {
                    case REMINDERS -> channels.reminders();
                    case MANAGERS -> channels.managers() != null ? channels.managers() : channels.reminders();
                    case DIGEST -> channels.digest() != null ? channels.digest() : channels.reminders();
                };
        if (configured != null) {
            TextChannel chosen = guild.getTextChannelById(configured);
            if (chosen != null) {
                return chosen;
            }
            log.warn(
                    "Configured channel {} of network {} not found; using the system channel",
                    configured,
                    message.networkId());
        }
        TextChannel channel = guild.getSystemChannel();
        if (channel == null) {
            channel = guild.getTextChannels().stream()
                    .filter(TextChannel::canTalk)
                    .findFirst()
                    .orElse(null);
        }
        if (channel == null) {
            throw new ChatUnavailableException("No channel to post in for guild " + message.networkId(), null);
        }
        return channel;
    }

    static MessageCreateData data(OutboundMessage message, Messages m, Set<String> addressed, Set<String> roles) {
        // A leader kept as a plain name (not linked yet) cannot be pinged: the embed names them, Discord would refuse
        // a non-id in allowed_mentions
        Set<String> users = addressed.stream()
                .filter(u -> u.chars().allMatch(Character::isDigit) && !u.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
        StringBuilder mentions = new StringBuilder();
        users.forEach(u -> mentions.append("<@").append(u).append("> "));
        roles.forEach(r -> mentions.append("<@&").append(r).append("> "));
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setContent(Texts.limit(mentions.toString().strip(), 2000))
                // Only the people and roles this message addresses may be notified; never @everyone
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionUsers(users)
                .mentionRoles(roles)
                .setEmbeds(DiscordRenderer.render(
                                nl.regiotafel.commands.api.CommandResponse.builder()
                                        .page(new nl.regiotafel.commands.api.Page(
                                                message.page().title(),
                                                message.page().text(),
                                                message.page().fields(),
                                                reference(message.deduplicationKey())))
                                        .build(),
                                0,
                                null,
                                m)
                        .getEmbeds());
        List<Button> buttons = new ArrayList<>();
        for (Action action : message.actions()) {
            String id = customId(action);
            if (id.length() <= 100) {
                buttons.add(Button.secondary(id, Texts.limit(m.get(action.labelKey()), 80)));
            }
        }
        if (!buttons.isEmpty()) {
            builder.setComponents(ActionRow.of(buttons));
        }
        return builder.build();
    }

    /** {@code cmd:milestone:done:project=tizv-glasses&milestone=3} — survives restarts, fits in 100 characters. */
    static String customId(Action action) {
        StringBuilder id = new StringBuilder(COMMAND_PREFIX)
                .append(action.command())
                .append(':')
                .append(action.subcommand() == null ? "" : action.subcommand())
                .append(':');
        action.options().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e ->
                        id.append(e.getKey()).append('=').append(e.getValue()).append('&'));
        return id.substring(0, id.length() - (action.options().isEmpty() ? 0 : 1));
    }

    /**
     * After a crash between sending and recording, looks for the message among the channel's latest 50 by its
     * reference in the footer, and, for a message that goes only by direct message, among each addressee's DMs. The
     * bot may read its own messages without the privileged Message Content intent.
     */
    @Override
    public java.util.Optional<String> findSent(OutboundMessage message) {
        JDA client = jda.get();
        if (client == null || client.getStatus() != JDA.Status.CONNECTED) {
            throw new ChatUnavailableException("Discord is not connected", null);
        }
        String marker = reference(message.deduplicationKey());
        java.util.Optional<String> inChannel;
        try {
            inChannel = ours(
                    client,
                    channel(client, message).getHistory().retrievePast(50).complete(),
                    marker);
        } catch (RuntimeException e) {
            throw new ChatUnavailableException("Cannot read channel history: " + e.getMessage(), e);
        }
        // The channel post is the last part send() makes: found there, the whole message went out
        if (inChannel.isPresent() || message.directTo().isEmpty()) {
            return inChannel;
        }
        // Sent by direct message only: found when every addressee has it (a part is completed by sendRemaining)
        boolean channelPostToo =
                !message.mentionRoleIds().isEmpty() || !message.directTo().containsAll(message.mentionUserIds());
        if (channelPostToo) {
            return java.util.Optional.empty();
        }
        String first = null;
        for (String userId : message.directTo()) {
            java.util.Optional<String> found = directMessage(client, userId, marker);
            if (found.isEmpty()) {
                return java.util.Optional.empty();
            }
            first = first == null ? found.get() : first;
        }
        return java.util.Optional.ofNullable(first);
    }

    /** The bot's message with this reference among the latest 50 of its DM channel with {@code userId}. */
    private java.util.Optional<String> directMessage(JDA client, String userId, String marker) {
        try {
            List<Message> latest = client.retrieveUserById(userId)
                    .flatMap(user -> user.openPrivateChannel())
                    .flatMap(channel -> channel.getHistory().retrievePast(50))
                    .complete();
            return ours(client, latest, marker);
        } catch (ErrorResponseException e) {
            // No DM channel to read (the user blocks DMs, or left): nothing was delivered there
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            throw new ChatUnavailableException("Cannot read direct message history: " + e.getMessage(), e);
        }
    }

    /** The first of {@code messages} the bot wrote whose footer carries {@code marker}. */
    private static java.util.Optional<String> ours(JDA client, List<Message> messages, String marker) {
        String self = client.getSelfUser().getId();
        return messages.stream()
                .filter(msg -> msg.getAuthor().getId().equals(self))
                .filter(msg -> msg.getEmbeds().stream()
                        .anyMatch(e -> e.getFooter() != null
                                && e.getFooter().getText() != null
                                && e.getFooter().getText().contains(marker)))
                .map(Message::getId)
                .findFirst();
    }

    /** A short, stable reference of a ledger entry, shown in the footer so a message can be recognised later. */
    static String reference(String key) {
        return "ref " + Integer.toHexString(key.hashCode()) + Integer.toHexString(key.length());
    }
}
