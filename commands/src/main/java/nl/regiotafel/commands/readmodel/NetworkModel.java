package nl.regiotafel.commands.readmodel;

import java.util.Objects;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.Project;

/**
 * One network's read model as it stood at one revision: its settings, every project (archived ones included), every
 * version of every update and every milestone. Immutable; a write makes a new model that shares what it did not
 * change. Round snapshots are cached beside it (they are large and read per period).
 */
public final class NetworkModel {

    private final String networkId;
    private final Revision revision;
    private final long loadedAt;
    private final NetworkSettings settings;
    private final ProjectTable projects;
    private final UpdateTable updates;
    private final MilestoneTable milestones;

    NetworkModel(
            String networkId,
            Revision revision,
            long loadedAt,
            NetworkSettings settings,
            ProjectTable projects,
            UpdateTable updates,
            MilestoneTable milestones) {
        this.networkId = Objects.requireNonNull(networkId);
        this.revision = Objects.requireNonNull(revision);
        this.loadedAt = loadedAt;
        this.settings = Objects.requireNonNull(settings);
        this.projects = Objects.requireNonNull(projects);
        this.updates = Objects.requireNonNull(updates);
        this.milestones = Objects.requireNonNull(milestones);
    }

    public String networkId() {
        return networkId;
    }

    /** The revision this model is at; a counter of -1 marks a part to be reloaded. */
    public Revision revision() {
        return revision;
    }

    /** When it was loaded from the store as a whole ({@link System#nanoTime()}). */
    long loadedAt() {
        return loadedAt;
    }

    NetworkSettings settings() {
        return settings;
    }

    ProjectTable projects() {
        return projects;
    }

    UpdateTable updates() {
        return updates;
    }

    MilestoneTable milestones() {
        return milestones;
    }

    NetworkModel withRevision(Revision r) {
        return new NetworkModel(networkId, r, loadedAt, settings, projects, updates, milestones);
    }

    NetworkModel withSettings(NetworkSettings s) {
        if (settings.version() > s.version()) {
            return this;
        }
        return new NetworkModel(networkId, revision, loadedAt, s, projects, updates, milestones);
    }

    NetworkModel withProjects(ProjectTable p) {
        return new NetworkModel(networkId, revision, loadedAt, settings, p, updates, milestones);
    }

    NetworkModel withProject(Project p) {
        return withProjects(projects.with(p));
    }

    NetworkModel withUpdates(UpdateTable u) {
        return new NetworkModel(networkId, revision, loadedAt, settings, projects, u, milestones);
    }

    NetworkModel withMilestones(MilestoneTable m) {
        return new NetworkModel(networkId, revision, loadedAt, settings, projects, updates, m);
    }

    /** Whether both hold the same data, whatever their revisions and ages. */
    public boolean sameContent(NetworkModel other) {
        return networkId.equals(other.networkId)
                && settings.equals(other.settings)
                && projects.equals(other.projects)
                && updates.equals(other.updates)
                && milestones.equals(other.milestones);
    }

    /** Sizes, for logs and benchmarks. */
    public String sizes() {
        return projects.size() + " projects, " + updates.size() + " update versions, " + milestones.size()
                + " milestones";
    }

    @Override
    public String toString() {
        return "NetworkModel[" + networkId + " at " + revision + ": " + settings + ", " + projects + ", " + updates
                + ", " + milestones + "]";
    }
}
