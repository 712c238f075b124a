package nl.regiotafel.commands.readmodel;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;

/** Projects read from the read model; writes go to the store of record and then into the model. */
final class ModelledProjectStore implements ProjectStore {

    private final ReadModel model;
    private final ProjectStore store;

    ModelledProjectStore(ReadModel model, ProjectStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public Project create(Project project) {
        return model.write(project.networkId(), Part.PROJECTS, () -> store.create(project), NetworkModel::withProject);
    }

    @Override
    public Optional<Project> find(String networkId, String code) {
        return model.current(networkId).projects().find(code);
    }

    @Override
    public List<Project> list(String networkId, ProjectFilter filter) {
        return model.current(networkId).projects().list(filter);
    }

    @Override
    public Project update(Project changed) {
        return model.write(changed.networkId(), Part.PROJECTS, () -> store.update(changed), NetworkModel::withProject);
    }

    @Override
    public List<Project> search(String networkId, String text, int limit) {
        return model.current(networkId).projects().search(text, limit);
    }

    @Override
    public List<String> networkIds() {
        return store.networkIds();
    }

    @Override
    public Set<String> writeAll(String networkId, List<Project> creates, List<Project> replacements) {
        // Which of them were stored, and as what, is known to the store alone: the model reloads its projects
        return model.writeReloading(
                networkId, EnumSet.of(Part.PROJECTS), () -> store.writeAll(networkId, creates, replacements));
    }
}
