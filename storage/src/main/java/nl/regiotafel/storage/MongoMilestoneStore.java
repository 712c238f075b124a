package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.api.StoreUnavailableException;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.milestone.MilestoneStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Milestones in the {@code milestones} collection. */
@Component
final class MongoMilestoneStore implements MilestoneStore {

    private static final Sort BY_DUE = Sort.by(
            MilestoneDocument.Fields.DUE_DATE, MilestoneDocument.Fields.PROJECT_CODE, MilestoneDocument.Fields.NUMBER);

    private final MongoTemplate mongo;
    private final Counters counters;

    MongoMilestoneStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
        // Used by real MongoDB; the embedded store accepts and ignores non-unique indexes
        StoreCalls.run("milestone indexes", () -> mongo.indexOps(MilestoneDocument.class)
                .createIndex(new org.springframework.data.mongodb.core.index.Index()
                        .on(MilestoneDocument.Fields.NETWORK_ID, Sort.Direction.ASC)
                        .on(MilestoneDocument.Fields.PROJECT_CODE, Sort.Direction.ASC)
                        .on(MilestoneDocument.Fields.DUE_DATE, Sort.Direction.ASC)
                        .named("network_project_due")));
    }

    @Override
    public Milestone create(Milestone milestone) {
        int number = counters.next("milestones/" + milestone.networkId() + "/" + milestone.projectCode());
        MilestoneDocument document = MilestoneDocument.from(milestone, number, 0);
        return StoreCalls.call("create milestone", () -> mongo.insert(document)).toMilestone();
    }

    @Override
    public Optional<Milestone> find(String networkId, String projectCode, int number) {
        return Optional.ofNullable(StoreCalls.call(
                        "find milestone",
                        () -> mongo.findById(
                                MilestoneDocument.id(networkId, projectCode, number), MilestoneDocument.class)))
                .map(MilestoneDocument::toMilestone);
    }

    @Override
    public List<Milestone> ofProject(String networkId, String projectCode) {
        Query query = query(where(MilestoneDocument.Fields.NETWORK_ID)
                        .is(networkId)
                        .and(MilestoneDocument.Fields.PROJECT_CODE)
                        .is(projectCode))
                .with(BY_DUE);
        return StoreCalls.call("project milestones", () -> mongo.find(query, MilestoneDocument.class)).stream()
                .map(MilestoneDocument::toMilestone)
                .toList();
    }

    @Override
    public List<Milestone> list(
            String networkId, Collection<String> projectCodes, boolean openOnly, LocalDate dueBefore, int limit) {
        Criteria criteria = where(MilestoneDocument.Fields.NETWORK_ID).is(networkId);
        if (projectCodes != null) {
            criteria = criteria.and(MilestoneDocument.Fields.PROJECT_CODE).in(projectCodes);
        }
        if (openOnly) {
            criteria = criteria.and(MilestoneDocument.Fields.STATUS).is(MilestoneStatus.OPEN.name());
        }
        if (dueBefore != null) {
            criteria = criteria.and(MilestoneDocument.Fields.DUE_DATE).lt(dueBefore.toString());
        }
        Query query = query(criteria).with(BY_DUE).limit(limit);
        return StoreCalls.call("list milestones", () -> mongo.find(query, MilestoneDocument.class)).stream()
                .map(MilestoneDocument::toMilestone)
                .toList();
    }

    @Override
    public Milestone update(Milestone changed) {
        MilestoneDocument replacement = MilestoneDocument.from(changed, changed.number(), changed.version() + 1);
        Query sameVersion = query(where(MilestoneDocument.Fields.ID)
                .is(replacement.id())
                .and(MilestoneDocument.Fields.VERSION)
                .is(changed.version()));
        if (StoreCalls.call("update milestone", () -> mongo.findAndReplace(sameVersion, replacement)) == null) {
            throw new ConcurrentEditException("milestone " + replacement.id());
        }
        return replacement.toMilestone();
    }

    @Override
    public int reserveNumbers(String networkId, String projectCode, int count) {
        return counters.reserve("milestones/" + networkId + "/" + projectCode, count);
    }

    @Override
    public void claimNumbers(String networkId, Map<String, Integer> highestByProject) {
        Map<String, Integer> counters = new HashMap<>();
        highestByProject.forEach((code, highest) -> counters.put("milestones/" + networkId + "/" + code, highest));
        this.counters.raise(counters);
    }

    @Override
    public Set<String> writeAll(String networkId, List<Milestone> creates, List<Milestone> replacements) {
        Set<String> unconfirmed = new LinkedHashSet<>();
        if (creates.isEmpty() && replacements.isEmpty()) {
            return unconfirmed;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, MilestoneDocument.class);
        List<String> keys = new ArrayList<>();
        for (Milestone milestone : creates) {
            bulk.insert(MilestoneDocument.from(milestone, milestone.number(), 0));
            keys.add(MilestoneStore.key(milestone));
        }
        for (Milestone milestone : replacements) {
            MilestoneDocument replacement =
                    MilestoneDocument.from(milestone, milestone.number(), milestone.version() + 1);
            bulk.replaceOne(
                    query(where(MilestoneDocument.Fields.ID)
                            .is(replacement.id())
                            .and(MilestoneDocument.Fields.VERSION)
                            .is(milestone.version())),
                    replacement);
            keys.add(MilestoneStore.key(milestone));
        }
        int matched;
        try {
            matched = StoreCalls.call("write milestones", bulk::execute).getMatchedCount();
        } catch (RuntimeException e) {
            if (e instanceof StoreUnavailableException) {
                throw e;
            }
            Bulk.duplicates(e).forEach(i -> unconfirmed.add(keys.get(i)));
            matched = -1;
        }
        if (matched != replacements.size()) {
            replacements.forEach(m -> unconfirmed.add(MilestoneStore.key(m)));
        }
        return unconfirmed;
    }

    @Override
    public boolean remove(String networkId, String projectCode, int number) {
        Query query =
                query(where(MilestoneDocument.Fields.ID).is(MilestoneDocument.id(networkId, projectCode, number)));
        return StoreCalls.call("remove milestone", () -> mongo.remove(query, MilestoneDocument.class))
                        .getDeletedCount()
                > 0;
    }
}
