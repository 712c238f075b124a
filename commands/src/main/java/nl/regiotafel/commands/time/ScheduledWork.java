package nl.regiotafel.commands.time;

import java.time.Instant;
import java.util.List;

/**
 * Port: work the scheduler runs at fixed times of day (the nightly retention), described so that the console's
 * {@code /clock advance} runs it at the same times when it moves the clock past them, with the same schedule the
 * scheduler uses.
 */
public interface ScheduledWork {

    /** The times in {@code (after, until]} at which the scheduler would run it, oldest first. */
    List<Instant> runsBetween(Instant after, Instant until);

    /** Runs it for one network as the scheduler would have at {@code at}. */
    void run(String networkId, Instant at);
}
