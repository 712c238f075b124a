package nl.regiotafel.bot.schedule;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The reminder scheduler for readiness: up while Quartz is started. Switched off by configuration it is up too, with
 * {@code enabled: false}: that is a choice, not a fault.
 */
@Component("schedulerHealthIndicator")
final class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final SchedulerProperties properties;
    private final QuartzScheduler scheduler;

    SchedulerHealthIndicator(SchedulerProperties properties, QuartzScheduler scheduler) {
        super("Scheduler check failed");
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("enabled", properties.enabled());
        if (!properties.enabled() || scheduler.isRunning()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
