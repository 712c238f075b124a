package nl.regiotafel.commands.privacy;

import java.util.Objects;
import java.util.Set;

/**
 * A person was erased from a network. Whatever the bot posted that showed them (a project's forum post, a round board)
 * is rendered again from the store, which no longer names them. Carries no trace of the person.
 *
 * @param networkId the network
 * @param pseudonym what now stands where they stood ({@code oud-lid 3})
 * @param projectCodes the projects whose stored documents named them: their leadership, milestones, updates or text
 */
public record PersonErased(String networkId, String pseudonym, Set<String> projectCodes) {

    public PersonErased {
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(pseudonym);
        projectCodes = Set.copyOf(projectCodes);
    }
}
