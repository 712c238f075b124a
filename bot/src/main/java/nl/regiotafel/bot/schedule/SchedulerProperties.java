package nl.regiotafel.bot.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Quartz scheduler ({@code regiotafel.scheduler.*}).
 *
 * @param enabled whether the jobs run on their own ({@code REGIOTAFEL_SCHEDULER_ENABLED}); tests switch it off and
 *     drive the engine themselves
 * @param zone the time zone of the cron triggers ({@code REGIOTAFEL_SCHEDULER_ZONE})
 * @param planCron when the planner runs
 * @param dispatchCron when due reminders are sent
 * @param retentionCron when each network's retention is applied (nightly)
 */
@ConfigurationProperties("regiotafel.scheduler")
public record SchedulerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("Europe/Amsterdam") String zone,
        @DefaultValue("0 */15 * * * ?") String planCron,
        @DefaultValue("0 * * * * ?") String dispatchCron,
        @DefaultValue("0 30 3 * * ?") String retentionCron) {}
