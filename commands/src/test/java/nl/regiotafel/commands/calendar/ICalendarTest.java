package nl.regiotafel.commands.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ICalendarTest {

    private static List<String> lines(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        return Arrays.asList(text.split("\r\n"));
    }

    @Test
    void writesAnAllDayEventWithUidStampAndExclusiveEnd() {
        byte[] ics = new ICalendar("Regiotafel — Zeeland", Instant.parse("2021-09-20T08:00:00Z"))
                .allDay(
                        "milestone-zco-acute-1@n.regiotafel",
                        LocalDate.of(2021, 12, 31),
                        "zco-acute: Ontwerp",
                        "Q4 2021",
                        "Mijlpaal")
                .toBytes();

        assertThat(lines(ics))
                .startsWith("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendar.PRODID)
                .contains(
                        "UID:milestone-zco-acute-1@n.regiotafel",
                        "DTSTAMP:20210920T080000Z",
                        "DTSTART;VALUE=DATE:20211231",
                        "DTEND;VALUE=DATE:20220101",
                        "SUMMARY:zco-acute: Ontwerp")
                .endsWith("END:VEVENT", "END:VCALENDAR");
    }

    @Test
    void escapesTextValues() {
        assertThat(ICalendar.text("a, b; c\\d\ne")).isEqualTo("a\\, b\\; c\\\\d\\ne");
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String title = "Coördinatie bedden — één telefoonnummer ".repeat(6);

        List<String> lines = lines(new ICalendar("n", Instant.EPOCH)
                .allDay("u", LocalDate.of(2021, 1, 1), title, "", "c")
                .toBytes());

        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        StringBuilder unfolded = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(" ")) {
                unfolded.append(line.substring(1));
            } else {
                unfolded.append('\n').append(line);
            }
        }
        assertThat(unfolded.toString()).contains("\nSUMMARY:" + ICalendar.text(title) + "\n");
    }
}
