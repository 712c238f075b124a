package nl.regiotafel.commands.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.regiotafel.commands.project.ProjectStore;

/** Runs the reminder work: plans every network's ledger and sends what is due. Quartz calls it; so does the console. */
public final class ReminderEngine {

    /** How far ahead each run plans; the next runs extend it. */
    static final Duration HORIZON = Duration.ofDays(2);

    private final ProjectStore projects;
    private final ReminderPlanner planner;
    private final ReminderDispatcher dispatcher;
    private final Clock clock;

    public ReminderEngine(ProjectStore projects, ReminderPlanner planner, ReminderDispatcher dispatcher, Clock clock) {
        this.projects = projects;
        this.planner = planner;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Plans ahead for every network. */
    public synchronized int plan() {
        Instant now = clock.instant();
        int planned = 0;
        for (String networkId : projects.networkIds()) {
            planned += planner.plan(networkId, now, now.plus(HORIZON));
        }
        return planned;
    }

    /** Plans ahead for one network: what the console, which plays one network, needs after each command. */
    public synchronized int plan(String networkId) {
        Instant now = clock.instant();
        return planner.plan(networkId, now, now.plus(HORIZON));
    }

    /** Sends what is due now. */
    public synchronized int dispatch() {
        return dispatcher.dispatch(clock.instant());
    }

    /** Sends what is due now in one network: what the console, which plays one network, runs. */
    public synchronized int dispatch(String networkId) {
        return dispatcher.dispatch(clock.instant(), networkId);
    }

    /**
     * Moves the console's clock to {@code target} as {@link #advance(ClockControl, Instant)} does, planning and sending
     * only {@code networkId}'s reminders: the console plays one network, and another network would never see its own.
     *
     * @return how many messages were sent
     */
    public synchronized int advance(ClockControl control, Instant target, String networkId) {
        Instant start = control.now();
        planner.plan(networkId, start, target.plus(HORIZON));
        int sent = dispatcher.dispatch(start, networkId);
        for (Optional<Instant> next = planner.nextPendingDue(networkId);
                next.isPresent() && !next.get().isAfter(target);
                next = planner.nextPendingDue(networkId)) {
            Instant at = next.get().isBefore(control.now()) ? control.now() : next.get();
            control.set(at);
            int now = dispatcher.dispatch(at, networkId);
            if (now == 0 && planner.nextPendingDue(networkId).equals(next)) {
                // Nothing could be sent (chat unavailable): stop here rather than spin
                break;
            }
            sent += now;
        }
        control.set(target);
        plan(networkId);
        return sent + dispatcher.dispatch(target, networkId);
    }

    /**
     * Moves the console's clock to {@code target}, stopping at every pending reminder on the way, so each goes out at
     * its own time, in order.
     *
     * @return how many messages were sent
     */
    public synchronized int advance(ClockControl control, Instant target) {
        Instant start = control.now();
        for (String networkId : projects.networkIds()) {
            planner.plan(networkId, start, target.plus(HORIZON));
        }
        int sent = dispatcher.dispatch(start);
        for (Optional<Instant> next = nextDue(); next.isPresent() && !next.get().isAfter(target); next = nextDue()) {
            Instant at = next.get().isBefore(control.now()) ? control.now() : next.get();
            control.set(at);
            int now = dispatcher.dispatch(at);
            if (now == 0 && nextDue().equals(next)) {
                // Nothing could be sent (chat unavailable): stop here rather than spin
                break;
            }
            sent += now;
        }
        control.set(target);
        plan();
        return sent + dispatcher.dispatch(target);
    }

    private Optional<Instant> nextDue() {
        return planner.nextPendingDue();
    }
}
