package nl.regiotafel.bot.discord;

import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.forums.ForumPost;
import net.dv8tion.jda.api.entities.channel.forums.ForumTag;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException;
import nl.regiotafel.commands.forum.ForumTags;
import nl.regiotafel.commands.forum.ProjectForum;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkStore;

/**
 * A project's forum post in Discord: created with its tags and the card as first message; edits reopen an archived
 * post first (Discord refuses edits in an archived thread with 50083); closing archives and locks it.
 */
final class DiscordProjectForum implements ProjectForum {

    /** How many archived posts of a forum to look through for one; beyond that the post counts as lost. */
    static final int MAX_ARCHIVED_SCAN = 2_000;

    /** How long to wait for Discord's channel update after creating tags: 100 × 50 ms. */
    static final int TAG_WAIT_STEPS = 100;

    static final long TAG_WAIT_STEP_MILLIS = 50;

    private final Supplier<JDA> jda;
    private final NetworkStore networks;

    DiscordProjectForum(Supplier<JDA> jda, NetworkStore networks) {
        this.jda = jda;
        this.networks = networks;
    }

    @Override
    public Post create(String networkId, String forumChannelId, String title, Page card, List<String> tags) {
        ForumChannel forum = guild(networkId).getForumChannelById(forumChannelId);
        if (forum == null) {
            throw new ChatUnavailableException("Forum channel " + forumChannelId + " not found", null);
        }
        try {
            ForumPost post = forum.createForumPost(title, data(networkId, card))
                    .setTags(tags(forum, tags))
                    .complete();
            return new Post(post.getThreadChannel().getId(), post.getMessage().getId());
        } catch (ErrorResponseException e) {
            throw new ChatUnavailableException("Discord refused the forum post: " + e.getErrorResponse(), e);
        }
    }

    @Override
    public void editCard(String networkId, Post post, Page card, List<String> tags) {
        ThreadChannel thread = thread(networkId, post);
        reopened(thread, () -> {
            thread.editMessageById(post.cardMessageId(), MessageEditData.fromCreateData(data(networkId, card)))
                    .complete();
            if (thread.getParentChannel() instanceof ForumChannel forum) {
                thread.getManager().setAppliedTags(tags(forum, tags)).complete();
            }
        });
    }

    @Override
    public String add(String networkId, Post post, Page message) {
        ThreadChannel thread = thread(networkId, post);
        String[] id = new String[1];
        reopened(
                thread,
                () -> id[0] =
                        thread.sendMessage(data(networkId, message)).complete().getId());
        return id[0];
    }

    @Override
    public void editMessage(String networkId, Post post, String messageId, Page message) {
        ThreadChannel thread = thread(networkId, post);
        reopened(thread, () -> thread.editMessageById(
                        messageId, MessageEditData.fromCreateData(data(networkId, message)))
                .complete());
    }

    @Override
    public void close(String networkId, Post post) {
        ThreadChannel thread = thread(networkId, post);
        try {
            thread.getManager().setLocked(true).setArchived(true).complete();
        } catch (ErrorResponseException e) {
            throw new ChatUnavailableException("Discord refused to close the post: " + e.getErrorResponse(), e);
        }
    }

