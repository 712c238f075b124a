package nl.regiotafel.commands.readmodel;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.privacy.PersonalDataStore;
import nl.regiotafel.commands.privacy.RetentionStore;
import nl.regiotafel.commands.project.DuplicateProjectException;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.round.RoundSnapshot;
import nl.regiotafel.commands.round.RoundStore;
import nl.regiotafel.commands.update.UpdateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read model of every network this process serves: each network's data in memory, loaded on first use, kept
 * current by the writes made through it, and coherent with other instances through the network's revision document.
 * MongoDB stays the only source of truth: dropping a model loses nothing.
 *
 * <p>It is used through the stores it hands out ({@link #projectStore()}, {@link #updateStore()}, …): they answer
 * reads from the model and pass writes to the store they wrap, then raise the network's revision and apply the write
 * to the model. That is the one choke point every command's writes go through; no command knows the model exists.
 *
 * <p>Coherence: a write raises its part's counter <em>after</em> it is stored; a read (once per {@link ReadScope})
 * reads the revision by id and reloads each part whose counter moved, reading the counter before the data, so what it
 * loads is at least as new as the counter says. A process applies its own write only when its counter moved by
 * exactly one (nobody else wrote that part meanwhile); otherwise the part is reloaded at the next read. Writes of one
 * network are serialised within the process so that they are applied in the order they were stored. A writer that
 * died between its write and the increment is seen once the model reaches its maximum age and is loaded again.
 */
public final class ReadModel {

    private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

    private final ProjectStore projects;
    private final UpdateStore updates;
    private final MilestoneStore milestones;
    private final RoundStore rounds;
    private final NetworkStore networks;
    private final RevisionStore revisions;
    private final long maxAgeNanos;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private final ProjectStore projectStore;
    private final UpdateStore updateStore;
    private final MilestoneStore milestoneStore;
    private final RoundStore roundStore;
    private final NetworkStore networkStore;

    /**
     * The model loads from and writes through the given stores of record (the MongoDB adapters).
     *
     * @param revisions the per-network revision documents
     * @param maxAge how long a model is used before it is loaded again as a whole, whatever the revision says
     */
    public ReadModel(
            ProjectStore projects,
            UpdateStore updates,
            MilestoneStore milestones,
            RoundStore rounds,
            NetworkStore networks,
            RevisionStore revisions,
            Duration maxAge) {
        this.projects = Objects.requireNonNull(projects);
        this.updates = Objects.requireNonNull(updates);
        this.milestones = Objects.requireNonNull(milestones);
        this.rounds = Objects.requireNonNull(rounds);
        this.networks = Objects.requireNonNull(networks);
        this.revisions = Objects.requireNonNull(revisions);
        this.maxAgeNanos = maxAge.toNanos();
        this.projectStore = new ModelledProjectStore(this, projects);
        this.updateStore = new ModelledUpdateStore(this, updates);
        this.milestoneStore = new ModelledMilestoneStore(this, milestones);
        this.roundStore = new ModelledRoundStore(this, rounds);
        this.networkStore = new ModelledNetworkStore(this, networks);
    }

    /** Projects, read from the model. */
    public ProjectStore projectStore() {
        return projectStore;
    }

    /** Updates, read from the model. */
    public UpdateStore updateStore() {
        return updateStore;
    }

    /** Milestones, read from the model. */
    public MilestoneStore milestoneStore() {
        return milestoneStore;
    }

    /** Round snapshots, cached once read. */
    public RoundStore roundStore() {
        return roundStore;
    }

    /** Network settings, read from the model. */
    public NetworkStore networkStore() {
        return networkStore;
    }

    /** {@code store}, with erasure and network deletion making every instance load the network again. */
    public PersonalDataStore personalDataStore(PersonalDataStore store) {
        return new ModelledPersonalDataStore(this, store);
    }

    /** {@code store}, with the pseudonymisation of old updates making every instance reload them. */
    public RetentionStore retentionStore(RetentionStore store) {
        return new ModelledRetentionStore(this, store);
    }

    /** The network's model as the current command sees it, brought up to date when the revision moved. */
    public NetworkModel current(String networkId) {
        Slot slot = slot(networkId);
        boolean look = ReadScope.firstLook(networkId);
        NetworkModel model = slot.model;
        if (model != null && !look && !model.revision().hasStaleParts()) {
            return model;
        }
        Revision now = revisions.read(networkId);
        return refresh(networkId, slot, now);
    }

    /** The stamps of the networks' data as the current read scope sees them (one look at each revision). */
    public Stamps stamps() {
        return new Stamps() {
            @Override
            public Optional<Object> all(String networkId) {
                NetworkModel model = current(networkId);
                return Optional.of(new Stamp(networkId, model.revision(), model.loadedAt()));
            }

            @Override
            public Optional<Object> rounds(String networkId) {
                NetworkModel model = current(networkId);
                Revision r = model.revision();
                return Optional.of(new Stamp(
                        networkId,
                        new Revision(
                                r.epoch(), Map.of(Part.ROUNDS, r.of(Part.ROUNDS), Part.SETTINGS, r.of(Part.SETTINGS))),
                        model.loadedAt()));
            }
        };
    }

    private record Stamp(String networkId, Revision revision, long loadedAt) {}

    /** The network's model loaded afresh from the store, not kept: what the kept one must equal. */
    public NetworkModel load(String networkId) {
        return loadAll(networkId, revisions.read(networkId));
    }

    /** The network's model as it is kept now, without looking at the revision; for checks. */
    public Optional<NetworkModel> held(String networkId) {
        return Optional.ofNullable(slot(networkId).model);
    }

    /** The latest round snapshots the model holds for the network, by period; for checks. */
    public Map<String, Optional<RoundSnapshot>> heldRounds(String networkId) {
        return slot(networkId).rounds.latestHeld();
    }

    /** Drops every network's model; the next read loads it again. */
    public void clear() {
        slots.values().forEach(slot -> {
            synchronized (slot) {
                slot.drop();
            }
        });
    }

    Slot slot(String networkId) {
        return slots.computeIfAbsent(Objects.requireNonNull(networkId), id -> new Slot());
    }

    private NetworkModel refresh(String networkId, Slot slot, Revision now) {
        synchronized (slot) {
            NetworkModel model = slot.model;
            if (model == null
                    || !Objects.equals(model.revision().epoch(), now.epoch())
                    || System.nanoTime() - model.loadedAt() > maxAgeNanos) {
                slot.rounds.clear();
                model = loadAll(networkId, now);
                slot.model = model;
                return model;
            }
            Revision had = model.revision();
            Revision at = had;
            for (Part part : Part.values()) {
                if (had.of(part) < now.of(part) || had.of(part) < 0) {
                    model = reload(networkId, model, part, slot);
                    at = at.with(part, now.of(part));
                }
            }
            if (at != had) {
                model = model.withRevision(at);
                slot.model = model;
            }
            return model;
        }
    }

    private NetworkModel loadAll(String networkId, Revision at) {
        long started = System.nanoTime();
        NetworkModel model = new NetworkModel(
                networkId,
                at,
                started,
                networks.get(networkId),
                ProjectTable.of(projects.list(networkId, everyProject())),
                UpdateTable.of(updates.everyVersion(networkId)),
                MilestoneTable.of(milestones.list(networkId, null, false, null, Integer.MAX_VALUE)));
        log.debug(
                "Read model of network {} loaded in {} ms: {}",
                networkId,
                (System.nanoTime() - started) / 1_000_000,
                model.sizes());
        return model;
    }

    private NetworkModel reload(String networkId, NetworkModel model, Part part, Slot slot) {
        log.debug("Read model of network {}: reloading {}", networkId, part);
        return switch (part) {
            case SETTINGS -> model.withSettings(networks.get(networkId));
            case PROJECTS -> model.withProjects(ProjectTable.of(projects.list(networkId, everyProject())));
            case UPDATES -> model.withUpdates(UpdateTable.of(updates.everyVersion(networkId)));
            case MILESTONES ->
                model.withMilestones(
                        MilestoneTable.of(milestones.list(networkId, null, false, null, Integer.MAX_VALUE)));
            case ROUNDS -> {
                slot.rounds.clear();
                yield model;
            }
        };
    }

    private static ProjectFilter everyProject() {
        return new ProjectFilter(null, null, null, null, null, true);
    }

    /**
     * Makes one write of one part: stores it through {@code write}, raises the network's revision, and applies the
     * stored result to the model when nobody else wrote the part in between.
     *
     * @param apply the kept model with the stored result applied
     */
    <T> T write(String networkId, Part part, Supplier<T> write, BiFunction<NetworkModel, T, NetworkModel> apply) {
        Slot slot = slot(networkId);
        slot.writing.lock();
        try {
            T result;
            try {
                result = write.get();
            } catch (ConcurrentEditException | DuplicateProjectException | UserError e) {
                // Refused before anything was stored
                throw e;
            } catch (RuntimeException e) {
                // Perhaps stored in part: every instance reloads the part
                wroteUnknown(networkId, slot, EnumSet.of(part));
                throw e;
            }
            Revision after = bump(networkId, slot, EnumSet.of(part));
            if (after != null) {
                applyOwn(slot, part, after, model -> apply.apply(model, result));
            }
            return result;
        } finally {
            slot.writing.unlock();
        }
    }

    /** A write of several parts, or one whose stored result is not known here: the parts are reloaded. */
    <T> T writeReloading(String networkId, Set<Part> parts, Supplier<T> write) {
        Slot slot = slot(networkId);
        slot.writing.lock();
        try {
            try {
                return write.get();
            } finally {
                wroteUnknown(networkId, slot, parts);
            }
        } finally {
            slot.writing.unlock();
        }
    }

    /** The network was deleted with its revision document: every instance sees a new epoch and loads it again. */
    <T> T deleting(String networkId, Supplier<T> delete) {
        Slot slot = slot(networkId);
        slot.writing.lock();
        try {
            return delete.get();
        } finally {
            synchronized (slot) {
                slot.drop();
            }
            slot.writing.unlock();
        }
    }

    private void wroteUnknown(String networkId, Slot slot, Set<Part> parts) {
        Revision after = bump(networkId, slot, parts);
        if (after == null) {
            return;
        }
        synchronized (slot) {
            NetworkModel model = slot.model;
            if (model != null) {
                Revision stale = model.revision();
                for (Part part : parts) {
                    stale = stale.with(part, -1);
                }
                slot.model = model.withRevision(stale);
            }
        }
    }

    /** Raises the revision; when that fails the write is stored all the same, so the model is dropped, not the reply. */
    private Revision bump(String networkId, Slot slot, Set<Part> parts) {
        try {
            return revisions.bump(networkId, parts);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not raise the revision of network {} after a write; other instances see it within the"
                            + " read model's maximum age: {}",
                    networkId,
                    e.toString());
            synchronized (slot) {
                slot.drop();
            }
            return null;
        }
    }

    private void applyOwn(Slot slot, Part part, Revision after, java.util.function.UnaryOperator<NetworkModel> change) {
        synchronized (slot) {
            NetworkModel model = slot.model;
            if (model == null) {
                return;
            }
            Revision had = model.revision();
            long counter = after.of(part);
            if (Objects.equals(had.epoch(), after.epoch())) {
                if (had.of(part) == counter - 1) {
                    slot.model = change.apply(model).withRevision(had.with(part, counter));
                } else if (had.of(part) < counter) {
                    // Someone else wrote this part in between: reload it
                    slot.model = model.withRevision(had.with(part, -1));
                }
                // Else the model was loaded after this write and holds it already
            } else if (had.epoch() == null
                    && had.equals(Revision.NONE)
                    && after.equals(new Revision(after.epoch(), Map.of(part, 1L)))) {
                // This write created the revision document: nobody else has written through a revision yet
                slot.model = change.apply(model).withRevision(after);
            } else {
                slot.drop();
            }
        }
    }

    /** One network's place in the model: what is loaded, the round snapshots read, and the lock of its writes. */
    static final class Slot {
        final ReentrantLock writing = new ReentrantLock();
        final RoundCache rounds = new RoundCache();
        volatile NetworkModel model;

        /** Forgets the model and the rounds; the caller holds the slot's monitor. */
        void drop() {
            model = null;
            rounds.clear();
        }
    }
}
