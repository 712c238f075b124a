package nl.regiotafel.commands.calendar;

import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.DemoFixture;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The .ics files parse with ical4j, the reference iCalendar parser, though we write them by hand. */
@CommandTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class CalendarCommandTest {

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    @Wired
    DemoFixture demo;

    private TestRequests dutch;

    @BeforeAll
    void loadDemo() {
        dutch = new TestRequests(registry, demo.load(DemoFixture.SEPTEMBER_20), Messages.DUTCH);
    }

    @BeforeEach
    void setClock() {
        clock.set(DemoFixture.SEPTEMBER_20);
    }

    private static List<VEvent> events(Attachment ics) throws Exception {
        String text = new String(ics.content(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void exportsOpenMilestonesAndTheComingReportingDeadlinesAsAnImportableCalendar() throws Exception {
        CommandResponse response = dutch.run(MEMBER, "calendar", null);
        Attachment ics = response.attachments().get(0);

        assertThat(ics.fileName()).isEqualTo("regiotafel-netwerk.ics");
        assertThat(ics.contentType()).isEqualTo("text/calendar; charset=utf-8");
        assertThat(response.pages().get(0).text()).startsWith("24 open mijlpalen en 2 rapportagedeadlines");
        List<VEvent> events = events(ics);
        assertThat(events).hasSize(26);
        VEvent psychiatry = events.stream()
                .filter(e -> property(e, Property.UID)
                        .equals("milestone-zco-psychiatrie-1@" + dutch.network() + ".regiotafel"))
                .findFirst()
                .orElseThrow();
        assertThat(property(psychiatry, Property.SUMMARY)).isEqualTo("zco-psychiatrie: Realisatie 1 pool psychiaters");
        assertThat(property(psychiatry, Property.DTSTART)).isEqualTo("20211001");
        assertThat(property(psychiatry, Property.DTEND)).isEqualTo("20211002");
        assertThat(property(psychiatry, Property.DESCRIPTION))
                .isEqualTo("Deadline: 1-10-21 (01-10-2021)\nProject: Acute psychiatrie");
        assertThat(property(psychiatry, Property.DTSTAMP)).isEqualTo("20210920T080000Z");
        assertThat(events)
                .filteredOn(e -> property(e, Property.UID).startsWith("deadline-"))
                .extracting(e -> property(e, Property.SUMMARY) + " " + property(e, Property.DTSTART))
                .containsExactly(
                        "Deadline voortgangsrapportage 2021-Q3 20211010",
                        "Deadline voortgangsrapportage 2021-Q4 20220110");
        String text = new String(ics.content(), StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void keepsUidsStableSoAReimportUpdatesInsteadOfDuplicating() throws Exception {
        List<String> before =
                events(dutch.run(MEMBER, "calendar", null, "region", "Zeeland")
                                .attachments()
                                .get(0))
                        .stream()
                        .map(e -> property(e, Property.UID))
                        .toList();
        clock.advance(Duration.ofHours(3));
        List<String> after =
                events(dutch.run(MEMBER, "calendar", null, "region", "Zeeland")
                                .attachments()
                                .get(0))
                        .stream()
                        .map(e -> property(e, Property.UID))
                        .toList();

        assertThat(before).doesNotHaveDuplicates().hasSize(14 + 2).isEqualTo(after);
    }

    @Test
    void exportsOneProject() throws Exception {
        CommandResponse response = dutch.run(MEMBER, "calendar", null, "project", "zco-data");

        assertThat(response.attachments().get(0).fileName()).isEqualTo("regiotafel-zco-data.ics");
        assertThat(events(response.attachments().get(0)))
                .extracting(e -> property(e, Property.SUMMARY))
                .containsExactly(
                        "zco-data: Eerste analyse MPC",
                        "zco-data: Regiobeeld",
                        "zco-data: Monitoringsinstrument",
                        "Deadline voortgangsrapportage 2021-Q3",
                        "Deadline voortgangsrapportage 2021-Q4");
    }
}
