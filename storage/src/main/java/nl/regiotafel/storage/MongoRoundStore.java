package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.regiotafel.commands.round.ProjectSnapshot;
import nl.regiotafel.commands.round.RoundSnapshot;
import nl.regiotafel.commands.round.RoundStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Round snapshots in {@code rounds} (one header per version) and {@code round_projects} (its projects). */
@Component
final class MongoRoundStore implements RoundStore {

    private final MongoTemplate mongo;

    MongoRoundStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(RoundSnapshot s) {
        String writer = UUID.randomUUID().toString();
        RoundDocument header = new RoundDocument(
                RoundDocument.id(s.networkId(), s.period(), s.version()),
                s.networkId(),
                s.period(),
                s.version(),
                s.asOf(),
                s.takenAt(),
                s.reconstructed(),
                s.revision() == null ? null : s.revision().byId(),
                s.revision() == null ? null : s.revision().byName(),
                s.revision() == null ? null : s.revision().reason(),
                writer,
                s.projects().stream().map(ProjectSnapshot::code).toList());
        if (StoreCalls.call(
                "round exists",
                () -> mongo.exists(query(where(RoundDocument.Fields.ID).is(header.id())), RoundDocument.class))) {
            return false;
        }
        List<RoundProjectDocument> projects = new ArrayList<>();
        for (ProjectSnapshot p : s.projects()) {
            projects.add(new RoundProjectDocument(
                    header.projectId(p.code()),
                    s.networkId(),
                    ProjectDocument.from(p.project(), p.project().version()),
                    p.update() == null
                            ? null
                            : UpdateDocument.from(p.update(), p.update().number()),
                    p.milestones().stream()
                            .map(m -> MilestoneDocument.from(m, m.number(), m.version()))
                            .toList(),
                    p.trend()));
        }
        if (!projects.isEmpty()) {
            StoreCalls.call(
                    "round projects", () -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RoundProjectDocument.class)
                            .insert(projects)
                            .execute());
        }
        try {
            // The header goes last: the round exists from this insert on, complete
            StoreCalls.call("round", () -> mongo.insert(header));
            return true;
        } catch (DuplicateKeyException e) {
            // Another writer froze or revised it first; our copies of its projects are never read
            StoreCalls.call(
                    "round projects cleanup",
                    () -> mongo.remove(
                            query(where(RoundProjectDocument.Fields.ID)
                                    .in(projects.stream()
                                            .map(RoundProjectDocument::id)
                                            .toList())),
                            RoundProjectDocument.class));
            return false;
        }
    }

    @Override
    public Optional<RoundSnapshot> latest(String networkId, String period) {
        Query query = query(where(RoundDocument.Fields.NETWORK_ID)
                .is(networkId)
                .and(RoundDocument.Fields.PERIOD)
                .is(period));
        return StoreCalls.call("round versions", () -> mongo.find(query, RoundDocument.class)).stream()
                .max(Comparator.comparingInt(RoundDocument::version))
                .map(this::withProjects);
    }

    @Override
    public Optional<RoundSnapshot> version(String networkId, String period, int version) {
        return Optional.ofNullable(StoreCalls.call(
                        "round version",
                        () -> mongo.findById(RoundDocument.id(networkId, period, version), RoundDocument.class)))
                .map(this::withProjects);
    }

    @Override
    public List<RoundSnapshot> headers(String networkId) {
        Query query = query(where(RoundDocument.Fields.NETWORK_ID).is(networkId));
        return StoreCalls.call("rounds", () -> mongo.find(query, RoundDocument.class)).stream()
                .sorted(Comparator.comparing(RoundDocument::period)
                        .thenComparingInt(RoundDocument::version)
                        .reversed())
                .map(d -> snapshot(d, List.of()))
                .toList();
    }

    private RoundSnapshot withProjects(RoundDocument header) {
        List<String> ids = header.codes().stream().map(header::projectId).toList();
        Map<String, RoundProjectDocument> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            // $in on _id alone: a lookup per id, also on the embedded store
            StoreCalls.call(
                            "round projects",
                            () -> mongo.find(
                                    query(where(RoundProjectDocument.Fields.ID).in(ids)), RoundProjectDocument.class))
                    .forEach(d -> byId.put(d.id(), d));
        }
        List<ProjectSnapshot> projects = new ArrayList<>();
        for (String id : ids) {
            RoundProjectDocument d = byId.get(id);
            if (d == null) {
                throw new IllegalStateException("Round " + header.id() + " misses its project " + id);
            }
            projects.add(new ProjectSnapshot(
                    d.project().toProject(),
                    d.update() == null ? null : d.update().toUpdate(),
                    d.milestones() == null
                            ? List.of()
                            : d.milestones().stream()
                                    .map(MilestoneDocument::toMilestone)
                                    .toList(),
                    d.trend()));
        }
        return snapshot(header, projects);
    }

    private static RoundSnapshot snapshot(RoundDocument d, List<ProjectSnapshot> projects) {
        return new RoundSnapshot(
                d.networkId(),
                d.period(),
                d.version(),
                d.asOf(),
                d.takenAt(),
                d.reconstructed(),
                d.revisedById() == null && d.reason() == null
                        ? null
                        : new RoundSnapshot.Revision(d.revisedById(), d.revisedByName(), d.reason()),
                projects);
    }
}
