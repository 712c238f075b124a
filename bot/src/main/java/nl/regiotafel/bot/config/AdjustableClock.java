package nl.regiotafel.bot.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.regiotafel.commands.reminder.ClockControl;

/**
 * The bot's clock: real time, shifted by an offset that {@code --now} and the console's {@code /clock advance} set,
 * so a whole reporting round can be shown in seconds. In production the offset stays zero.
 */
public final class AdjustableClock extends Clock implements ClockControl {

    private final Clock base;
    private volatile Duration offset;

    public AdjustableClock(Clock base, Instant start) {
        this.base = base;
        this.offset = start == null ? Duration.ZERO : Duration.between(base.instant(), start);
    }

    @Override
    public Instant now() {
        return instant();
    }

    /** Jumps to {@code instant}; time runs on from there. */
    @Override
    public void set(Instant instant) {
        offset = Duration.between(base.instant(), instant);
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock self = this;
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
