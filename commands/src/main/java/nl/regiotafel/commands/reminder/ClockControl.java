package nl.regiotafel.commands.reminder;

import java.time.Instant;

/** Port: the console's clock, which demos and scripts move forward. Absent outside the console. */
public interface ClockControl {

    Instant now();

    void set(Instant instant);
}
