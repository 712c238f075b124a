package nl.regiotafel.commands.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Discord timestamp markup ({@code <t:seconds:style>}), which every reader sees in their own time zone and language.
 * The console renders the same markup as text.
 */
public final class Timestamps {

    private Timestamps() {}

    /** A date, pinned to noon in the network's zone so no reader's zone shifts it to another day. */
    public static String date(LocalDate date, ZoneId zone) {
        return "<t:" + date.atTime(LocalTime.NOON).atZone(zone).toEpochSecond() + ":D>";
    }

    /** "in 3 days" / "2 weeks ago" for a date. */
    public static String relative(LocalDate date, ZoneId zone) {
        return "<t:" + date.atTime(LocalTime.NOON).atZone(zone).toEpochSecond() + ":R>";
    }

    /** A moment, with date and time. */
    public static String instant(Instant instant) {
        return "<t:" + instant.getEpochSecond() + ":f>";
    }
}
