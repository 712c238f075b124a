package nl.regiotafel.bot.board;

import nl.regiotafel.commands.board.RoundBoardGateway;
import nl.regiotafel.commands.board.RoundBoardStore;
import nl.regiotafel.commands.board.RoundBoards;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.reminder.AbsenceStore;
import nl.regiotafel.commands.round.Rounds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live round boards: where a platform shows them (Discord), every change that affects a round redraws its board,
 * paced; in the console there are none and {@link nl.regiotafel.commands.board.RoundBoardRefresh} does nothing.
 */
@Configuration(proxyBeanMethods = false)
class RoundBoardConfiguration {

    @Bean
    PacedRoundBoards roundBoardRefresh(
            ObjectProvider<RoundBoardGateway> gateway,
            Rounds rounds,
            NetworkStore networks,
            AbsenceStore absences,
            RoundBoardStore store,
            ProjectStore projects,
            RoundBoardProperties pace) {
        RoundBoardGateway platform = gateway.getIfAvailable();
        PacedRoundBoards.Boards boards = platform == null
                ? null
                : PacedRoundBoards.Boards.of(new RoundBoards(rounds, networks, absences, store, platform));
        PacedRoundBoards.Worker worker = PacedRoundBoards.Worker.ofThread("regiotafel-round-board");
        PacedRoundBoards paced = new PacedRoundBoards(boards, projects::networkIds, worker, System::nanoTime, pace);
        // Once Discord has had time to connect: the open rounds' boards, and any deleted while the bot was down
        worker.schedule(paced::refreshEverything, pace.startUp());
        return paced;
    }
}
