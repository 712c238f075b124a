package nl.regiotafel.commands.board;

import java.util.List;
import java.util.Optional;

/**
 * Port: which message shows which round's board, per network and period, so that after a restart the board is edited
 * rather than posted again.
 */
public interface RoundBoardStore {

    /**
     * A round's board as last shown.
     *
     * @param networkId the network
     * @param period the round's period key
     * @param messageId the platform's id of the message showing it
     * @param closed whether it shows the closed round (then it is final and not edited again)
     * @param shown a fingerprint of what it shows, so an unchanged board is not edited again
     */
    record Shown(String networkId, String period, String messageId, boolean closed, String shown) {}

    Optional<Shown> find(String networkId, String period);

    /** Records (or replaces) the board of a round. */
    void save(Shown board);

    /** The network's boards that still show an open round, oldest period first. */
    List<Shown> open(String networkId);
}
