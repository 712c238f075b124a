package nl.regiotafel.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.readmodel.Part;
import nl.regiotafel.commands.readmodel.ReadModel;
import nl.regiotafel.commands.readmodel.Revision;
import nl.regiotafel.commands.readmodel.RevisionStore;
import nl.regiotafel.commands.round.RoundStore;
import nl.regiotafel.commands.testing.TestBot;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A page reads each network's revision once, however many reads it makes while it is computed and rendered. */
class ReadScopeFilterTest {

    private final TestBot stores = TestBot.shared();
    private final AtomicInteger revisionReads = new AtomicInteger();

    /** The store's revisions, counting every read. */
    private final RevisionStore counting = new RevisionStore() {
        private final RevisionStore store = stores.bare(RevisionStore.class);

        @Override
        public Revision read(String networkId) {
            revisionReads.incrementAndGet();
            return store.read(networkId);
        }

        @Override
        public Revision bump(String networkId, Set<Part> parts) {
            return store.bump(networkId, parts);
        }
    };

    private final ReadModel model = new ReadModel(
            stores.bare(ProjectStore.class),
            stores.bare(UpdateStore.class),
            stores.bare(nl.regiotafel.commands.milestone.MilestoneStore.class),
            stores.bare(RoundStore.class),
            stores.bare(NetworkStore.class),
            counting,
            Duration.ofMinutes(30));

    private final String network = "guild-" + UUID.randomUUID();

    /** What a page does: the settings, a project, the project list, the settings again (the standing line). */
    private final FilterChain page = (request, response) -> {
        model.networkStore().get(network);
        model.projectStore().find(network, "zz-instroom");
        model.projectStore().list(network, nl.regiotafel.commands.project.ProjectFilter.all());
        model.networkStore().get(network);
    };

    @Test
    void aPageThroughTheFilterReadsTheRevisionOnce() throws Exception {
        new ReadScopeFilter().doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), page);

        assertThat(revisionReads).hasValue(1);
    }

    @Test
    void withoutItEveryReadLookedAtTheRevision() throws Exception {
        page.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse());

        assertThat(revisionReads.get()).isGreaterThanOrEqualTo(4);
    }
}
