package nl.regiotafel.commands.project;

import java.util.List;
import java.util.Optional;

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
}