    @Override
    public java.util.Set<String> posts(String networkId, String forumChannelId) {
        ForumChannel forum = guild(networkId).getForumChannelById(forumChannelId);
        if (forum == null) {
            throw new ChatUnavailableException("Forum channel " + forumChannelId + " not found", null);
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        forum.getThreadChannels().forEach(t -> ids.add(t.getId()));
        try {
            int seen = 0;
            for (ThreadChannel archived : forum.retrieveArchivedPublicThreadChannels()) {
                ids.add(archived.getId());
                if (++seen >= MAX_ARCHIVED_SCAN) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            throw new ChatUnavailableException("Cannot list the forum's posts: " + e, e);
        }
        return ids;
    }

    @Override
    public List<String> missingPermissions(String networkId, String forumChannelId) {
        Guild guild = guild(networkId);
        ForumChannel forum = guild.getForumChannelById(forumChannelId);
        if (forum == null) {
            return null;
        }
        return java.util.stream.Stream.of(
                        net.dv8tion.jda.api.Permission.VIEW_CHANNEL,
                        net.dv8tion.jda.api.Permission.MESSAGE_SEND,
                        net.dv8tion.jda.api.Permission.MESSAGE_EMBED_LINKS,
                        net.dv8tion.jda.api.Permission.MESSAGE_SEND_IN_THREADS,
                        net.dv8tion.jda.api.Permission.MANAGE_THREADS,
                        // Only to create the forum's tags (Discord's channel edit)
                        net.dv8tion.jda.api.Permission.MANAGE_CHANNEL)
                .filter(p -> !guild.getSelfMember().hasPermission(forum, p))
                .map(net.dv8tion.jda.api.Permission::getName)
                .toList();
    }

    @Override
    public List<String> ensureTags(String networkId, String forumChannelId, List<String> wanted) {
        Guild guild = guild(networkId);
        ForumChannel forum = guild.getForumChannelById(forumChannelId);
        if (forum == null) {
            throw new ChatUnavailableException("Forum channel " + forumChannelId + " not found", null);
        }
        List<ForumTag> existing = forum.getAvailableTags();
        List<String> create = ForumTags.toCreate(
                wanted, existing.stream().map(ForumTag::getName).toList());
        if (create.isEmpty()) {
            return List.of();
        }
        if (!guild.getSelfMember().hasPermission(forum, net.dv8tion.jda.api.Permission.MANAGE_CHANNEL)) {
            throw new ChatUnavailableException("No Manage Channels permission to create the forum's tags", null);
        }
        List<net.dv8tion.jda.api.entities.channel.forums.BaseForumTag> all = new java.util.ArrayList<>(existing);
        create.forEach(name -> all.add(new net.dv8tion.jda.api.entities.channel.forums.ForumTagData(name)));
        try {
            forum.getManager().setAvailableTags(all).complete();
        } catch (ErrorResponseException e) {
            throw new ChatUnavailableException("Discord refused the forum's tags: " + e.getErrorResponse(), e);
        }
        awaitTags(guild, forumChannelId, create);
        return create;
    }

    /**
     * The new tags' ids arrive with the channel update Discord sends after the edit: posts created before it would miss
     * them, so wait for it a little. A post that still misses one gets it at the next reconciliation.
     */
    private static void awaitTags(Guild guild, String forumChannelId, List<String> names) {
        for (int i = 0; i < TAG_WAIT_STEPS; i++) {
            ForumChannel forum = guild.getForumChannelById(forumChannelId);
            if (forum != null
                    && names.stream().allMatch(n -> forum.getAvailableTags().stream()
                            .anyMatch(t -> t.getName().equalsIgnoreCase(n)))) {
                return;
            }
            try {
                Thread.sleep(TAG_WAIT_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void retag(String networkId, Post post, List<String> tags) {
        ThreadChannel thread = thread(networkId, post);
        if (!(thread.getParentChannel() instanceof ForumChannel forum)) {
            return;
        }
        List<ForumTag> wanted = tags(forum, tags);
        java.util.Set<Long> current = new java.util.HashSet<>(thread.getAppliedTags().stream()
                .map(net.dv8tion.jda.api.entities.ISnowflake::getIdLong)
                .toList());
        java.util.Set<Long> target =
                new java.util.HashSet<>(wanted.stream().map(ForumTag::getIdLong).toList());
        if (current.equals(target)) {
            return;
        }
        try {
            thread.getManager().setAppliedTags(wanted).complete();
        } catch (ErrorResponseException e) {
            throw new ChatUnavailableException("Discord refused the tags: " + e.getErrorResponse(), e);
        }
    }

    /** Runs an edit; when Discord says the thread is archived, unarchives it and runs the edit again. */
    private static void reopened(ThreadChannel thread, Runnable edit) {
        try {
            edit.run();
        } catch (ErrorResponseException e) {
            if (e.getErrorCode() != 50083) {
                throw new ChatUnavailableException("Discord refused the edit: " + e.getErrorResponse(), e);
            }
            try {
                thread.getManager().setArchived(false).complete();
                edit.run();
            } catch (ErrorResponseException again) {
                throw new ChatUnavailableException("Discord refused the edit: " + again.getErrorResponse(), again);
            }
        }
    }

    /** The forum's tags with these names (any case); at most Discord's 5. */
    private static List<ForumTag> tags(ForumChannel forum, List<String> names) {
        return forum.getAvailableTags().stream()
                .filter(tag -> names.stream().anyMatch(n -> ForumTags.matches(tag.getName(), n)))
                .limit(ForumChannel.MAX_POST_TAGS)
                .toList();
    }

    private MessageCreateData data(String networkId, Page page) {
        Messages m = Messages.of(networks.get(networkId).locale());
        return DiscordRenderer.render(CommandResponse.builder().page(page).build(), 0, null, m);
    }

    /**
     * The post's thread. The client knows active threads (Discord sends them at connect) and the ones it created; an
     * archived post (closed, or idle past its auto-archive time) after a restart is looked up among the forums'
     * archived posts.
     */
    private ThreadChannel thread(String networkId, Post post) {
        Guild guild = guild(networkId);
        ThreadChannel thread = guild.getThreadChannelById(post.threadId());
        if (thread != null) {
            return thread;
        }
        try {
            for (ForumChannel forum : guild.getForumChannels()) {
                int seen = 0;
                for (ThreadChannel archived : forum.retrieveArchivedPublicThreadChannels()) {
                    if (archived.getId().equals(post.threadId())) {
                        return archived;
                    }
                    if (++seen >= MAX_ARCHIVED_SCAN) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new ChatUnavailableException("Cannot look up forum post " + post.threadId() + ": " + e, e);
        }
        throw new ChatUnavailableException("Forum post " + post.threadId() + " not found", null);
    }

    private Guild guild(String networkId) {
        JDA client = jda.get();
        if (client == null || client.getStatus() != JDA.Status.CONNECTED) {
            throw new ChatUnavailableException("Discord is not connected", null);
        }
        Guild guild = client.getGuildById(networkId);
        if (guild == null) {
            throw new ChatUnavailableException("Guild " + networkId + " not available", null);
        }
        return guild;
    }
}
