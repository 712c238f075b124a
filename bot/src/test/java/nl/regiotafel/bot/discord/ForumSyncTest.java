package nl.regiotafel.bot.discord;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.forum.ForumPostStore;
import nl.regiotafel.commands.forum.ProjectForum;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.TestRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forum kept in step with imports, against the embedded store and a recording forum: a confirmed import gives every
 * imported project one post, after the forum's tags; importing again makes none.
 */
@RegiotafelTest
final class ForumSyncTest {

    /** Records what the bot asked of the forum. */
    static final class RecordingForum implements ProjectForum {

        final List<String> created = new ArrayList<>();
        final List<List<String>> tagRequests = new ArrayList<>();
        final Set<String> threads = new HashSet<>();

        @Override
        public synchronized Post create(
                String networkId, String forumChannelId, String title, Page card, List<String> tags) {
            created.add(title);
            String id = "t" + created.size();
            threads.add(id);
            return new Post(id, id);
        }

        @Override
        public void editCard(String networkId, Post post, Page card, List<String> tags) {}

        @Override
        public String add(String networkId, Post post, Page message) {
            return "m";
        }

        @Override
        public void editMessage(String networkId, Post post, String messageId, Page message) {}

        @Override
        public void close(String networkId, Post post) {}

        @Override
        public synchronized Set<String> posts(String networkId, String forumChannelId) {
            return Set.copyOf(threads);
        }

        @Override
        public List<String> missingPermissions(String networkId, String forumChannelId) {
            return List.of();
        }

        @Override
        public synchronized List<String> ensureTags(String networkId, String forumChannelId, List<String> wanted) {
            tagRequests.add(wanted);
            return List.of();
        }

        @Override
        public void retag(String networkId, Post post, List<String> tags) {}
    }

    private static final String CSV = "Projectcode;Projectnaam;Regio;Thema\n"
            + "een;Een;Zeeland;Behoud\n"
            + "twee;Twee;Zeeland;Behoud\n"
            + "drie;Drie;Zeeland;Instroom\n"
            + "vier;Vier;Zeeland;Instroom\n"
            + "vijf;Vijf;Zeeland;Behoud\n";

    @Autowired
    CommandRegistry registry;

    @Autowired
    ForumPostStore posts;

    @Autowired
    ProjectStore projects;

    @Autowired
    NetworkStore networks;

    @Autowired
    nl.regiotafel.commands.update.UpdateStore updates;

    private final RecordingForum forum = new RecordingForum();
    private TestRequests dutch;

    @BeforeEach
    void forum() {
        dutch = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.DUTCH);
        var settings = networks.get(dutch.network()).toBuilder();
        settings.channels = new Channels(null, null, null, null, "forum-channel");
        networks.save(settings.build());
    }

    private void importAndSync() throws Exception {
        CommandRequest request = dutch.request(
                ADMIN,
                "import",
                null,
                UUID.randomUUID().toString(),
                "file",
                AttachmentInput.of("projecten.csv", CSV.getBytes(StandardCharsets.UTF_8)),
                "confirm",
                true);
        CommandResponse response = registry.dispatch(request);
        var worker = Executors.newSingleThreadScheduledExecutor();
        new ForumSync(forum, posts, projects, updates, networks, worker).extend(request, response);
        // Whatever the reply queued on the forum thread runs to the end; nothing else does
        worker.shutdown();
        assertThat(worker.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aConfirmedImportGivesEveryImportedProjectOnePostAfterTheTagsAndAgainNone() throws Exception {
        importAndSync();

        assertThat(forum.created)
                .containsExactlyInAnyOrder("een — Een", "twee — Twee", "drie — Drie", "vier — Vier", "vijf — Vijf");
        assertThat(forum.tagRequests.get(0)).contains("Op schema", "Uitvoering", "Behoud", "Instroom");

        importAndSync();

        assertThat(forum.created).hasSize(5);
    }
}
