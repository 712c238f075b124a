package nl.regiotafel.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.summary.SummaryData;
import nl.regiotafel.commands.summary.SummaryData.HelpItem;
import nl.regiotafel.commands.summary.SummaryData.KpiTotal;
import nl.regiotafel.commands.summary.SummaryData.Listing;
import nl.regiotafel.commands.summary.SummaryData.MilestoneItem;
import nl.regiotafel.commands.summary.SummaryData.MonthCount;
import nl.regiotafel.commands.summary.SummaryData.ProjectRef;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryScope;
import nl.regiotafel.commands.summary.SummaryStore;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.Precision;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Summaries computed by MongoDB aggregation pipelines: four per summary (updates, projects, audit, milestones), three
 * more for a report, whatever the number of projects. Only stages the embedded store also runs are used ({@code
 * $match}, {@code $group}, {@code $facet}, {@code $unwind}, {@code $lookup} on {@code _id}, {@code $addFields}).
 *
 * <p>Collections other than {@code projects} carry no region or theme, so pipelines over them join the project by
 * its {@code _id} ({@code networkId/code}), the one lookup the embedded store answers from an index.
 */
@Component
final class MongoSummaryStore implements SummaryStore {

    /** Audit actions that change a project's status or phase. */
    static final List<String> CHANGING_ACTIONS = List.of("project.edit", "update.apply");

