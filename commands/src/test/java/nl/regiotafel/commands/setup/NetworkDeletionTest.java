package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.forum.ForumPostStore;
import nl.regiotafel.commands.forum.ProjectForum;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.reminder.ReminderPlanner;
import nl.regiotafel.commands.round.RoundCloser;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

@CommandTest
final class NetworkDeletionTest {

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    @Wired
    MongoTemplate mongo;

    @Wired
    RoundCloser rounds;

    @Wired
    ReminderPlanner planner;

    @Wired
    ForumPostStore forumPosts;

    /** The _id of every document in every collection before either network existed: other tests' data. */
    private Map<String, Set<Object>> before;

    private static final String CSV = "Projectcode;Projectnaam;Regio;Thema;Projectleider;Mijlpaal;Datum\r\n"
            + "zomerzorg;ZomerZorg;Zeeland;Behoud;<@123456789012345678>;;\r\n"
            + "zomerzorg;;;;;Evaluatie;Q4 2021\r\n";

    private TestRequests leaving;
    private TestRequests staying;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2021-09-20T08:00:00Z"));
        before = ids();
        leaving = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.ENGLISH);
        staying = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.ENGLISH);
        for (TestRequests bot : List.of(leaving, staying)) {
            ok(bot.run(ADMIN, "setup", "network", "name", "Netwerk Zorg Zeeland"));
            ok(bot.run(
                    MANAGER,
                    "project",
                    "add",
                    "code",
                    "tizv-glasses",
                    "name",
                    "Pilot Smart Glasses",
                    "region",
                    "Zeeland",
                    "theme",
                    "Arbeidsbesparing",
                    "leader",
                    new UserRef("l1", "Lotte")));
            ok(bot.run(
                    LEADER, "milestone", "add", "project", "tizv-glasses", "title", "Eindevaluatie", "due", "1-10-21"));
            ok(bot.run(LEADER, "update", null, "project", "tizv-glasses", "results", "Zeven organisaties doen mee"));
            ok(bot.run(LEADER, "away", "set", "from", "1-12-2021", "to", "20-12-2021"));
            ok(bot.run(LEADER, "reminders", "dm", "on", true));
            // A meeting-view link (the network's signing key), a forum post with an update message, an import
            ok(bot.run(MANAGER, "dashboard", "link"));
            forumPosts.save(bot.network(), "tizv-glasses", new ProjectForum.Post("thread-1", "card-1"));
            forumPosts.recordUpdateMessage(
                    bot.network(), "tizv-glasses", new ForumPostStore.UpdateMessage("message-1", 1, 1));
            ok(bot.run(
                    ADMIN,
                    "import",
                    null,
                    "file",
                    AttachmentInput.of("projecten.csv", CSV.getBytes(StandardCharsets.UTF_8)),
                    "confirm",
                    true));
            // An erasure: a former-member counter and an audit entry
            ok(bot.run(ADMIN, "privacy", "erase", "user", new UserRef("x9", "Xander"), "confirm", true));
        }
        planner.plan(leaving.network(), clock.instant(), clock.instant().plus(java.time.Duration.ofDays(40)));
        clock.set(Instant.parse("2021-10-20T08:00:00Z"));
        rounds.closeDue(leaving.network());
        // A revised round: a second snapshot version
        ok(leaving.run(MANAGER, "round", "revise", "period", "Q3 2021", "reason", "Late update"));
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    @Test
    void deletingTheNetworkAsksFirstAndOffersTheExport() {
        CommandResponse preview = ok(leaving.run(ADMIN, "setup", "delete"));
        CommandResponse byManager = leaving.run(MANAGER, "setup", "delete", "confirm", true);

        assertThat(preview.pages().get(0).text())
                .contains("/export format:json")
                .contains("/privacy export");
        assertThat(preview.action().options()).containsEntry("confirm", true);
        assertThat(byManager.tone()).isEqualTo(Tone.ERROR);
        assertThat(documentsOf(leaving.network())).hasSizeGreaterThan(8);
    }

    @Test
    void afterDeletionNoCollectionHoldsAnythingOfTheNetworkAndOthersAreUntouched() {
        List<String> before = documentsOf(staying.network());
        List<String> collectionsBefore = collectionsOf(leaving.network());

        CommandResponse done = ok(leaving.run(ADMIN, "setup", "delete", "confirm", true));

        assertThat(collectionsBefore)
                .contains(
                        "networks",
                        "projects",
                        "milestones",
                        "updates",
                        "audit",
                        "absences",
                        "reminderSettings",
                        "rounds",
                        "round_projects",
                        "reminders",
                        "dashboard_keys",
                        "forumPosts",
                        "imports",
                        "counters");
        assertThat(documentsOf(leaving.network())).isEmpty();
        // Documents that do not carry the network's id (an import's parts carry their batch): none is new
        assertThat(newDocuments())
                .allSatisfy(d -> assertThat(d).contains(staying.network()))
                .isNotEmpty();
        assertThat(done.pages().get(0).text()).contains("documents were deleted");
        assertThat(documentsOf(staying.network())).isEqualTo(before);
    }

    /** Every stored document, in any collection, in which the network's id appears anywhere. */
    private List<String> documentsOf(String network) {
        List<String> found = new ArrayList<>();
        for (String name : mongo.getCollectionNames()) {
            for (Document d : mongo.getCollection(name).find()) {
                if (d.toJson().contains(network)) {
                    found.add(name + ": " + d.toJson());
                }
            }
        }
        return found;
    }

    /** Every document added since the set-up began that does not name the staying network, by collection. */
    private List<String> newDocuments() {
        List<String> found = new ArrayList<>();
        for (String name : mongo.getCollectionNames()) {
            Set<Object> old = before.getOrDefault(name, Set.of());
            for (Document d : mongo.getCollection(name).find()) {
                if (!old.contains(d.get("_id"))) {
                    found.add(name + ": " + d.toJson());
                }
            }
        }
        return found;
    }

    private Map<String, Set<Object>> ids() {
        Map<String, Set<Object>> ids = new HashMap<>();
        for (String name : mongo.getCollectionNames()) {
            Set<Object> set = new HashSet<>();
            mongo.getCollection(name).find().forEach(d -> set.add(d.get("_id")));
            ids.put(name, set);
        }
        return ids;
    }

    private List<String> collectionsOf(String network) {
        return documentsOf(network).stream()
                .map(s -> s.substring(0, s.indexOf(':')))
                .distinct()
                .toList();
    }
}
