package nl.regiotafel.bot.schedule;

import nl.regiotafel.commands.privacy.RetentionSweep;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Removes or pseudonymises what is older than each network's retention; nightly. */
@DisallowConcurrentExecution
public final class RetentionJob implements Job {

    private final RetentionSweep sweep;

    public RetentionJob(RetentionSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void execute(JobExecutionContext context) {
        sweep.sweep();
    }
}