    private static final List<String> UNREPORTED_STATUSES =
            List.of(ProjectStatus.LOPEND.slug(), ProjectStatus.NOG_NIET_GESTART.slug());

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MongoSummaryStore.class);

    private final MongoTemplate mongo;

    MongoSummaryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public SummaryData summarize(SummaryQuery q) {
        AtomicInteger trips = new AtomicInteger();

        // 1. Updates: who reported, the latest health per project, the latest help requests
        Document updates = facet(trips, "updates", updatesPipeline(q));
        List<String> reported =
                docs(updates, "reported").stream().map(d -> d.getString("_id")).toList();
        Map<Health, Integer> health = new EnumMap<>(Health.class);
        List<Document> perProject = docs(updates, "projects");
        Document totals = perProject.isEmpty() ? new Document() : perProject.get(0);
        for (Health h : Health.values()) {
            health.put(h, count(totals, h.slug()));
        }
        Listing<HelpItem> help =
                perProject.isEmpty() ? Listing.empty() : listing(List.of(totals), MongoSummaryStore::helpItem);

        // 2. Projects: current counts, organisations, KPIs, who did not report
        Document projects = facet(trips, "projects", projectsPipeline(q, reported));
        Counts end = Counts.of(docs(projects, "end"));
        Counts start = Counts.of(docs(projects, "start"));

        // 3. Audit: correct the current counts with the status and phase each changed project had at both instants
        Document audit = facet(trips, "audit", auditPipeline(q));
        for (String field : List.of("status", "phase")) {
            start.correct(docs(audit, field + "StartPlus"), 1);
            start.correct(docs(audit, field + "StartMinus"), -1);
            end.correct(docs(audit, field + "EndPlus"), 1);
            end.correct(docs(audit, field + "EndMinus"), -1);
        }

        Map<String, Integer> pillars = new TreeMap<>();
        for (Document row : docs(projects, "pillars")) {
            String pillar = row.getString("_id");
            pillars.merge(pillar == null ? "" : pillar, count(row, "n"), Integer::sum);
        }
        List<Document> organisations = docs(projects, "organisations");
        List<KpiTotal> kpis = docs(projects, "kpis").stream()
                .map(d -> new KpiTotal(d.getString("unit"), count(d, "kpis"), number(d, "target"), number(d, "actual")))
                .toList();
        Listing<ProjectRef> notReported = listing(docs(projects, "notReported"), MongoSummaryStore::projectRef);
        int projectCount = end.total();
        int withHealth = health.values().stream().mapToInt(Integer::intValue).sum();

        // 4. Milestones: reached, due, overdue, and per month for the chart
        Document milestones = facet(trips, "milestones", milestonesPipeline(q));
        List<MonthCount> months = months(q, docs(milestones, "dueMonths"), docs(milestones, "doneMonths"));

        return new SummaryData(
                start.status(),
                end.status(),
                start.phase(),
                end.phase(),
                end.statusByTheme(),
                pillars,
                organisations.isEmpty() ? 0 : count(organisations.get(0), "n"),
                health,
                Math.max(0, projectCount - withHealth),
                listing(docs(milestones, "done"), MongoSummaryStore::milestoneItem),
                listing(docs(milestones, "due"), MongoSummaryStore::milestoneItem),
                listing(docs(milestones, "next"), MongoSummaryStore::milestoneItem),
                listing(docs(milestones, "overdue"), MongoSummaryStore::milestoneItem),
                months,
                notReported,
                kpis,
                help,
                trips.get());
    }

    @Override
    public Details details(SummaryQuery q) {
        AtomicInteger trips = new AtomicInteger();
        Document match = scopeMatch(q.networkId(), q.scope(), "").append("createdAt", lt(q.asOf()));
        List<Project> projects = aggregate(
                        trips,
                        "projects",
                        List.of(
                                new Document("$match", match),
                                new Document("$sort", new Document("theme", 1).append("code", 1))))
                .stream()
                .map(d -> mongo.getConverter().read(ProjectDocument.class, d).toProject())
                .toList();
        if (projects.isEmpty()) {
            return new Details(List.of(), trips.get());
        }
        List<String> codes = projects.stream().map(Project::code).toList();

        Document updateMatch = new Document("networkId", q.networkId()).append("postedAt", lt(q.asOf()));
        Document milestoneMatch = new Document("networkId", q.networkId());
        if (!q.scope().isWholeNetwork()) {
            updateMatch.append("projectCode", new Document("$in", codes));
            milestoneMatch.append("projectCode", new Document("$in", codes));
        }
        Map<String, nl.regiotafel.commands.update.Update> latest = new HashMap<>();
        for (Document row : aggregate(
                trips,
                "updates",
                List.of(
                        new Document("$match", updateMatch),
                        new Document("$sort", new Document("postedAt", -1).append("version", -1)),
                        new Document(
                                "$group",
                                new Document("_id", "$projectCode")
                                        .append("doc", new Document("$first", "$$ROOT")))))) {
            latest.put(
                    row.getString("_id"),
                    mongo.getConverter()
                            .read(UpdateDocument.class, row.get("doc", Document.class))
                            .toUpdate());
        }

        milestoneMatch.append(
                "$or",
                List.of(
                        new Document("status", MilestoneStatus.OPEN.name()),
                        new Document(
                                "doneOn",
                                new Document("$gte", q.period().start().toString())
                                        .append("$lte", q.period().end().toString()))));
        Document isOpen = new Document("$eq", List.of("$status", MilestoneStatus.OPEN.name()));
        Map<String, Document> planning = new HashMap<>();
        for (Document row : aggregate(
                trips,
                "milestones",
                List.of(
                        new Document("$match", milestoneMatch),
                        new Document("$sort", new Document("dueDate", 1).append("number", 1)),
                        new Document(
                                "$group",
                                new Document("_id", "$projectCode")
                                        .append("open", new Document("$sum", cond(isOpen, 1, 0)))
                                        .append(
                                                "overdue",
                                                new Document(
                                                        "$sum",
                                                        cond(
                                                                new Document(
                                                                        "$and",
                                                                        List.of(
                                                                                isOpen,
                                                                                new Document(
                                                                                        "$lt",
                                                                                        List.of(
                                                                                                "$dueDate",
                                                                                                q.refDay()
                                                                                                        .toString())))),
                                                                1,
                                                                0)))
                                        .append("items", new Document("$push", "$$ROOT"))),
                        new Document(
                                "$project",
                                new Document("open", 1)
                                        .append("overdue", 1)
                                        .append(
                                                "next",
                                                new Document(
                                                        "$slice",
                                                        List.of(
                                                                filter("$items", "m", "$$m.status", true),
                                                                NEXT_MILESTONES)))
                                        .append("done", filter("$items", "m", "$$m.status", false)))))) {
            planning.put(row.getString("_id"), row);
        }

        List<ProjectDetail> details = new ArrayList<>();
        for (Project project : projects) {
            Document plan = planning.get(project.code());
            details.add(new ProjectDetail(
                    project,
                    latest.get(project.code()),
                    plan == null ? List.of() : milestones(plan, "next"),
                    plan == null ? 0 : count(plan, "open"),
                    plan == null ? 0 : count(plan, "overdue"),
                    plan == null ? List.of() : milestones(plan, "done")));
        }
        return new Details(details, trips.get());
    }

    // ---------------------------------------------------------------- pipelines

    private List<Document> updatesPipeline(SummaryQuery q) {
        Document hasHelp = new Document(
                "$and",
                List.of(
                        new Document("$gte", List.of("$postedAt", date(q.previousStart()))),
                        new Document("$gt", List.of(new Document("$ifNull", List.of("$helpNeeded", "")), ""))));
        List<Document> perProject = new ArrayList<>(List.of(
                new Document("$match", new Document("postedAt", lt(q.asOf()))),
                new Document("$sort", new Document("postedAt", -1)),
                // One row per project, so the join below runs once per project rather than once per update
                new Document(
                        "$group",
                        new Document("_id", "$projectCode")
                                .append("healths", new Document("$push", "$health"))
                                .append(
                                        "helps",
                                        new Document(
                                                "$push",
                                                cond(
                                                        hasHelp,
                                                        new Document("period", "$period")
                                                                .append("postedAt", "$postedAt")
                                                                .append("authorName", "$authorName")
                                                                .append("text", "$helpNeeded"),
                                                        null)))),
                new Document(
                        "$addFields",
                        new Document("health", firstOf(notNull("$healths")))
                                .append("help", firstOf(notNull("$helps"))))));
        perProject.addAll(joinProject(q.networkId(), "$_id"));
        perProject.add(new Document(
                "$match", scopeMatch(q.networkId(), q.scope(), "p.").append("p.createdAt", lt(q.asOf()))));
        perProject.add(new Document("$sort", new Document("help.postedAt", -1).append("_id", 1)));
        // Health values are an enum, so one group counts them all; help requests stay in their newest-first order
        Document totals = new Document("_id", null);
        for (Health health : Health.values()) {
            totals.append(health.slug(), sum(cond(new Document("$eq", List.of("$health", health.slug())), 1, 0)));
        }
        totals.append(
                "helps",
                new Document(
                        "$push",
                        cond(
                                new Document("$gt", List.of("$help", new Document("$literal", ""))),
                                new Document("code", "$_id")
                                        .append("name", "$p.name")
                                        .append("period", "$help.period")
                                        .append("postedAt", "$help.postedAt")
                                        .append("authorName", "$help.authorName")
                                        .append("text", "$help.text"),
                                null)));
        perProject.add(new Document("$group", totals));
        Document helpItems = notNull("$helps");
        Document counts = new Document("total", new Document("$size", helpItems))
                .append("items", new Document("$slice", List.of(helpItems, q.listLimit())));
        for (Health health : Health.values()) {
            counts.append(health.slug(), 1);
        }
        perProject.add(new Document("$project", counts));

        return List.of(
                new Document("$match", new Document("networkId", q.networkId())),
                new Document(
                        "$facet",
                        new Document(
                                        "reported",
                                        List.of(
                                                new Document("$match", new Document("period", q.reportingKey())),
                                                new Document("$group", new Document("_id", "$projectCode"))))
                                .append("projects", perProject)));
    }

    private static List<Document> projectsPipeline(SummaryQuery q, List<String> reported) {
        Document byThemeStatusPhase = new Document(
                "$group",
                new Document(
                                "_id",
                                new Document("theme", "$theme")
                                        .append("status", "$status")
                                        .append("phase", "$phase"))
                        .append("n", sum(1)));
        // $nin: the embedded store compares each project with each reported code (a noticeable cost only from a few
        // thousand projects); MongoDB itself looks them up in a set. A grouped union of both lists was tried and is
        // slower on the embedded store, which copies the whole document for every element it unwinds.
        List<Document> notReported = new ArrayList<>(List.of(
                new Document(
                        "$match",
                        new Document("status", new Document("$in", UNREPORTED_STATUSES))
                                .append("code", new Document("$nin", reported))),
                new Document("$sort", new Document("code", 1))));
        notReported.addAll(listed(
                q.listLimit(),
                new Document("code", "$code")
                        .append("name", "$name")
                        .append("leaders", "$leaders")
                        .append("status", "$status")));
        return List.of(
                new Document("$match", scopeMatch(q.networkId(), q.scope(), "").append("createdAt", lt(q.asOf()))),
                new Document(
                        "$facet",
                        new Document("end", List.of(byThemeStatusPhase))
                                .append(
                                        "start",
                                        List.of(
                                                new Document("$match", new Document("createdAt", lt(q.start()))),
                                                byThemeStatusPhase))
                                .append(
                                        "pillars",
                                        List.of(new Document(
                                                "$group", new Document("_id", "$pillar").append("n", sum(1)))))
                                .append(
                                        "organisations",
                                        List.of(
                                                new Document("$unwind", "$organisations"),
                                                new Document(
                                                        "$group",
                                                        new Document(
                                                                "_id", new Document("$toLower", "$organisations"))),
                                                new Document("$count", "n")))
                                .append(
                                        "kpis",
                                        List.of(
                                                new Document("$unwind", "$kpis"),
                                                new Document(
                                                        "$match",
                                                        new Document(
                                                                "kpis.unit",
                                                                new Document("$nin", List.of("", "%"))
                                                                        .append("$ne", null))),
                                                new Document(
                                                        "$group",
                                                        new Document("_id", new Document("$toLower", "$kpis.unit"))
                                                                .append("unit", first("$kpis.unit"))
                                                                .append("kpis", sum(1))
                                                                .append("target", new Document("$sum", "$kpis.target"))
                                                                .append(
                                                                        "actual",
                                                                        new Document("$sum", "$kpis.actual"))),
                                                new Document("$sort", new Document("_id", 1))))
                                .append("notReported", notReported)));
    }

    private List<Document> auditPipeline(SummaryQuery q) {
        List<String> fields = List.of("status", "phase");
        List<Document> pipeline = new ArrayList<>(List.of(
                new Document(
                        "$match",
                        new Document("networkId", q.networkId())
                                .append("action", new Document("$in", CHANGING_ACTIONS))
                                .append("changes.field", new Document("$in", fields))),
                new Document("$unwind", "$changes"),
                new Document("$match", new Document("changes.field", new Document("$in", fields))),
                new Document("$sort", new Document("at", 1)),
                new Document(
                        "$group",
                        new Document("_id", "$subject")
                                .append(
                                        "changes",
                                        new Document(
                                                "$push",
                                                new Document("field", "$changes.field")
                                                        .append("at", "$at")
                                                        .append("before", "$changes.before")
                                                        .append("after", "$changes.after"))))));
        // The value at instant T: the new value of the last change before T, else the old value of the first change
        // after it; null when the field never changed
        Document edges = new Document();
        Document values = new Document();
        for (String field : fields) {
            for (Map.Entry<String, Instant> at :
                    Map.of("Start", q.start(), "End", q.asOf()).entrySet()) {
                String lastBefore = field + "Before" + at.getKey();
                String firstAfter = field + "After" + at.getKey();
                edges.append(lastBefore, last(changes(field, "$lt", at.getValue())));
                edges.append(firstAfter, firstOf(changes(field, "$gte", at.getValue())));
                values.append(
                        field + at.getKey(),
                        new Document("$ifNull", List.of("$" + lastBefore + ".after", "$" + firstAfter + ".before")));
            }
        }
        pipeline.add(new Document("$addFields", edges));
        pipeline.add(new Document("$addFields", values));
        pipeline.addAll(joinProject(q.networkId(), "$_id"));
        pipeline.add(new Document("$match", scopeMatch(q.networkId(), q.scope(), "p.")));
        Document flags = new Document();
        Document facets = new Document();
        for (String field : fields) {
            for (Map.Entry<String, Instant> at :
                    Map.of("Start", q.start(), "End", q.asOf()).entrySet()) {
                String value = field + at.getKey();
                String flag = value + "Differs";
                flags.append(flag, differs("$" + value, "$p." + field, at.getValue()));
                facets.append(value + "Plus", correction(flag, field, "$" + value));
                facets.append(value + "Minus", correction(flag, field, "$p." + field));
            }
        }
        pipeline.add(new Document("$addFields", flags));
        pipeline.add(new Document("$facet", facets));
        return pipeline;
    }

    private static List<Document> milestonesPipeline(SummaryQuery q) {
        String refDay = q.refDay().toString();
        String lastDay = q.lastDay().toString();
        String windowStart = q.windowStart().toString();
        String windowEnd = q.windowEnd().toString();
        String periodStart = q.period().start().toString();
        String periodEnd = q.period().end().toString();
        // Still open on the last day summarised: not reached, or reached only after it
        Document openThen = new Document(
                "$or",
                List.of(
                        new Document("$eq", List.of("$status", MilestoneStatus.OPEN.name())),
                        new Document("$gt", List.of("$doneOn", lastDay))));
        List<Document> pipeline = new ArrayList<>(List.of(new Document(
                "$match",
                new Document("networkId", q.networkId())
                        .append(
                                "$or",
                                List.of(
                                        new Document("status", MilestoneStatus.OPEN.name())
                                                .append("dueDate", new Document("$lte", windowEnd)),
                                        new Document("doneOn", new Document("$gt", lastDay))
                                                .append("dueDate", new Document("$lte", windowEnd)),
                                        new Document(
                                                "doneOn", new Document("$gte", windowStart).append("$lte", windowEnd)),
                                        new Document(
                                                "dueDate",
                                                new Document("$gte", windowStart).append("$lte", windowEnd)))))));
        pipeline.add(new Document(
                "$addFields",
                new Document("openThen", openThen)
                        .append("dueMonth", new Document("$substr", List.of("$dueDate", 0, 7)))
                        .append(
                                "doneMonth",
                                new Document(
                                        "$substr", List.of(new Document("$ifNull", List.of("$doneOn", "")), 0, 7)))));
        // Grouped per project so the join runs once per project, then unwound again with the project beside each
        pipeline.add(new Document(
                "$group", new Document("_id", "$projectCode").append("items", new Document("$push", "$$ROOT"))));
        pipeline.addAll(joinProject(q.networkId(), "$_id"));
        // Neither a project nor a milestone added after the reference moment was known then
        pipeline.add(new Document(
                "$match", scopeMatch(q.networkId(), q.scope(), "p.").append("p.createdAt", lt(q.asOf()))));
        pipeline.add(new Document("$unwind", "$items"));
        pipeline.add(new Document(
                "$replaceRoot",
                new Document("newRoot", new Document("$mergeObjects", List.of("$items", new Document("p", "$p"))))));
        pipeline.add(new Document("$match", new Document("createdAt", lt(q.asOf()))));
        Document item = new Document("projectCode", "$projectCode")
                .append("projectName", "$p.name")
                .append("leaders", "$p.leaders")
                .append("number", "$number")
                .append("title", "$title")
                .append("dueDate", "$dueDate")
                .append("duePrecision", "$duePrecision")
                .append("dueLabel", "$dueLabel")
                .append("doneOn", "$doneOn")
                .append("ownerId", "$ownerId");
        Document byDue = new Document(
                "$sort", new Document("dueDate", 1).append("projectCode", 1).append("number", 1));
        Document overdueThen =
                new Document("$and", List.of("$openThen", new Document("$lt", List.of("$dueDate", refDay))));
        pipeline.add(new Document(
                "$facet",
                new Document(
                                "done",
                                listStage(
                                        q,
                                        new Document(
                                                "doneOn", new Document("$gte", periodStart).append("$lte", periodEnd)),
                                        new Document(
                                                "$sort",
                                                new Document("doneOn", 1)
                                                        .append("projectCode", 1)
                                                        .append("number", 1)),
                                        item))
                        .append(
                                "due",
                                listStage(
                                        q,
                                        new Document("openThen", true)
                                                .append(
                                                        "dueDate",
                                                        new Document("$gte", refDay).append("$lte", periodEnd)),
                                        byDue,
                                        item))
                        .append(
                                "next",
                                listStage(
                                        q,
                                        new Document("openThen", true)
                                                .append(
                                                        "dueDate",
                                                        new Document(
                                                                        "$gte",
                                                                        q.next()
                                                                                .start()
                                                                                .toString())
                                                                .append(
                                                                        "$lte",
                                                                        q.next()
                                                                                .end()
                                                                                .toString())),
                                        byDue,
                                        item))
                        .append(
                                "overdue",
                                listStage(
                                        q,
                                        new Document("openThen", true).append("dueDate", new Document("$lt", refDay)),
                                        byDue,
                                        item))
                        .append(
                                "dueMonths",
                                List.of(
                                        new Document(
                                                "$match",
                                                new Document(
                                                        "dueDate",
                                                        new Document("$gte", windowStart).append("$lte", windowEnd))),
                                        new Document(
                                                "$group",
                                                new Document("_id", "$dueMonth")
                                                        .append("due", sum(1))
                                                        .append(
                                                                "overdue",
                                                                new Document("$sum", cond(overdueThen, 1, 0))))))
                        .append(
                                "doneMonths",
                                List.of(
                                        new Document(
                                                "$match",
                                                new Document(
                                                        "doneOn",
                                                        new Document("$gte", windowStart).append("$lte", windowEnd))),
                                        new Document(
                                                "$group", new Document("_id", "$doneMonth").append("n", sum(1)))))));
        return pipeline;
    }

    // ---------------------------------------------------------------- pipeline parts

    /** Projects of the scope, not archived; {@code prefix} is {@code "p."} after a join. */
    static Document scopeMatch(String networkId, SummaryScope scope, String prefix) {
        Document match = new Document(prefix + "networkId", networkId).append(prefix + "archived", false);
        if (scope.region() != null) {
            match.append(prefix + "region", scope.region());
        }
        if (scope.subRegion() != null) {
            match.append(prefix + "subRegion", scope.subRegion());
        }
        if (scope.theme() != null) {
            match.append(prefix + "theme", scope.theme());
        }
        if (scope.pillar() != null) {
            match.append(prefix + "pillar", scope.pillar());
        }
        return match;
    }

    /** Joins the project whose code is at {@code codePath} as {@code p}, by its {@code _id}. */
    private static List<Document> joinProject(String networkId, String codePath) {
        return List.of(
                new Document(
                        "$addFields",
                        new Document(
                                "pid",
                                new Document("$concat", List.of(new Document("$literal", networkId + "/"), codePath)))),
                new Document(
                        "$lookup",
                        new Document("from", "projects")
                                .append("localField", "pid")
                                .append("foreignField", "_id")
                                .append("as", "p")),
                new Document("$unwind", "$p"));
    }

    /** Counts the matching documents and keeps the first {@code limit} as {@code items}. */
    private static List<Document> listed(int limit, Document item) {
        return List.of(
                new Document(
                        "$group",
                        new Document("_id", null).append("total", sum(1)).append("items", new Document("$push", item))),
                new Document(
                        "$project",
                        new Document("total", 1).append("items", new Document("$slice", List.of("$items", limit)))));
    }

    private static List<Document> listStage(SummaryQuery q, Document match, Document sort, Document item) {
        List<Document> stages = new ArrayList<>(List.of(new Document("$match", match), sort));
        stages.addAll(listed(q.listLimit(), item));
        return stages;
    }

    /** The changes of {@code field} before ({@code $lt}) or from ({@code $gte}) an instant, oldest first. */
    private static Document changes(String field, String comparison, Instant instant) {
        return new Document(
                "$filter",
                new Document("input", "$changes")
                        .append("as", "c")
                        .append(
                                "cond",
                                new Document(
                                        "$and",
                                        List.of(
                                                new Document("$eq", List.of("$$c.field", field)),
                                                new Document(comparison, List.of("$$c.at", date(instant)))))));
    }

    /** The elements of an array expression that are not null. */
    private static Document notNull(String array) {
        return new Document(
                "$filter",
                new Document("input", array)
                        .append("as", "x")
                        .append("cond", new Document("$ne", java.util.Arrays.asList("$$x", null))));
    }

    private static Document last(Document array) {
        return new Document("$arrayElemAt", List.of(array, -1));
    }

    private static Document firstOf(Document array) {
        return new Document("$arrayElemAt", List.of(array, 0));
    }

    /** The project existed at {@code instant} and its value then is known and differs from its current one. */
    private static Document differs(String valueThen, String current, Instant instant) {
        return new Document(
                "$and",
                List.of(
                        new Document("$lt", List.of("$p.createdAt", date(instant))),
                        new Document("$ne", java.util.Arrays.asList(valueThen, null)),
                        new Document("$ne", List.of(valueThen, current))));
    }

    private static List<Document> correction(String flag, String field, String value) {
        return List.of(
                new Document("$match", new Document(flag, true)),
                new Document(
                        "$group",
                        new Document(
                                        "_id",
                                        new Document("field", new Document("$literal", field))
                                                .append("theme", "$p.theme")
                                                .append("value", value))
                                .append("n", sum(1))));
    }

    private static Document filter(String input, String as, String field, boolean open) {
        return new Document(
                "$filter",
                new Document("input", input)
                        .append("as", as)
                        .append(
                                "cond",
                                new Document(open ? "$eq" : "$ne", List.of(field, MilestoneStatus.OPEN.name()))));
    }

    private static Document cond(Object condition, Object then, Object otherwise) {
        // Arrays.asList, not List.of: null is a value here ("no help request")
        return new Document("$cond", java.util.Arrays.asList(condition, then, otherwise));
    }

    private static Document sum(Object value) {
        return new Document("$sum", value);
    }

    private static Document first(String path) {
        return new Document("$first", path);
    }

    private static Document lt(Instant instant) {
        return new Document("$lt", date(instant));
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }

    private static List<Object> nullOrEmpty() {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.add("");
        return values;
    }

    // ---------------------------------------------------------------- running and reading

    private List<Document> aggregate(AtomicInteger trips, String collection, List<Document> pipeline) {
        trips.incrementAndGet();
        long start = System.nanoTime();
        List<Document> result = StoreCalls.call(
                "summary " + collection,
                () -> mongo.execute(collection, c -> c.aggregate(pipeline).into(new ArrayList<>())));
        log.debug("Summary pipeline on {} took {} ms", collection, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** Runs a pipeline ending in {@code $facet}, which always yields exactly one document. */
    private Document facet(AtomicInteger trips, String collection, List<Document> pipeline) {
        List<Document> result = aggregate(trips, collection, pipeline);
        return result.isEmpty() ? new Document() : result.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Document> docs(Document document, String key) {
        Object value = document.get(key);
        return value == null ? List.of() : (List<Document>) value;
    }

    private static int count(Document document, String key) {
        Object value = document.get(key);
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static double number(Document document, String key) {
        Object value = document.get(key);
        return value instanceof Number number ? number.doubleValue() : 0;
    }

    private static <T> Listing<T> listing(List<Document> rows, java.util.function.Function<Document, T> mapper) {
        if (rows.isEmpty()) {
            return Listing.empty();
        }
        Document row = rows.get(0);
        return new Listing<>(docs(row, "items").stream().map(mapper).toList(), count(row, "total"));
    }

    private static HelpItem helpItem(Document d) {
        Date posted = d.getDate("postedAt");
        return new HelpItem(
                d.getString("code"),
                d.getString("name"),
                d.getString("period"),
                posted == null ? null : posted.toInstant(),
                d.getString("authorName"),
                d.getString("text"));
    }

    private static ProjectRef projectRef(Document d) {
        return new ProjectRef(
                d.getString("code"),
                d.getString("name"),
                strings(d, "leaders"),
                ProjectStatus.fromSlug(d.getString("status")).orElseThrow());
    }

    private static MilestoneItem milestoneItem(Document d) {
        String doneOn = d.getString("doneOn");
        return new MilestoneItem(
                d.getString("projectCode"),
                d.getString("projectName"),
                strings(d, "leaders"),
                count(d, "number"),
                d.getString("title"),
                new DueDate(
                        LocalDate.parse(d.getString("dueDate")),
                        Precision.valueOf(d.getString("duePrecision")),
                        d.getString("dueLabel")),
                doneOn == null || doneOn.isEmpty() ? null : LocalDate.parse(doneOn),
                d.getString("ownerId"));
    }

    private List<Milestone> milestones(Document plan, String key) {
        return docs(plan, key).stream()
                .map(d -> mongo.getConverter().read(MilestoneDocument.class, d).toMilestone())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Document d, String key) {
        Object value = d.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    private static List<MonthCount> months(SummaryQuery q, List<Document> dueRows, List<Document> doneRows) {
        Map<String, int[]> byMonth = new LinkedHashMap<>();
        for (LocalDate month = q.windowStart().withDayOfMonth(1);
                !month.isAfter(q.windowEnd());
                month = month.plusMonths(1)) {
            byMonth.put(month.toString().substring(0, 7), new int[3]);
        }
        for (Document row : dueRows) {
            int[] counts = byMonth.get(row.getString("_id"));
            if (counts != null) {
                counts[0] = count(row, "due");
                counts[2] = count(row, "overdue");
            }
        }
        for (Document row : doneRows) {
            int[] counts = byMonth.get(row.getString("_id"));
            if (counts != null) {
                counts[1] = count(row, "n");
            }
        }
        return byMonth.entrySet().stream()
                .map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** Projects per theme, status and phase, as counted by the database and corrected from the audit log. */
    private static final class Counts {
        private final Map<String, Map<ProjectStatus, Integer>> statusByTheme = new TreeMap<>();
        private final Map<Phase, Integer> phase = new EnumMap<>(Phase.class);

        static Counts of(List<Document> rows) {
            Counts counts = new Counts();
            for (Document row : rows) {
                Document id = row.get("_id", Document.class);
                int n = count(row, "n");
                counts.addStatus(id.getString("theme"), id.getString("status"), n);
                counts.addPhase(id.getString("phase"), n);
            }
            return counts;
        }

        void correct(List<Document> rows, int sign) {
            for (Document row : rows) {
                Document id = row.get("_id", Document.class);
                int n = sign * count(row, "n");
                if ("status".equals(id.getString("field"))) {
                    addStatus(id.getString("theme"), id.getString("value"), n);
                } else {
                    addPhase(id.getString("value"), n);
                }
            }
        }

        private void addStatus(String theme, String slug, int n) {
            ProjectStatus.fromSlug(slug == null ? "" : slug).ifPresent(s -> statusByTheme
                    .computeIfAbsent(theme == null ? "" : theme, t -> new EnumMap<>(ProjectStatus.class))
                    .merge(s, n, Integer::sum));
        }

        private void addPhase(String slug, int n) {
            Phase.fromSlug(slug == null ? "" : slug).ifPresent(p -> phase.merge(p, n, Integer::sum));
        }

        Map<ProjectStatus, Integer> status() {
            Map<ProjectStatus, Integer> total = new EnumMap<>(ProjectStatus.class);
            statusByTheme.values().forEach(m -> m.forEach((s, n) -> total.merge(s, n, Integer::sum)));
            return total;
        }

        Map<Phase, Integer> phase() {
            return phase;
        }

        Map<String, Map<ProjectStatus, Integer>> statusByTheme() {
            Map<String, Map<ProjectStatus, Integer>> copy = new LinkedHashMap<>();
            statusByTheme.forEach((theme, counts) -> {
                if (counts.values().stream().anyMatch(n -> n != 0)) {
                    copy.put(theme, Map.copyOf(counts));
                }
            });
            return copy;
        }

        int total() {
            return status().values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
