package nl.regiotafel.commands.board;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.ReplyExtension;
import nl.regiotafel.commands.api.Tone;

/**
 * Asks for the network's round boards to be redrawn after a reply that says it changed what they show
 * ({@link CommandResponse#changed()}): projects, updates, absences, a revised round, the settings (channels, calendar).
 * Which command ran does not matter. The redraw is paced by the adapter, and a board that would look the same is not
 * edited; this only says that something changed.
 */
public final class RoundBoardTrigger implements ReplyExtension {

    /** What the boards are drawn from. */
    private static final Set<Changed> SHOWN =
            EnumSet.of(Changed.PROJECTS, Changed.UPDATES, Changed.ABSENCES, Changed.ROUNDS, Changed.SETTINGS);

    private final RoundBoardRefresh boards;

    public RoundBoardTrigger(RoundBoardRefresh boards) {
        this.boards = boards;
    }

    @Override
    public CommandResponse extend(CommandRequest request, CommandResponse response) {
        if (changesBoards(response)) {
            boards.refresh(request.networkId());
        }
        return response;
    }

    static boolean changesBoards(CommandResponse response) {
        return response.tone() != Tone.ERROR
                && response.form() == null
                && !Collections.disjoint(response.changed(), SHOWN);
    }
}
