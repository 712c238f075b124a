package nl.regiotafel.bot.schedule;

import java.util.Properties;
import java.util.TimeZone;
import nl.regiotafel.commands.reminder.ReminderDispatcher;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Quartz with its in-memory job store: it only triggers the work. What has been planned and sent lives in MongoDB's
 * reminder ledger, so a restart or a second instance never sends twice. Jobs are built by Spring, with constructor
 * injection.
 */
@Component("quartzScheduler")
final class QuartzScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QuartzScheduler.class);

    private final SchedulerProperties properties;
    private final AutowireCapableBeanFactory beans;
    private final ObjectProvider<ReminderDispatcher> dispatcher;
    private final boolean autoStartup;
    private Scheduler scheduler;

    QuartzScheduler(
            SchedulerProperties properties,
            AutowireCapableBeanFactory beans,
            ObjectProvider<ReminderDispatcher> dispatcher,
            @Value("${regiotafel.lease.enabled:false}") boolean lease) {
        this.autoStartup = !lease;
        this.properties = properties;
        this.beans = beans;
        this.dispatcher = dispatcher;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        // Started again after a stop when this instance regains the lease
        dispatcher.ifAvailable(ReminderDispatcher::resume);
        try {
            Properties quartz = new Properties();
            // Quartz keeps schedulers per name in the JVM: a name of our own, so two contexts (tests, a standby
            // beside an active instance) never share one
            quartz.setProperty("org.quartz.scheduler.instanceName", "regiotafel-" + java.util.UUID.randomUUID());
            quartz.setProperty("org.quartz.threadPool.threadCount", "2");
            quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            quartz.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            scheduler = new StdSchedulerFactory(quartz).getScheduler();
            scheduler.setJobFactory(
                    (bundle, s) -> beans.createBean(bundle.getJobDetail().getJobClass()));
            schedule(ReminderPlanJob.class, properties.planCron());
            schedule(ReminderDispatchJob.class, properties.dispatchCron());
            schedule(RoundCloseJob.class, properties.planCron());
            schedule(RetentionJob.class, properties.retentionCron());
            scheduler.start();
            log.info(
                    "Reminder jobs scheduled ({} / {}, retention {}, {})",
                    properties.planCron(),
                    properties.dispatchCron(),
                    properties.retentionCron(),
                    properties.zone());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start the reminder scheduler", e);
        }
    }

    private void schedule(Class<? extends Job> job, String cron) throws SchedulerException {
        JobDetail detail =
                JobBuilder.newJob(job).withIdentity(job.getSimpleName()).build();
        // Cron in the network time zone: 09:00 stays 09:00 across the switch to and from summer time
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(job.getSimpleName() + "Trigger")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(properties.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(detail, trigger);
    }

    /**
     * Stops between two reminders: the dispatcher finishes the one in hand and takes no next, then Quartz waits for
     * its jobs to return. Runs before the Discord connection closes (higher phase), so that send still has it.
     */
    @Override
    public void stop() {
        if (scheduler != null) {
            dispatcher.ifAvailable(ReminderDispatcher::stop);
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                log.warn("Scheduler did not shut down cleanly: {}", e.toString());
            }
        }
    }

    /** False when instances take turns: then only the lease holder runs the jobs ({@code ActiveInstance}). */
    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public boolean isRunning() {
        try {
            return scheduler != null && scheduler.isStarted() && !scheduler.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }
}
