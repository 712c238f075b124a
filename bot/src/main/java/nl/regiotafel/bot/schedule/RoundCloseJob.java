package nl.regiotafel.bot.schedule;

import nl.regiotafel.commands.round.RoundCloser;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Freezes the reporting rounds whose deadline has passed, in every network. */
@DisallowConcurrentExecution
public final class RoundCloseJob implements Job {

    private final RoundCloser closer;

    public RoundCloseJob(RoundCloser closer) {
        this.closer = closer;
    }

    @Override
    public void execute(JobExecutionContext context) {
        closer.closeDue();
    }
}
