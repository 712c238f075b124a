package nl.regiotafel.commands.round;

import java.util.List;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.readmodel.ReadScope;

/**
 * Closes the rounds whose deadline has passed, for every network: run by the scheduler so a round is frozen at its
 * deadline, not only when someone first asks for it.
 */
public final class RoundCloser {

    /** How many periods back a run looks for rounds left open (a bot that was down for a while). */
    static final int LOOK_BACK = 4;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RoundCloser.class);

    private final Rounds rounds;
    private final NetworkStore networks;
    private final ProjectStore projects;

    public RoundCloser(Rounds rounds, NetworkStore networks, ProjectStore projects) {
        this.rounds = rounds;
        this.networks = networks;
        this.projects = projects;
    }

    /** Closes what is due in every network that has projects. */
    public void closeDue() {
        projects.networkIds().forEach(this::closeDue);
    }

    /** Closes what is due in one network. */
    public void closeDue(String networkId) {
        List<String> closed;
        try (ReadScope scope = ReadScope.open()) {
            closed = rounds.closeDue(networkId, networks.get(networkId), LOOK_BACK);
        }
        if (!closed.isEmpty()) {
            log.info("Reporting rounds {} of network {} closed and frozen", closed, networkId);
        }
    }
}
