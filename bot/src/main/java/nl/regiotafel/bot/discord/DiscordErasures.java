package nl.regiotafel.bot.discord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.privacy.PersonErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * After an erasure, edits the reminders, escalations and digests the bot posted in the network's channels that
 * addressed the person (the ledger's recipients name the messages): their mention becomes the pseudonym. These
 * messages are kept only by Discord, so they cannot be rendered again from the store; their text is edited instead.
 * The ledger does not keep a message's channel, so each is looked for in the channels the bot posts such messages in.
 * Direct messages to the person are left: they are in the person's own conversation with the bot.
 */
final class DiscordErasures {

    private static final Logger log = LoggerFactory.getLogger(DiscordErasures.class);

    private final Supplier<JDA> jda;
    private final NetworkStore networks;
    private final ExecutorService worker;

    DiscordErasures(Supplier<JDA> jda, NetworkStore networks, ExecutorService worker) {
        this.jda = jda;
        this.networks = networks;
        this.worker = worker;
    }

    /** After the reply: looking messages up and editing them takes a Discord round trip each. */
    @EventListener
    public void erased(PersonErased event) {
        if (!event.sentMessageIds().isEmpty()) {
            worker.execute(() -> edit(event));
        }
    }

    void edit(PersonErased event) {
        JDA client = jda.get();
        Guild guild = client == null || client.getStatus() != JDA.Status.CONNECTED
                ? null
                : client.getGuildById(event.networkId());
        if (guild == null) {
            log.warn(
                    "{} sent messages in network {} not edited after an erasure: Discord is not connected",
                    event.sentMessageIds().size(),
                    event.networkId());
            return;
        }
        List<TextChannel> channels =
                channels(guild, networks.get(event.networkId()).channels());
        int edited = 0;
        for (String messageId : event.sentMessageIds()) {
            Message message = find(channels, messageId);
            if (message == null
                    || !message.getAuthor().getId().equals(client.getSelfUser().getId())) {
                continue;
            }
            try {
                message.editMessage(new MessageEditBuilder()
                                .setContent(replace(message.getContentRaw(), event))
                                .setEmbeds(message.getEmbeds().stream()
                                        .map(e -> replace(e, event))
                                        .toList())
                                .setAllowedMentions(java.util.EnumSet.noneOf(Message.MentionType.class))
                                .build())
                        .complete();
                edited++;
            } catch (RuntimeException e) {
                log.warn("Message {} in network {} not edited after an erasure: {}", messageId, event.networkId(), e);
            }
        }
        log.info(
                "Edited {} of {} sent messages in network {} after an erasure",
                edited,
                event.sentMessageIds().size(),
                event.networkId());
    }

    /** The channels reminders, escalations and digests go to, as the chat gateway chooses them, then the others. */
    private static List<TextChannel> channels(Guild guild, Channels configured) {
        Set<TextChannel> channels = new LinkedHashSet<>();
        for (String id : new String[] {configured.reminders(), configured.managers(), configured.digest()}) {
            TextChannel channel = id == null ? null : guild.getTextChannelById(id);
            if (channel != null) {
                channels.add(channel);
            }
        }
        if (guild.getSystemChannel() != null) {
            channels.add(guild.getSystemChannel());
        }
        guild.getTextChannels().stream().filter(TextChannel::canTalk).forEach(channels::add);
        return new ArrayList<>(channels);
    }

    private static Message find(List<TextChannel> channels, String messageId) {
        for (TextChannel channel : channels) {
            try {
                return channel.retrieveMessageById(messageId).complete();
            } catch (ErrorResponseException e) {
                // Not in this channel (10008), or the bot may no longer read it: try the next
            }
        }
        return null;
    }

    private static MessageEmbed replace(MessageEmbed embed, PersonErased event) {
        EmbedBuilder builder = new EmbedBuilder(embed);
        if (embed.getTitle() != null) {
            builder.setTitle(replace(embed.getTitle(), event), embed.getUrl());
        }
        builder.setDescription(embed.getDescription() == null ? null : replace(embed.getDescription(), event));
        builder.clearFields();
        for (MessageEmbed.Field field : embed.getFields()) {
            builder.addField(replace(field.getName(), event), replace(field.getValue(), event), field.isInline());
        }
        if (embed.getFooter() != null) {
            builder.setFooter(
                    replace(embed.getFooter().getText(), event),
                    embed.getFooter().getIconUrl());
        }
        return builder.build();
    }

    /** Their mention, in both of Discord's forms, becomes the pseudonym. */
    private static String replace(String text, PersonErased event) {
        if (text == null) {
            return null;
        }
        return text.replace("<@" + event.userId() + ">", event.pseudonym())
                .replace("<@!" + event.userId() + ">", event.pseudonym());
    }
}
