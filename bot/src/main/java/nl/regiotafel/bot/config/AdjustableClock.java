package nl.regiotafel.bot.config;

import java.time.Clock;
import java.time.Instant;
import nl.regiotafel.commands.reminder.ClockControl;
import nl.regiotafel.commands.time.SettableClock;

/**
 * The bot's clock: real time, shifted by an offset that {@code --now} and the console's {@code /clock advance} set,
 * so a whole reporting round can be shown in seconds. In production the offset stays zero.
 */
public final class AdjustableClock extends SettableClock implements ClockControl {

    public AdjustableClock(Clock base, Instant start) {
        super(base, start);
    }

    @Override
    public Instant now() {
        return instant();
    }
}
