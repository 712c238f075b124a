package nl.regiotafel.commands.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.api.ConcurrentEditException;

/** Port: where projects live. Every method is scoped to one network; nothing crosses networks. */
public interface ProjectStore {

    /**
     * Stores a new project with version 0.
     *
     * @throws DuplicateProjectException when the code is taken in this network
     */
    Project create(Project project);

    Optional<Project> find(String networkId, String code);

    /** Projects matching the filter, ordered by code. */
    List<Project> list(String networkId, ProjectFilter filter);

    /**
     * Replaces a project if nobody changed it since {@code changed.version()} was read, and returns it with the next
     * version.
     *
     * @throws nl.regiotafel.commands.api.ConcurrentEditException when the stored version differs
     */
    Project update(Project changed);

    /** Codes and names of the network's active projects whose code or name contains {@code text}, at most 25. */
    List<Project> search(String networkId, String text, int limit);

    /** Every network that has projects. */
    List<String> networkIds();

    /**
     * Writes many projects at once, as {@link #create} and {@link #update} would one by one: each of {@code creates}
     * only if its code is free, each of {@code replacements} only if the stored version is still its version. Returns
     * the codes it could not confirm as written (taken, changed meanwhile, or unknown) so the caller can look at those
     * one by one; the others are written. Not atomic as a whole.
     */
    default Set<String> writeAll(String networkId, List<Project> creates, List<Project> replacements) {
        Set<String> unconfirmed = new LinkedHashSet<>();
        for (Project project : creates) {
            try {
                create(project);
            } catch (DuplicateProjectException e) {
                unconfirmed.add(project.code());
            }
        }
        for (Project project : replacements) {
            try {
                update(project);
            } catch (ConcurrentEditException e) {
                unconfirmed.add(project.code());
            }
        }
        return unconfirmed;
    }
}
