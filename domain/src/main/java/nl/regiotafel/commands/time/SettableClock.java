package nl.regiotafel.commands.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs with a base clock, shifted by an offset that can be set or advanced: the console's {@code --now}
 * and {@code /clock advance}, and the demo loader that stamps each event at its own moment. Every zone view of it
 * follows the changes.
 */
public class SettableClock extends Clock {

    private final Clock base;
    private volatile Duration offset;

    /**
     * @param base the clock time runs with
     * @param start where this clock starts, or null to start at the base clock's time
     */
    public SettableClock(Clock base, Instant start) {
        this.base = base;
        this.offset = start == null ? Duration.ZERO : Duration.between(base.instant(), start);
    }

    /** A clock that stands still at {@code start} until it is set. */
    public static SettableClock stopped(Instant start) {
        return new SettableClock(Clock.fixed(start, ZoneOffset.UTC), start);
    }

    /** Jumps to {@code instant}; time runs on from there as the base clock does. */
    public void set(Instant instant) {
        offset = Duration.between(base.instant(), instant);
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /**
     * Now, to the millisecond: MongoDB keeps time to the millisecond, so a record the read model keeps after a write is
     * equal to the one read back from the store.
     */
    @Override
    public Instant instant() {
        return base.instant().plus(offset).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SettableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
