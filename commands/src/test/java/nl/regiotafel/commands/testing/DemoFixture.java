package nl.regiotafel.commands.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.demo.DemoNetwork;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateStore;

/** Loads the demo network into a fresh network id, as it stood at a given moment. A {@link Wired} field gets it. */
public final class DemoFixture {

    /** Monday 20 September 2021, 10:00 in Amsterdam: Q3 2021 is running, the Q3 updates are in. */
    public static final Instant SEPTEMBER_20 = Instant.parse("2021-09-20T08:00:00Z");

    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final UpdateStore updates;
    private final NetworkStore networks;
    private final AuditStore audit;

    public DemoFixture(
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            NetworkStore networks,
            AuditStore audit) {
        this.projects = projects;
        this.milestones = milestones;
        this.updates = updates;
        this.networks = networks;
        this.audit = audit;
    }

    /** A new network holding the demo as of {@code at}. */
    public String load(Instant at) {
        String network = "demo-" + UUID.randomUUID();
        load(network, at);
        return network;
    }

    public DemoNetwork.Result load(String network, Instant at) {
        return DemoNetwork.load(
                network, projects, milestones, updates, networks, audit, Clock.fixed(at, ZoneOffset.UTC));
    }
}
