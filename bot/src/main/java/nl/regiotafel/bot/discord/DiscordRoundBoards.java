package nl.regiotafel.bot.discord;

import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.board.RoundBoard;
import nl.regiotafel.commands.board.RoundBoardGateway;
import nl.regiotafel.commands.board.RoundBoardText;
import nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live round board in Discord: one message per round in the network's updates channel (else its reminders
 * channel, else the server's system channel), in the network's language, edited in place as leaders report. The
 * deadline is a Discord timestamp, which every reader sees in their own time zone and language. The board mentions
 * nobody: it changes often, and an edit must not notify.
 */
final class DiscordRoundBoards implements RoundBoardGateway {

    private static final Logger log = LoggerFactory.getLogger(DiscordRoundBoards.class);

    private final Supplier<JDA> jda;
    private final NetworkStore networks;

    DiscordRoundBoards(Supplier<JDA> jda, NetworkStore networks) {
        this.jda = jda;
        this.networks = networks;
    }

    @Override
    public String post(RoundBoard board) {
        TextChannel channel = channel(board.networkId());
        try {
            return channel.sendMessage(data(board)).complete().getId();
        } catch (ErrorResponseException e) {
            throw new ChatUnavailableException("Discord refused the round board: " + e.getErrorResponse(), e);
        } catch (RuntimeException e) {
            throw new ChatUnavailableException("Discord unreachable: " + e.getMessage(), e);
        }
    }

    @Override
    public String update(String messageId, RoundBoard board) {
        TextChannel channel = channel(board.networkId());
        try {
            channel.editMessageById(messageId, MessageEditData.fromCreateData(data(board)))
                    .complete();
            return messageId;
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                // Someone deleted the board: the round still needs one
                log.info("Round board {} of network {} is gone; posting a new one", messageId, board.networkId());
                return post(board);
            }
            throw new ChatUnavailableException("Discord refused the round board edit: " + e.getErrorResponse(), e);
        } catch (RuntimeException e) {
            throw new ChatUnavailableException("Discord unreachable: " + e.getMessage(), e);
        }
    }

    static MessageCreateData data(RoundBoard board, Messages m) {
        var page = RoundBoardText.page(board, m);
        Tone tone = board.missing().isEmpty() ? Tone.SUCCESS : Tone.NEUTRAL;
        CommandResponse response = new CommandResponse(
                java.util.List.of(page),
                java.util.List.of(),
                CommandResponse.Visibility.PUBLIC,
                tone,
                null,
                null,
                null);
        return DiscordRenderer.render(response, 0, null, m);
    }

    private MessageCreateData data(RoundBoard board) {
        NetworkSettings settings = networks.get(board.networkId());
        return data(board, Messages.of(settings.locale()));
    }

    private TextChannel channel(String networkId) {
        JDA client = jda.get();
        if (client == null || client.getStatus() != JDA.Status.CONNECTED) {
            throw new ChatUnavailableException("Discord is not connected", null);
        }
        Guild guild = client.getGuildById(networkId);
        if (guild == null) {
            throw new ChatUnavailableException("Guild " + networkId + " not available", null);
        }
        Channels channels = networks.get(networkId).channels();
        for (String configured : new String[] {channels.updates(), channels.reminders()}) {
            if (configured != null) {
                TextChannel chosen = guild.getTextChannelById(configured);
                if (chosen != null) {
                    return chosen;
                }
            }
        }
        TextChannel channel = guild.getSystemChannel();
        if (channel == null) {
            channel = guild.getTextChannels().stream()
                    .filter(TextChannel::canTalk)
                    .findFirst()
                    .orElseThrow(() -> new ChatUnavailableException("No channel for the round board", null));
        }
        return channel;
    }
}
