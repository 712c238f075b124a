package nl.regiotafel.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.regiotafel.commands.privacy.PersonalDataStore;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Personal data over the raw documents of every collection, so a collection added later is covered without a change
 * here: a document belongs to a network when its {@code networkId} is the network's, or its {@code _id} is the
 * network's id or has it as one of its {@code /}- or {@code |}-separated parts ({@code networkId/code},
 * {@code milestones/networkId/code}).
 */
@Component
final class MongoPersonalDataStore implements PersonalDataStore {

    // Fields whose value is a person's own setting rather than a reference: cleared, not pseudonymised
    private static final Set<String> CLEARED_FIELDS = Set.of("ownerId");

    private final MongoTemplate mongo;
    private final Counters counters;

    MongoPersonalDataStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    /** The filter for every document of a network, whatever its collection. */
    static Bson ofNetwork(String networkId) {
        return Filters.or(
                Filters.eq("networkId", networkId),
                Filters.eq("_id", networkId),
                // Keys such as networkId/code, networkId|period|1 and milestones/networkId/code (counters)
                Filters.regex("_id", "(^|[/|])" + Pattern.quote(networkId) + "([/|]|$)"));
    }

    @Override
    public Map<String, Object> export(String networkId, String userId) {
        return StoreCalls.call("export personal data", () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            List<Object> leader = new ArrayList<>();
            List<Object> owner = new ArrayList<>();
            List<Object> authored = new ArrayList<>();
            List<Object> actor = new ArrayList<>();
            List<Object> absences = new ArrayList<>();
            Map<String, Object> preferences = new LinkedHashMap<>();
            Set<String> ownedMilestones = new TreeSet<>();
            Map<String, List<Object>> elsewhere = new LinkedHashMap<>();
            // Documents listed under a role already; every other document that names them goes under otherDocuments
            Map<String, Set<Object>> listed = new LinkedHashMap<>();
            for (Document d : collection("projects").find(Filters.eq("networkId", networkId))) {
                if (contains(d.get("leaders"), userId)) {
                    leader.add(pick(d, "code", "name", "archived"));
                    listed(listed, "projects", d);
                }
            }
            for (Document d : collection("milestones").find(Filters.eq("networkId", networkId))) {
                if (userId.equals(d.getString("ownerId"))) {
                    owner.add(pick(d, "projectCode", "number", "title", "dueLabel", "status", "doneOn"));
                    ownedMilestones.add(new nl.regiotafel.commands.reminder.ReminderSubject.Milestone(
                                    d.getString("projectCode"), ((Number) d.get("number")).intValue())
                            .stored());
                    listed(listed, "milestones", d);
                }
            }
            for (Document d : collection("updates").find(Filters.eq("networkId", networkId))) {
                if (userId.equals(d.getString("authorId"))) {
                    authored.add(pick(
                            d,
                            "projectCode",
                            "number",
                            "version",
                            "authorName",
                            "postedAt",
                            "period",
                            "results",
                            "nextActions",
                            "risks",
                            "helpNeeded"));
                    listed(listed, "updates", d);
                }
            }
            for (Document d :
                    collection(AuditDocument.COLLECTION).find(Filters.eq(AuditDocument.Fields.NETWORK_ID, networkId))) {
                if (userId.equals(d.getString(AuditDocument.Fields.ACTOR_ID))) {
                    actor.add(pick(
                            d,
                            AuditDocument.Fields.AT,
                            AuditDocument.Fields.ACTOR_NAME,
                            AuditDocument.Fields.ACTION,
                            AuditDocument.Fields.SUBJECT,
                            AuditDocument.Fields.CHANGES));
                    listed(listed, AuditDocument.COLLECTION, d);
                }
            }
            for (Document d : collection("absences").find(Filters.eq("networkId", networkId))) {
                if (userId.equals(d.getString("userId"))) {
                    absences.add(pick(d, "from", "to"));
                    listed(listed, "absences", d);
                }
            }
            Document settings = collection("reminderSettings")
                    .find(Filters.eq("_id", networkId))
                    .first();
            preferences.put("dmOptIn", settings != null && contains(settings.get("dmOptIn"), userId));
            preferences.put("dmBlocked", settings != null && contains(settings.get("dmBlocked"), userId));
            if (settings != null) {
                listed(listed, "reminderSettings", settings);
            }
            List<Object> reminders = new ArrayList<>();
            List<Object> sentToThem = new ArrayList<>();
            for (Document d : collection("reminders").find(Filters.eq("networkId", networkId))) {
                if (contains(d.get("recipients"), userId)) {
                    // The ledger keeps whom a sent message addressed: the messages the bot sent them
                    sentToThem.add(pick(d, "kind", "subject", "dueAt", "sentAt", "messageId", "late"));
                    listed(listed, "reminders", d);
                } else if (ownedMilestones.contains(d.getString("subject"))) {
                    reminders.add(pick(d, "kind", "subject", "dueAt", "state", "sentAt", "late"));
                    listed(listed, "reminders", d);
                }
            }
            for (String name : mongo.getCollectionNames()) {
                Set<Object> done = listed.getOrDefault(name, Set.of());
                for (Document d : collection(name).find(ofNetwork(networkId))) {
                    if (done.contains(d.get("_id"))) {
                        continue;
                    }
                    Map<String, Object> places = new LinkedHashMap<>();
                    mentions(d, "", userId, places);
                    if (!places.isEmpty()) {
                        // Only where they appear: the rest of a snapshot is other people's and the network's
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("_id", plain(d.get("_id")));
                        entry.put("fields", places);
                        elsewhere.computeIfAbsent(name, n -> new ArrayList<>()).add(entry);
                    }
                }
            }
            out.put("networkId", networkId);
            out.put("userId", userId);
            out.put("leaderOf", leader);
            out.put("milestonesOwned", owner);
            out.put("updatesAuthored", authored);
            out.put("auditActions", actor);
            out.put("absences", absences);
            out.put("reminderPreferences", preferences);
            out.put("remindersAboutTheirMilestones", reminders);
            out.put("messagesSentToThem", sentToThem);
            out.put("otherDocuments", elsewhere);
            return out;
        });
    }

    @Override
    public Erasure erase(String networkId, String userId, Collection<String> names, Pseudonym pseudonym) {
        return StoreCalls.call("erase personal data", () -> {
            Set<String> projectCodes = new TreeSet<>();
            int changed = (int) collection("absences")
                    .deleteMany(Filters.and(Filters.eq("networkId", networkId), Filters.eq("userId", userId)))
                    .getDeletedCount();
            Set<String> known = new LinkedHashSet<>();
            names.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).forEach(known::add);
            List<String> collections = new ArrayList<>(mongo.getCollectionNames());
            for (String name : collections) {
                for (Document d : collection(name).find(ofNetwork(networkId))) {
                    namesBeside(d, userId, known);
                }
            }
            Scrubber scrubber = new Scrubber(userId, known, pseudonym);
            for (String name : collections) {
                MongoCollection<Document> collection = collection(name);
                for (Document d : collection.find(ofNetwork(networkId))) {
                    Document scrubbed = scrubber.document(d, true);
                    if (!scrubbed.equals(d)) {
                        collection.replaceOne(Filters.eq("_id", d.get("_id")), scrubbed);
                        changed++;
                        projectOf(name, d).ifPresent(projectCodes::add);
                    }
                }
            }
            return new Erasure(changed, projectCodes);
        });
    }

    /** The project a document belongs to: its {@code projectCode}, a project's own code, a snapshot's project. */
    private static java.util.Optional<String> projectOf(String collection, Document d) {
        if (d.get("projectCode") instanceof String code) {
            return java.util.Optional.of(code);
        }
        if (collection.equals("projects") && d.get("code") instanceof String code) {
            return java.util.Optional.of(code);
        }
        if (d.get("project") instanceof Document project && project.get("code") instanceof String code) {
            return java.util.Optional.of(code);
        }
        return java.util.Optional.empty();
    }

    @Override
    public long deleteNetwork(String networkId) {
        return StoreCalls.call("delete network", () -> {
            // Import plans carry only their batch's id: find the network's batches before they are deleted
            List<Object> batches = new ArrayList<>();
            collection("imports").find(Filters.eq("networkId", networkId)).forEach(d -> batches.add(d.get("_id")));
            long deleted = batches.isEmpty()
                    ? 0
                    : collection("import_parts")
                            .deleteMany(Filters.in("batchId", batches))
                            .getDeletedCount();
            for (String name : mongo.getCollectionNames()) {
                deleted += collection(name).deleteMany(ofNetwork(networkId)).getDeletedCount();
            }
            return deleted;
        });
    }

    @Override
    public int nextFormerMember(String networkId) {
        return counters.next(networkId + "/formerMembers");
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    /** The names stored next to the person's id: {@code authorName} beside {@code authorId}, and so on. */
    private static void namesBeside(Object value, String userId, Set<String> names) {
        if (value instanceof Document d) {
            for (Map.Entry<String, Object> e : d.entrySet()) {
                if (e.getKey().endsWith("Id") && userId.equals(e.getValue())) {
                    String base = e.getKey().substring(0, e.getKey().length() - 2);
                    if (d.get(base + "Name") instanceof String name && !name.isBlank()) {
                        names.add(name);
                    }
                }
                namesBeside(e.getValue(), userId, names);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> namesBeside(item, userId, names));
        }
    }

    private static void listed(Map<String, Set<Object>> listed, String collection, Document d) {
        listed.computeIfAbsent(collection, c -> new java.util.HashSet<>()).add(d.get("_id"));
    }

    private static boolean contains(Object list, String userId) {
        return list instanceof List<?> l && l.contains(userId);
    }

    /**
     * Where the person's id appears in the document, as a value or inside a text, by path ({@code update.authorId}):
     * the text itself, or for a list only their id; the name beside their id comes along.
     */
    private static void mentions(Object value, String path, String userId, Map<String, Object> places) {
        if (value instanceof Document d) {
            for (Map.Entry<String, Object> e : d.entrySet()) {
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                mentions(e.getValue(), at, userId, places);
                if (e.getKey().endsWith("Id") && userId.equals(e.getValue())) {
                    String base = e.getKey().substring(0, e.getKey().length() - 2) + "Name";
                    if (d.get(base) != null) {
                        places.put(path.isEmpty() ? base : path + "." + base, plain(d.get(base)));
                    }
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (userId.equals(item)) {
                    places.put(path, userId);
                } else if (item instanceof Document) {
                    mentions(item, path, userId, places);
                }
            }
        } else if (value instanceof String s
                && Scrubber.token(userId).matcher(s).find()) {
            places.put(path, s);
        }
    }

    private static Map<String, Object> pick(Document d, String... fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : fields) {
            if (d.get(field) != null) {
                out.put(field, plain(d.get(field)));
            }
        }
        return out;
    }

    /** A BSON value as JSON-ready Java values. */
    private static Object plain(Object value) {
        if (value instanceof Document d) {
            Map<String, Object> out = new LinkedHashMap<>();
            d.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MongoPersonalDataStore::plain).toList();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof ObjectId || value instanceof Binary) {
            return value.toString();
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        return value;
    }

    /** Rewrites one document without the person: removed from lists, cleared as owner, pseudonymised elsewhere. */
    private static final class Scrubber {

        private final String userId;
        private final Pattern idToken;
        private final List<Pattern> nameTokens;
        private final PersonalDataStore.Pseudonym pseudonym;

        Scrubber(String userId, Collection<String> names, PersonalDataStore.Pseudonym pseudonym) {
            this.userId = userId;
            this.idToken = token(userId);
            // Longest first, so "Leider Lotte" is replaced whole before "Lotte" alone
            this.nameTokens = names.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(Scrubber::token)
                    .toList();
            this.pseudonym = pseudonym;
        }

        static Pattern token(String text) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])");
        }

        Document document(Document d, boolean top) {
            Document out = new Document();
            for (Map.Entry<String, Object> e : d.entrySet()) {
                String key = e.getKey();
                Object value = e.getValue();
                if (top && (key.equals("_id") || key.equals("networkId"))) {
                    out.put(key, value);
                } else if (CLEARED_FIELDS.contains(key) && userId.equals(value)) {
                    out.put(key, null);
                } else {
                    out.put(key, value(value));
                }
            }
            return out;
        }

        private Object value(Object value) {
            if (value instanceof Document d) {
                return document(d, false);
            }
            if (value instanceof List<?> list) {
                List<Object> out = new ArrayList<>();
                for (Object item : list) {
                    if (!userId.equals(item)) {
                        out.add(value(item));
                    }
                }
                return out;
            }
            if (value instanceof String s) {
                if (s.equals(userId)) {
                    return pseudonym.id();
                }
                String text = idToken.matcher(s).replaceAll(java.util.regex.Matcher.quoteReplacement(pseudonym.name()));
                for (Pattern name : nameTokens) {
                    text = name.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(pseudonym.name()));
                }
                return text;
            }
            return value;
        }
    }
}
