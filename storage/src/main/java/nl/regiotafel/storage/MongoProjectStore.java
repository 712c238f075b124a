package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.api.StoreUnavailableException;
import nl.regiotafel.commands.project.DuplicateProjectException;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Projects in the {@code projects} collection. */
@Component
final class MongoProjectStore implements ProjectStore {

    private final MongoTemplate mongo;

    /** The index a real MongoDB answers a network's projects from (a query on its first key). */
    static final String NETWORK_CODE = "network_code";

    @org.springframework.beans.factory.annotation.Autowired
    MongoProjectStore(MongoTemplate mongo, org.springframework.beans.factory.ObjectProvider<EmbeddedMongo> embedded) {
        this(mongo, embedded.getIfAvailable() != null);
    }

    /**
     * @param embedded whether this is the embedded store, which gets no {@code network_code} index: {@code _id} is
     *     {@code networkId/code}, so a code is unique per network by construction, and the embedded store uses a
     *     unique index only for a query on exactly its keys, which no query here is; the index only made every
     *     project write dearer (a 5,000-row import about a tenth, docs/benchmarks.md). One made by an earlier version
     *     is dropped.
     */
    MongoProjectStore(MongoTemplate mongo, boolean embedded) {
        this.mongo = mongo;
        StoreCalls.run("project indexes", () -> {
            var indexes = mongo.indexOps(ProjectDocument.class);
            if (!embedded) {
                indexes.createIndex(new Index()
                        .on(ProjectDocument.Fields.NETWORK_ID, Sort.Direction.ASC)
                        .on(ProjectDocument.Fields.CODE, Sort.Direction.ASC)
                        .unique()
                        .named(NETWORK_CODE));
            } else if (indexes.getIndexInfo().stream().anyMatch(i -> i.getName().equals(NETWORK_CODE))) {
                indexes.dropIndex(NETWORK_CODE);
            }
        });
    }

    @Override
    public Project create(Project project) {
        try {
            return StoreCalls.call("create project", () -> mongo.insert(ProjectDocument.from(project, 0)))
                    .toProject();
        } catch (DuplicateKeyException e) {
            throw new DuplicateProjectException(project.code());
        }
    }

    @Override
    public Optional<Project> find(String networkId, String code) {
        return StoreCalls.call("find project", () -> Optional.ofNullable(
                        mongo.findById(ProjectDocument.id(networkId, code), ProjectDocument.class))
                .map(ProjectDocument::toProject));
    }

    @Override
    public List<Project> list(String networkId, ProjectFilter filter) {
        Criteria criteria = where(ProjectDocument.Fields.NETWORK_ID).is(networkId);
        if (filter.region() != null) {
            criteria = criteria.and(ProjectDocument.Fields.REGION).is(filter.region());
        }
        if (filter.theme() != null) {
            criteria = criteria.and(ProjectDocument.Fields.THEME).is(filter.theme());
        }
        if (filter.status() != null) {
            criteria = criteria.and(ProjectDocument.Fields.STATUS)
                    .is(filter.status().slug());
        }
        if (filter.phase() != null) {
            criteria =
                    criteria.and(ProjectDocument.Fields.PHASE).is(filter.phase().slug());
        }
        if (filter.leaderId() != null) {
            criteria = criteria.and(ProjectDocument.Fields.LEADERS).is(filter.leaderId());
        }
        if (!filter.includeArchived()) {
            criteria = criteria.and(ProjectDocument.Fields.ARCHIVED).is(false);
        }
        Query query = query(criteria).with(Sort.by(ProjectDocument.Fields.CODE));
        return StoreCalls.call("list projects", () -> mongo.find(query, ProjectDocument.class)).stream()
                .map(ProjectDocument::toProject)
                .toList();
    }

    @Override
    public Project update(Project changed) {
        long next = changed.version() + 1;
        ProjectDocument replacement = ProjectDocument.from(changed, next);
        // One conditional replace: it matches only if nobody wrote since we read, so no edit is silently lost
        Query sameVersion = query(where(ProjectDocument.Fields.ID)
                .is(replacement.id())
                .and(ProjectDocument.Fields.VERSION)
                .is(changed.version()));
        ProjectDocument previous =
                StoreCalls.call("update project", () -> mongo.findAndReplace(sameVersion, replacement));
        if (previous == null) {
            throw new ConcurrentEditException("project " + changed.code());
        }
        return replacement.toProject();
    }

    @Override
    public Set<String> writeAll(String networkId, List<Project> creates, List<Project> replacements) {
        Set<String> unconfirmed = new LinkedHashSet<>();
        if (creates.isEmpty() && replacements.isEmpty()) {
            return unconfirmed;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ProjectDocument.class);
        List<String> codes = new ArrayList<>();
        for (Project project : creates) {
            bulk.insert(ProjectDocument.from(project, 0));
            codes.add(project.code());
        }
        for (Project project : replacements) {
            ProjectDocument replacement = ProjectDocument.from(project, project.version() + 1);
            bulk.replaceOne(
                    query(where(ProjectDocument.Fields.ID)
                            .is(replacement.id())
                            .and(ProjectDocument.Fields.VERSION)
                            .is(project.version())),
                    replacement);
            codes.add(project.code());
        }
        int matched;
        try {
            matched = StoreCalls.call("write projects", bulk::execute).getMatchedCount();
        } catch (RuntimeException e) {
            if (e instanceof StoreUnavailableException) {
                throw e;
            }
            // Duplicate codes among the creates: those were not written; the rest of an unordered bulk was
            Bulk.duplicates(e).forEach(i -> unconfirmed.add(codes.get(i)));
            matched = -1;
        }
        if (matched != replacements.size()) {
            // Which replacements matched is not reported; the caller looks at each of them again
            replacements.forEach(p -> unconfirmed.add(p.code()));
        }
        return unconfirmed;
    }

    @Override
    public List<Project> search(String networkId, String text, int limit) {
        Criteria criteria = where(ProjectDocument.Fields.NETWORK_ID)
                .is(networkId)
                .and(ProjectDocument.Fields.ARCHIVED)
                .is(false);
        if (!text.isBlank()) {
            String pattern = StoreCalls.literalRegex(text.strip());
            criteria = criteria.orOperator(
                    where(ProjectDocument.Fields.CODE).regex(pattern, "i"),
                    where(ProjectDocument.Fields.NAME).regex(pattern, "i"));
        }
        Query query = query(criteria).with(Sort.by(ProjectDocument.Fields.CODE)).limit(limit);
        query.fields()
                .include(
                        ProjectDocument.Fields.NETWORK_ID,
                        ProjectDocument.Fields.CODE,
                        ProjectDocument.Fields.NAME,
                        ProjectDocument.Fields.REGION,
                        ProjectDocument.Fields.THEME,
                        ProjectDocument.Fields.PHASE,
                        ProjectDocument.Fields.STATUS,
                        ProjectDocument.Fields.LEADERS,
                        ProjectDocument.Fields.CREATED_AT,
                        ProjectDocument.Fields.UPDATED_AT,
                        ProjectDocument.Fields.VERSION,
                        ProjectDocument.Fields.ARCHIVED);
        return StoreCalls.call("search projects", () -> mongo.find(query, ProjectDocument.class)).stream()
                .map(ProjectDocument::toProject)
                .toList();
    }

    @Override
    public List<String> networkIds() {
        return StoreCalls.call(
                "network ids",
                () -> mongo.findDistinct(
                        new Query(), ProjectDocument.Fields.NETWORK_ID, ProjectDocument.class, String.class));
    }
}
