package nl.regiotafel.commands.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A confirmed import, as the journal keeps it until it is fully written: everything it will write, decided before the
 * first write.
 *
 * @param id unique id, also the key of its audit entries (so writing them again adds none)
 * @param networkId the network
 * @param at when it was confirmed
 * @param actorId who confirmed it
 * @param actorName their name at the time
 * @param fileName the file it came from
 * @param newRegions regions to add to the network
 * @param newThemes themes to add to the network
 * @param projects the project patches
 * @param milestones the milestone patches
 */
public record ImportBatch(
        String id,
        String networkId,
        Instant at,
        String actorId,
        String actorName,
        String fileName,
        List<String> newRegions,
        List<String> newThemes,
        List<ProjectPatch> projects,
        List<MilestonePatch> milestones) {

    public ImportBatch {
        Objects.requireNonNull(id);
        Objects.requireNonNull(networkId);
        newRegions = List.copyOf(newRegions);
        newThemes = List.copyOf(newThemes);
        projects = List.copyOf(projects);
        milestones = List.copyOf(milestones);
    }
}
