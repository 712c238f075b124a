package nl.regiotafel.commands.chat;

import java.util.List;
import java.util.Set;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.Page;

/**
 * A message the bot posts on its own, not as a reply: a reminder, an escalation, a digest.
 *
 * @param networkId the network
 * @param purpose which of the network's channels it goes to
 * @param page what it says
 * @param mentionUserIds users it addresses (and may notify)
 * @param mentionRoleIds roles it addresses (and may notify), e.g. the managers' role
 * @param directTo users who opted in to direct messages and should get it as a DM instead of a channel mention
 * @param actions buttons
 * @param deduplicationKey stable per ledger entry: a platform that supports it drops a second send with the same key
 */
public record OutboundMessage(
        String networkId,
        Purpose purpose,
        Page page,
        Set<String> mentionUserIds,
        Set<String> mentionRoleIds,
        Set<String> directTo,
        List<Action> actions,
        String deduplicationKey) {

    /** The network channel a message belongs in. */
    public enum Purpose {
        REMINDERS,
        MANAGERS,
        DIGEST
    }

    public OutboundMessage {
        mentionUserIds = Set.copyOf(mentionUserIds);
        mentionRoleIds = Set.copyOf(mentionRoleIds);
        directTo = Set.copyOf(directTo);
        actions = List.copyOf(actions);
    }
}
