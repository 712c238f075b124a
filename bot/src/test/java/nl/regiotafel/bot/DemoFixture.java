package nl.regiotafel.bot;

import java.time.Instant;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.demo.DemoNetwork;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateStore;
import org.springframework.stereotype.Component;

/**
 * The commands' {@link nl.regiotafel.commands.testing.DemoFixture} on the bot's own stores, for the Spring tests:
 * loads the demo network into a fresh network id, as it stood at a given moment. Import it in a test.
 */
@Component
public final class DemoFixture {

    /** Monday 20 September 2021, 10:00 in Amsterdam: Q3 2021 is running, the Q3 updates are in. */
    public static final Instant SEPTEMBER_20 = nl.regiotafel.commands.testing.DemoFixture.SEPTEMBER_20;

    private final nl.regiotafel.commands.testing.DemoFixture demo;

    DemoFixture(
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            NetworkStore networks,
            AuditStore audit) {
        this.demo = new nl.regiotafel.commands.testing.DemoFixture(projects, milestones, updates, networks, audit);
    }

    /** A new network holding the demo as of {@code at}. */
    public String load(Instant at) {
        return demo.load(at);
    }

    public DemoNetwork.Result load(String network, Instant at) {
        return demo.load(network, at);
    }
}
