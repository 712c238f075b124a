package nl.regiotafel.bot.board;

import nl.regiotafel.commands.board.RoundBoardRefresh;
import nl.regiotafel.commands.privacy.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an erasure the network's round board is drawn again from the store, where the person is now a pseudonym: a
 * board lists who is still missing, so it may have named them.
 */
@Component
final class RoundBoardErasures {

    private final RoundBoardRefresh boards;

    RoundBoardErasures(RoundBoardRefresh boards) {
        this.boards = boards;
    }

    @EventListener
    void erased(PersonErased event) {
        boards.refresh(event.networkId());
    }
}
