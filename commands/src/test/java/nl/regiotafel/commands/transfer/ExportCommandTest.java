package nl.regiotafel.commands.transfer;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /export, and export → edit → import round trips, against the real embedded store. */
@CommandTest
final class ExportCommandTest {

    @Wired
    CommandRegistry registry;

    @Wired
    ProjectStore projects;

    @Wired
    TestClock clock;

    private TestRequests requests;

    @BeforeEach
    void aNetworkWithProjectsMilestonesAndAnUpdate() {
        requests = TestRequests.inNewNetwork(registry);
        clock.set(Instant.parse("2021-09-16T08:00:00Z"));
        requests.run(
                ADMIN,
                "project",
                "add",
                "code",
                "tizv-glasses",
                "name",
                "Pilot Smart Glasses; \"fase 2\"",
                "region",
                "Zeeland",
                "theme",
                "Arbeidsbesparing",
                "goal",
                "Ondersteuning op afstand,\nmet experts",
                "status",
                "lopend",
                "leader",
                new UserRef("123456789012345678", "Sanne"),
                "organisations",
                "SVRZ, Allévo");
        requests.run(
                ADMIN,
                "project",
                "add",
                "code",
                "zomerzorg",
                "name",
                "ZomerZorg",
                "region",
                "West-Brabant",
                "theme",
                "Instroom",
                "subregion",
                "Breda",
                "phase",
                "realisatie");
        requests.run(ADMIN, "milestone", "add", "project", "tizv-glasses", "title", "Eindevaluatie", "due", "Q4 2021");
        requests.run(ADMIN, "milestone", "add", "project", "tizv-glasses", "title", "Start", "due", "1-3-21");
        requests.run(ADMIN, "milestone", "done", "project", "tizv-glasses", "milestone", "2", "date", "15-03-2021");
        requests.run(
                ADMIN, "update", null, "project", "tizv-glasses", "health", "aandacht", "results", "7 organisaties");
    }

    private Attachment export(Object... options) {
        CommandResponse response = requests.run(MANAGER, "export", null, options);
        assertThat(response.attachments()).as(text(response)).hasSize(1);
        return response.attachments().get(0);
    }

    private CommandResponse importFile(Attachment file, boolean confirm) {
        AttachmentInput input = AttachmentInput.of(file.fileName(), file.content());
        return confirm
                ? requests.run(ADMIN, "import", null, "file", input, "confirm", true)
                : requests.run(ADMIN, "import", null, "file", input);
    }

    @Test
    void exportsAnXlsxThatImportsBackUnchanged() throws Exception {
        Attachment xlsx = export("format", "xlsx");

        assertThat(xlsx.fileName()).isEqualTo("projects-2021-09-16.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Projects", "Milestones");
            var header = sheets.get(0).read().get(0);
            assertThat(header.getCellText(0)).isEqualTo("code");
            assertThat(header.getCellText(9)).isEqualTo("leaders");
            assertThat(sheets.get(1).read()).hasSize(3);
        }
        CommandResponse again = importFile(xlsx, true);
        assertThat(again.pages().get(0).title()).isEqualTo("Nothing to import: projects-2021-09-16.xlsx");
        assertThat(text(again)).isEqualTo("All 2 projects and 2 milestones in the file are already as the file says.");
    }

    @Test
    void exportsACsvThatRoundTripsThroughAnEditInExcel() {
        Attachment csv = export("format", "csv");
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode;name;region;subregion;theme;pillar;goal;phase;status;leaders;");
        assertThat(text).contains("\"Pilot Smart Glasses; \"\"fase 2\"\"\"");
        assertThat(importFile(csv, false).pages().get(0).title()).startsWith("Nothing to import");

        // WHEN a user changes a status and a milestone date in the sheet and imports it
        String edited = text.replace(";Running;", ";Completed, successful;").replace(";Q4 2021;", ";Q1 2022;");
        CommandResponse imported =
                importFile(new Attachment("projects.csv", "text/csv", edited.getBytes(StandardCharsets.UTF_8)), true);

        // THEN exactly that changed
        assertThat(text(imported))
                .contains("Projects: 0 new, 1 changed, 1 unchanged")
                .contains("Milestones: 0 new, 1 changed, 1 unchanged");
        assertThat(projects.find(requests.network(), "tizv-glasses")
                        .orElseThrow()
                        .status()
                        .slug())
                .isEqualTo("afgerond-succesvol");
    }

    @Test
    void exportsFormulaLikeTextInACsvAsTextThatImportsBackUnchanged() {
        // GIVEN a project whose texts a spreadsheet would run as formulas
        requests.run(
                ADMIN,
                "project",
                "add",
                "code",
                "formules",
                "name",
                "=HYPERLINK(\"http://x.example\";\"klik\")",
                "region",
                "Zeeland",
                "theme",
                "Instroom",
                "goal",
                "-2+3+cmd|' /C calc'!A0",
                "organisations",
                "@SUM(1+1), +31 6");

        // WHEN exported as CSV
        Attachment csv = export("format", "csv");

        // THEN no cell starts a formula, and importing the file back changes nothing
        List<List<String>> records = Csv.parse(Csv.decode(csv.content()), ';');
        assertThat(records.stream().flatMap(List::stream))
                .isNotEmpty()
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        assertThat(records.stream().flatMap(List::stream))
                .contains("'=HYPERLINK(\"http://x.example\";\"klik\")", "'-2+3+cmd|' /C calc'!A0");
        assertThat(importFile(csv, false).pages().get(0).title()).startsWith("Nothing to import");
    }

    @Test
    void exportsJsonWithProjectsMilestonesAndUpdatesOfOneRegion() {
        String json = new String(export("format", "json", "region", "zeeland").content(), StandardCharsets.UTF_8);

        assertThat(json)
                .startsWith("{\"format\":\"regiotafel-export\",\"formatVersion\":1,\"exportedAt\":\"2021-09-16T08:")
                .contains("\"region\":\"Zeeland\"")
                .contains("\"code\":\"tizv-glasses\",\"name\":\"Pilot Smart Glasses; \\\"fase 2\\\"\"")
                .contains("\"goal\":\"Ondersteuning op afstand,\\nmet experts\"")
                .contains("\"leaders\":[\"123456789012345678\"]")
                .contains("\"due\":{\"date\":\"2021-12-31\",\"precision\":\"quarter\",\"label\":\"Q4 2021\"}")
                .contains("\"status\":\"done\",\"doneOn\":\"2021-03-15\"")
                .contains("\"updates\":[{\"project\":\"tizv-glasses\",\"number\":1,\"version\":1")
                .contains("\"health\":\"aandacht\"")
                .contains("\"results\":\"7 organisaties\"")
                .doesNotContain("zomerzorg");
    }

    @Test
    void exportsForManagersOnly() {
        CommandResponse member = requests.run(MEMBER, "export", null);

        assertThat(text(member)).isEqualTo("Only managers and administrators may do this.");
        assertThat(member.attachments()).isEmpty();
    }
}
