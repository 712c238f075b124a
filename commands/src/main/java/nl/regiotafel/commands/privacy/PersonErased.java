package nl.regiotafel.commands.privacy;

import java.util.Objects;
import java.util.Set;

/**
 * A person was erased from a network. Whatever the bot posted that showed them (a project's forum post, a round board)
 * is rendered again from the store, which no longer names them; messages that only the chat platform keeps (sent
 * reminders) are edited to replace their mention. Lives in memory only: never stored, never logged with its user id.
 *
 * @param networkId the network
 * @param userId the erased person's platform id, to find their mentions in messages the store does not keep
 * @param pseudonym what now stands where they stood ({@code oud-lid 3})
 * @param projectCodes the projects whose stored documents named them: their leadership, milestones, updates or text
 * @param sentMessageIds the bot's messages that addressed them (the reminder ledger's recipients), read before the
 *     erasure removed them from the ledger
 */
public record PersonErased(
        String networkId, String userId, String pseudonym, Set<String> projectCodes, Set<String> sentMessageIds) {

    public PersonErased {
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(pseudonym);
        projectCodes = Set.copyOf(projectCodes);
        sentMessageIds = Set.copyOf(sentMessageIds);
    }
}
