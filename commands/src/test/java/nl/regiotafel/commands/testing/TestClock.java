package nl.regiotafel.commands.testing;

import java.time.Clock;
import java.time.Instant;
import nl.regiotafel.commands.reminder.ClockControl;
import nl.regiotafel.commands.time.SettableClock;

/** The bot's clock in tests: runs on from where a test sets it, as the console's {@code --now} does. */
public final class TestClock extends SettableClock implements ClockControl {

    TestClock() {
        super(Clock.systemUTC(), Instant.parse("2021-09-20T08:00:00Z"));
    }

    @Override
    public Instant now() {
        return instant();
    }
}
