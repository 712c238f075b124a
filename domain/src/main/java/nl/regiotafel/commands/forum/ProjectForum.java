package nl.regiotafel.commands.forum;

import java.util.List;
import nl.regiotafel.commands.api.Page;

/**
 * Port: a project's post in the network's forum channel. Its first message is the living project card; updates are
 * added to the post as messages; tags show health, phase and theme. Discord in production.
 *
 * <p>Tags: see {@link ForumTags} for the budget. The bot creates the tags the forum lacks ({@link #ensureTags}); a post's
 * tags are matched by name, and a name the forum has no tag for is left off.
 */
public interface ProjectForum {

    /**
     * A post as the platform knows it.
     *
     * @param threadId the post (a thread in the forum)
     * @param cardMessageId its first message, which shows the card
     */
    record Post(String threadId, String cardMessageId) {}

    /** The title of a project's post: {@code code — name}, within Discord's 100 characters. */
    static String title(String code, String name) {
        String title = code + " — " + name;
        return title.length() <= 100 ? title : title.substring(0, 99) + "…";
    }

    /**
     * Creates a project's post in the forum channel.
     *
     * @param tags tag names to apply (health, phase, theme)
     */
    Post create(String networkId, String forumChannelId, String title, Page card, List<String> tags);

    /** Shows a changed card and tags in the post; an archived post is reopened first, as Discord requires. */
    void editCard(String networkId, Post post, Page card, List<String> tags);

    /** Adds a message (an update) to the post; returns its id. */
    String add(String networkId, Post post, Page message);

    /** Shows {@code message} in place of a message the bot added to the post; an archived post is reopened first. */
    void editMessage(String networkId, Post post, String messageId, Page message);

    /** Closes and locks the post of a finished or archived project. */
    void close(String networkId, Post post);

    /** The ids of every post in the forum channel, open and archived: what a reconciliation compares against. */
    java.util.Set<String> posts(String networkId, String forumChannelId);

    /**
     * What the bot lacks to keep posts in {@code forumChannelId}: the names of missing permissions, in the platform's
     * words; or null when that channel is not a forum.
     */
    List<String> missingPermissions(String networkId, String forumChannelId);

    /**
     * Creates the tags of {@code wanted} the forum lacks, as many as fit in Discord's 20 (see
     * {@link ForumTags#toCreate}); the forum's own tags stay.
     *
     * @return the names created
     */
    List<String> ensureTags(String networkId, String forumChannelId, List<String> wanted);

    /** Sets the post's tags when they differ from {@code tags}; an archived post is left archived. */
    void retag(String networkId, Post post, List<String> tags);
}
