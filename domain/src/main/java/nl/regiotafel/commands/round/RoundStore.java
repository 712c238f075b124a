package nl.regiotafel.commands.round;

import java.util.List;
import java.util.Optional;

/** Port: the frozen snapshots of closed reporting rounds. Snapshots are written once and never changed. */
public interface RoundStore {

    /**
     * Stores a snapshot with its version, unless that version of the round is already stored (another instance, or an
     * earlier request, froze it first).
     *
     * @return whether this call stored it
     */
    boolean insert(RoundSnapshot snapshot);

    /** The latest version of a round's snapshot, with its projects. */
    Optional<RoundSnapshot> latest(String networkId, String period);

    /** One version of a round's snapshot, with its projects. */
    Optional<RoundSnapshot> version(String networkId, String period, int version);

    /** Every stored version of every round of the network, without projects, newest period and version first. */
    List<RoundSnapshot> headers(String networkId);
}
