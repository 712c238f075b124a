package nl.regiotafel.commands.testing;

import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.board.RoundBoardRefresh;

/** Keeps the networks whose round boards were asked to be redrawn, in order. */
public final class RecordingRoundBoardRefresh implements RoundBoardRefresh {

    private final List<String> asked = new ArrayList<>();

    @Override
    public synchronized void refresh(String networkId) {
        asked.add(networkId);
    }

    /** How often the boards of this network were asked to be redrawn. */
    public synchronized long count(String networkId) {
        return asked.stream().filter(networkId::equals).count();
    }
}
