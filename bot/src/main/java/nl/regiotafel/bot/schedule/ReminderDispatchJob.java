package nl.regiotafel.bot.schedule;

import nl.regiotafel.commands.reminder.ReminderEngine;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Sends the ledger entries that are due. */
@DisallowConcurrentExecution
public final class ReminderDispatchJob implements Job {

    private final ReminderEngine engine;

    public ReminderDispatchJob(ReminderEngine engine) {
        this.engine = engine;
    }

    @Override
    public void execute(JobExecutionContext context) {
        engine.dispatch();
    }
}
