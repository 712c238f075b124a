package nl.regiotafel.commands.privacy;

import java.util.Collection;
import java.util.Map;

/**
 * Port to everything stored about one person in a network, across every collection, for the rights of inzage and
 * erasure. Implementations look at every collection the network's data lives in (new ones included), not at a list
 * kept by hand.
 */
public interface PersonalDataStore {

    /**
     * What is stored about the person, grouped by the role it is stored in (leader, milestone owner, update author,
     * audit actor, absences, reminder preferences, reminders about their milestones, messages the bot sent them) plus
     * every other document that names them. Values are strings, numbers, booleans, lists and maps, ready to be written as JSON.
     */
    Map<String, Object> export(String networkId, String userId);

    /**
     * Erases the person from the network: removes them from leaders, milestone owners and reminder preferences,
     * deletes their absences, and replaces their id and names in every other document (updates, audit, round
     * snapshots) by the pseudonym, so history survives without them.
     *
     * @param names the names they are known by besides those stored next to their id
     * @return how many documents were changed or deleted, and which projects they belonged to
     */
    Erasure erase(String networkId, String userId, Collection<String> names, Pseudonym pseudonym);

    /**
     * What an erasure changed.
     *
     * @param changed how many documents were changed or deleted
     * @param projectCodes the projects of the changed documents (projects, milestones, updates), for what shows them
     *     outside the store
     */
    record Erasure(int changed, java.util.Set<String> projectCodes) {

        public Erasure {
            projectCodes = java.util.Set.copyOf(projectCodes);
        }
    }

    /**
     * Deletes everything of the network, in every collection (settings, projects, updates, the ledger, the audit log,
     * round snapshots, counters, import journals, and whatever collection is added later).
     *
     * @return how many documents were deleted
     */
    long deleteNetwork(String networkId);

    /** The next number of a former member in this network: 1, 2, 3 … never reused. */
    int nextFormerMember(String networkId);

    /**
     * What replaces an erased person.
     *
     * @param id replaces their user id ({@code oud-lid-3})
     * @param name replaces their name ({@code oud-lid 3})
     */
    record Pseudonym(String id, String name) {}
}
