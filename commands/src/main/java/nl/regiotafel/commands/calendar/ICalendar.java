package nl.regiotafel.commands.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A minimal iCalendar (RFC 5545) writer for all-day events, written by hand rather than with ical4j: it needs no time
 * zone data (all-day dates are floating), and the few rules that matter are here — CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped, and the UID, DTSTAMP and PRODID that Outlook needs
 * to import and later update an event.
 */
final class ICalendar {

    static final String PRODID = "-//Regiotafel//Regiotafel//NL";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The longest line in octets, excluding the line break (RFC 5545 §3.1). */
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();
    private final Instant stamp;
    private int events;

    /**
     * @param name the calendar's name in the user's agenda
     * @param stamp when the file was made (every event's DTSTAMP)
     */
    ICalendar(String name, Instant stamp) {
        this.stamp = stamp;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:" + PRODID);
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(name));
    }

    /**
     * An all-day event on {@code day}.
     *
     * @param uid stable across exports, so a re-import updates the event instead of duplicating it
     */
    ICalendar allDay(String uid, LocalDate day, String summary, String description, String category) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + STAMP.format(stamp));
        line("DTSTART;VALUE=DATE:" + DATE.format(day));
        line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        line("SUMMARY:" + text(summary));
        line("DESCRIPTION:" + text(description));
        line("CATEGORIES:" + text(category));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        events++;
        return this;
    }

    int events() {
        return events;
    }

    byte[] toBytes() {
        return (out + "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line, folded: a longer line continues after CRLF and one space. */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                // The space that starts a continuation line counts towards its 75 octets
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
