package nl.regiotafel.commands.readmodel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;

/** Updates read from the read model; a new update or version goes to the store of record and then into the model. */
final class ModelledUpdateStore implements UpdateStore {

    private final ReadModel model;
    private final UpdateStore store;

    ModelledUpdateStore(ReadModel model, UpdateStore store) {
        this.model = model;
        this.store = store;
    }

    @Override
    public Appended append(Update update) {
        return model.write(
                update.networkId(),
                Part.UPDATES,
                () -> store.append(update),
                (m, appended) -> m.withUpdates(m.updates().with(appended.update())));
    }

    @Override
    public Optional<Update> latest(String networkId, String projectCode) {
        return model.current(networkId).updates().latest(projectCode);
    }

    @Override
    public Optional<Update> find(String networkId, String projectCode, int number) {
        return model.current(networkId).updates().find(projectCode, number);
    }

    @Override
    public List<Update> history(String networkId, String projectCode) {
        return model.current(networkId).updates().history(projectCode);
    }

    @Override
    public List<Update> versions(String networkId, String projectCode, int number) {
        return model.current(networkId).updates().versions(projectCode, number);
    }

    @Override
    public List<Update> postedBetween(String networkId, Instant from, Instant to) {
        return model.current(networkId).updates().postedBetween(from, to);
    }

    @Override
    public Set<String> reportedProjects(String networkId, String period) {
        return model.current(networkId).updates().reportedProjects(period);
    }

    @Override
    public List<Update> everyVersion(String networkId) {
        return model.current(networkId).updates().everyVersion();
    }

    @Override
    public List<Update> ofPeriod(String networkId, String period) {
        return model.current(networkId).updates().ofPeriod(period);
    }
}
