package nl.regiotafel.bot.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import nl.regiotafel.commands.privacy.RetentionSweep;
import nl.regiotafel.commands.time.ScheduledWork;
import org.quartz.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The nightly retention as the console's clock sees it: the same cron and zone the scheduler gives {@link RetentionJob}
 * ({@code regiotafel.scheduler.retention-cron}), so {@code /clock advance} runs the sweep exactly when the scheduler
 * would have.
 */
@Component
final class RetentionSchedule implements ScheduledWork {

    /** More runs than a 400-day step of a nightly job; a cron that fires more often is cut off here. */
    private static final int MAX_RUNS = 1_000;

    private final RetentionSweep sweep;
    private final CronExpression cron;

    RetentionSchedule(RetentionSweep sweep, SchedulerProperties properties) {
        this.sweep = sweep;
        try {
            this.cron = new CronExpression(properties.retentionCron());
        } catch (ParseException e) {
            throw new IllegalStateException("regiotafel.scheduler.retention-cron is not a cron expression", e);
        }
        cron.setTimeZone(TimeZone.getTimeZone(properties.zone()));
    }

    @Override
    public List<Instant> runsBetween(Instant after, Instant until) {
        List<Instant> runs = new ArrayList<>();
        Date next = cron.getNextValidTimeAfter(Date.from(after));
        while (next != null && !next.toInstant().isAfter(until) && runs.size() < MAX_RUNS) {
            runs.add(next.toInstant());
            next = cron.getNextValidTimeAfter(next);
        }
        return runs;
    }

    @Override
    public void run(String networkId, Instant at) {
        sweep.sweep(networkId, at);
    }
}
