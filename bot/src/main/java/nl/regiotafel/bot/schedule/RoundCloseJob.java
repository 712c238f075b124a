package nl.regiotafel.bot.schedule;

import nl.regiotafel.bot.board.PacedRoundBoards;
import nl.regiotafel.commands.round.RoundCloser;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Freezes the reporting rounds whose deadline has passed, in every network; then the boards of rounds that closed show
 * their final figures, and a round that opened gets its board.
 */
@DisallowConcurrentExecution
public final class RoundCloseJob implements Job {

    private final RoundCloser closer;
    private final PacedRoundBoards boards;

    public RoundCloseJob(RoundCloser closer, PacedRoundBoards boards) {
        this.closer = closer;
        this.boards = boards;
    }

    @Override
    public void execute(JobExecutionContext context) {
        closer.closeDue();
        boards.refreshDue();
    }
}
