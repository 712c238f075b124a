package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The append-only update history in the {@code updates} collection. */
@Component
final class MongoUpdateStore implements UpdateStore {

    /** "Latest" means the latest period reported on, then the latest posted within it, then the latest version. */
    private static final Sort LATEST_FIRST = Sort.by(
            Sort.Order.desc(UpdateDocument.Fields.PERIOD),
            Sort.Order.desc(UpdateDocument.Fields.FIRST_POSTED_AT),
            Sort.Order.desc(UpdateDocument.Fields.NUMBER),
            Sort.Order.desc(UpdateDocument.Fields.VERSION));

    private static final Sort NEWEST_FIRST = Sort.by(
            Sort.Order.desc(UpdateDocument.Fields.FIRST_POSTED_AT),
            Sort.Order.desc(UpdateDocument.Fields.NUMBER),
            Sort.Order.desc(UpdateDocument.Fields.VERSION));

    private final MongoTemplate mongo;
    private final Counters counters;

    MongoUpdateStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
        // Used by real MongoDB; the embedded store accepts and ignores non-unique indexes
        StoreCalls.run("update indexes", () -> mongo.indexOps(UpdateDocument.class)
                .createIndex(new org.springframework.data.mongodb.core.index.Index()
                        .on(UpdateDocument.Fields.NETWORK_ID, Sort.Direction.ASC)
                        .on(UpdateDocument.Fields.PROJECT_CODE, Sort.Direction.ASC)
                        .on(UpdateDocument.Fields.FIRST_POSTED_AT, Sort.Direction.ASC)
                        .named("network_project_posted")));
    }

    @Override
    public Appended append(Update update) {
        String id = UpdateDocument.id(update.networkId(), update.idempotencyKey());
        UpdateDocument existing = StoreCalls.call("find update", () -> mongo.findById(id, UpdateDocument.class));
        if (existing != null) {
            return new Appended(existing.toUpdate(), false);
        }
        int number = update.number() > 0
                ? update.number()
                : counters.next("updates/" + update.networkId() + "/" + update.projectCode());
        try {
            UpdateDocument stored =
                    StoreCalls.call("append update", () -> mongo.insert(UpdateDocument.from(update, number)));
            return new Appended(stored.toUpdate(), true);
        } catch (DuplicateKeyException e) {
            // The same interaction arrived twice at once: the other delivery stored it
            return new Appended(mongo.findById(id, UpdateDocument.class).toUpdate(), false);
        }
    }

    @Override
    public Optional<Update> latest(String networkId, String projectCode) {
        Query query = ofProject(networkId, projectCode).with(LATEST_FIRST).limit(1);
        return Optional.ofNullable(StoreCalls.call("latest update", () -> mongo.findOne(query, UpdateDocument.class)))
                .map(UpdateDocument::toUpdate);
    }

    @Override
    public Optional<Update> find(String networkId, String projectCode, int number) {
        Query query = query(where(UpdateDocument.Fields.NETWORK_ID)
                        .is(networkId)
                        .and(UpdateDocument.Fields.PROJECT_CODE)
                        .is(projectCode)
                        .and(UpdateDocument.Fields.NUMBER)
                        .is(number))
                .with(Sort.by(Sort.Order.desc(UpdateDocument.Fields.VERSION)))
                .limit(1);
        return Optional.ofNullable(StoreCalls.call("find update", () -> mongo.findOne(query, UpdateDocument.class)))
                .map(UpdateDocument::toUpdate);
    }

    @Override
    public List<Update> history(String networkId, String projectCode) {
        Query query = ofProject(networkId, projectCode).with(NEWEST_FIRST);
        List<Update> latestVersions = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (UpdateDocument document :
                StoreCalls.call("update history", () -> mongo.find(query, UpdateDocument.class))) {
            // Sorted by version descending within an update, so the first one seen is the latest version
            if (seen.add(document.number())) {
                latestVersions.add(document.toUpdate());
            }
        }
        return latestVersions;
    }

    @Override
    public List<Update> versions(String networkId, String projectCode, int number) {
        Query query = query(where(UpdateDocument.Fields.NETWORK_ID)
                        .is(networkId)
                        .and(UpdateDocument.Fields.PROJECT_CODE)
                        .is(projectCode)
                        .and(UpdateDocument.Fields.NUMBER)
                        .is(number))
                .with(Sort.by(UpdateDocument.Fields.VERSION));
        return StoreCalls.call("update versions", () -> mongo.find(query, UpdateDocument.class)).stream()
                .map(UpdateDocument::toUpdate)
                .toList();
    }

    @Override
    public List<Update> postedBetween(String networkId, java.time.Instant from, java.time.Instant to) {
        Query query = query(where(UpdateDocument.Fields.NETWORK_ID)
                        .is(networkId)
                        .and(UpdateDocument.Fields.FIRST_POSTED_AT)
                        .gte(from)
                        .lt(to))
                .with(Sort.by(
                        UpdateDocument.Fields.FIRST_POSTED_AT,
                        UpdateDocument.Fields.NUMBER,
                        UpdateDocument.Fields.VERSION));
        java.util.Map<String, Update> latest = new java.util.LinkedHashMap<>();
        for (UpdateDocument document :
                StoreCalls.call("updates posted", () -> mongo.find(query, UpdateDocument.class))) {
            latest.put(document.projectCode() + "#" + document.number(), document.toUpdate());
        }
        return List.copyOf(latest.values());
    }

    @Override
    public Set<String> reportedProjects(String networkId, String period) {
        Query query = query(where(UpdateDocument.Fields.NETWORK_ID)
                .is(networkId)
                .and(UpdateDocument.Fields.PERIOD)
                .is(period));
        return Set.copyOf(StoreCalls.call(
                "reported projects",
                () -> mongo.findDistinct(
                        query, UpdateDocument.Fields.PROJECT_CODE, UpdateDocument.class, String.class)));
    }

    @Override
    public List<Update> everyVersion(String networkId) {
        Query query = query(where(UpdateDocument.Fields.NETWORK_ID).is(networkId))
                .with(Sort.by(
                        Sort.Order.asc(UpdateDocument.Fields.PROJECT_CODE),
                        Sort.Order.asc(UpdateDocument.Fields.NUMBER),
                        Sort.Order.asc(UpdateDocument.Fields.VERSION)));
        return StoreCalls.call("every update", () -> mongo.find(query, UpdateDocument.class)).stream()
                .map(UpdateDocument::toUpdate)
                .toList();
    }

    private static Query ofProject(String networkId, String projectCode) {
        return query(where(UpdateDocument.Fields.NETWORK_ID)
                .is(networkId)
                .and(UpdateDocument.Fields.PROJECT_CODE)
                .is(projectCode));
    }

    @Override
    public List<Update> ofPeriod(String networkId, String period) {
        Query query = query(where(UpdateDocument.Fields.NETWORK_ID)
                .is(networkId)
                .and(UpdateDocument.Fields.PERIOD)
                .is(period));
        return StoreCalls.call("updates of a period", () -> mongo.find(query, UpdateDocument.class)).stream()
                .map(UpdateDocument::toUpdate)
                .toList();
    }
}
