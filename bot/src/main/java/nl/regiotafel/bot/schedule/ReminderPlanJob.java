package nl.regiotafel.bot.schedule;

import nl.regiotafel.commands.reminder.ReminderEngine;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Plans the reminder ledger ahead for every network. */
@DisallowConcurrentExecution
public final class ReminderPlanJob implements Job {

    private final ReminderEngine engine;

    public ReminderPlanJob(ReminderEngine engine) {
        this.engine = engine;
    }

    @Override
    public void execute(JobExecutionContext context) {
        engine.plan();
    }
}
