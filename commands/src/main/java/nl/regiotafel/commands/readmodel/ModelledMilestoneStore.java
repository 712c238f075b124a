package nl.regiotafel.commands.readmodel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStore;

/** Milestones read from the read model; writes go to the store of record and then into the model. */
final class ModelledMilestoneStore implements MilestoneStore {

    private final ReadModel model;
    private final MilestoneStore store;

    ModelledMilestoneStore(ReadModel model, MilestoneStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public Milestone create(Milestone milestone) {
        return model.write(
                milestone.networkId(),
                Part.MILESTONES,
                () -> store.create(milestone),
                (m, created) -> m.withMilestones(m.milestones().with(created)));
    }

    @Override
    public Optional<Milestone> find(String networkId, String projectCode, int number) {
        return model.current(networkId).milestones().find(projectCode, number);
    }

    @Override
    public List<Milestone> ofProject(String networkId, String projectCode) {
        return model.current(networkId).milestones().ofProject(projectCode);
    }

    @Override
    public List<Milestone> list(
            String networkId, Collection<String> projectCodes, boolean openOnly, LocalDate dueBefore, int limit) {
        return model.current(networkId).milestones().list(projectCodes, openOnly, dueBefore, limit);
    }

    @Override
    public Milestone update(Milestone changed) {
        return model.write(
                changed.networkId(),
                Part.MILESTONES,
                () -> store.update(changed),
                (m, updated) -> m.withMilestones(m.milestones().with(updated)));
    }

    @Override
    public boolean remove(String networkId, String projectCode, int number) {
        return model.write(
                networkId,
                Part.MILESTONES,
                () -> store.remove(networkId, projectCode, number),
                (m, removed) -> m.withMilestones(m.milestones().without(projectCode, number)));
    }

    @Override
    public int reserveNumbers(String networkId, String projectCode, int count) {
        return store.reserveNumbers(networkId, projectCode, count);
    }

    @Override
    public void claimNumbers(String networkId, Map<String, Integer> highestByProject) {
        store.claimNumbers(networkId, highestByProject);
    }

    @Override
    public Set<String> writeAll(String networkId, List<Milestone> creates, List<Milestone> replacements) {
        return model.writeReloading(
                networkId, EnumSet.of(Part.MILESTONES), () -> store.writeAll(networkId, creates, replacements));
    }
}
