package nl.regiotafel.commands.report;

import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
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

@CommandTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ReportCommandTest {

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    @Wired
    DemoFixture demo;

    private TestRequests english;
    private TestRequests dutch;

    @BeforeAll
    void loadDemo() {
        String network = demo.load(DemoFixture.SEPTEMBER_20);
        english = new TestRequests(registry, network, Messages.ENGLISH);
        dutch = new TestRequests(registry, network, Messages.DUTCH);
    }

    @BeforeEach
    void setClock() {
        clock.set(DemoFixture.SEPTEMBER_20);
    }

    private static Attachment file(CommandResponse response) {
        assertThat(response.tone()).as(response.pages().get(0).text()).isNotEqualTo(Tone.ERROR);
        assertThat(response.attachments()).hasSize(1);
        return response.attachments().get(0);
    }

    /** Reads CSV as RFC 4180 says: quoted fields may hold separators, quotes and line breaks. */
    static List<List<String>> parseCsv(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        assertThat(field.toString()).as("the last line ends in CRLF").isEmpty();
        return rows;
    }

    private static Map<String, Map<String, String>> byCode(List<List<String>> rows) {
        List<String> header = rows.get(0);
        return rows.subList(1, rows.size()).stream()
                .peek(r -> assertThat(r).hasSize(header.size()))
                .collect(Collectors.toMap(r -> r.get(0), r -> {
                    Map<String, String> values = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), r.get(i));
                    }
                    return values;
                }));
    }

    @Test
    void writesAPdfWithTheSummaryTheChartAndEveryProjectInTheBlocksOfTheStatusSlide() throws Exception {
        CommandResponse response = dutch.run(MANAGER, "report", null, "period", "Q3 2021");
        Attachment pdf = file(response);

        assertThat(pdf.fileName()).isEqualTo("voortgangsrapportage-netwerk-2021-Q3.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(response.pages().get(0).text())
                .endsWith("De rapportage staat in de bijlage voortgangsrapportage-netwerk-2021-Q3.pdf (25 projecten).");
        PdfReader reader = new PdfReader(pdf.content());
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1);
            assertThat(first)
                    .contains("Voortgangsrapportage")
                    .contains("Status (verschil)")
                    .contains("Lopend");
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            assertThat(all.toString())
                    .contains("Pilot Smart Glasses (tizv-glasses)")
                    .contains("Doel")
                    .contains("Behaalde resultaten en")
                    .contains("Planning op hoofdlijnen")
                    .contains("Wie?")
                    .contains("Fleur Bakker (@demo-fleur)")
                    .contains("Eindevaluatie opgeleverd");
        } finally {
            reader.close();
        }
    }

    @Test
    void thePdfShowsTheSummarysChartPixelForPixel() throws Exception {
        // GIVEN the summary's chart of a round
        byte[] png = dutch.run(MANAGER, "summary", null, "period", "Q3 2021")
                .attachments()
                .get(0)
                .content();
        java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));

        // WHEN the report of that round is written as PDF
        PdfReader reader = new PdfReader(
                file(dutch.run(MANAGER, "report", null, "period", "Q3 2021")).content());
        try {
            // THEN its one image, decoded as a PDF reader decodes it, has the chart's size and every pixel
            List<com.lowagie.text.pdf.PRStream> images = new java.util.ArrayList<>();
            for (int i = 0; i < reader.getXrefSize(); i++) {
                if (reader.getPdfObject(i) instanceof com.lowagie.text.pdf.PRStream stream
                        && com.lowagie.text.pdf.PdfName.IMAGE.equals(
                                stream.getAsName(com.lowagie.text.pdf.PdfName.SUBTYPE))) {
                    images.add(stream);
                }
            }
            assertThat(images).hasSize(1);
            com.lowagie.text.pdf.PRStream image = images.get(0);
            assertThat(image.getAsNumber(com.lowagie.text.pdf.PdfName.WIDTH).intValue())
                    .isEqualTo(chart.getWidth());
            assertThat(image.getAsNumber(com.lowagie.text.pdf.PdfName.HEIGHT).intValue())
                    .isEqualTo(chart.getHeight());
            byte[] rgb = PdfReader.getStreamBytes(image);
            assertThat(rgb).hasSize(chart.getWidth() * chart.getHeight() * 3);
            for (int y = 0; y < chart.getHeight(); y++) {
                for (int x = 0; x < chart.getWidth(); x++) {
                    int at = 3 * (y * chart.getWidth() + x);
                    int pixel = ((rgb[at] & 0xFF) << 16) | ((rgb[at + 1] & 0xFF) << 8) | (rgb[at + 2] & 0xFF);
                    assertThat(pixel).as("pixel %d,%d", x, y).isEqualTo(chart.getRGB(x, y) & 0xFFFFFF);
                }
            }
        } finally {
            reader.close();
        }
    }

    /** The base fonts a PDF's pages use. */
    private static java.util.Set<String> fonts(PdfReader document) {
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            com.lowagie.text.pdf.PdfDictionary resources =
                    document.getPageN(page).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES);
            com.lowagie.text.pdf.PdfDictionary pageFonts =
                    resources == null ? null : resources.getAsDict(com.lowagie.text.pdf.PdfName.FONT);
            if (pageFonts != null) {
                for (com.lowagie.text.pdf.PdfName key : pageFonts.getKeys()) {
                    fonts.add(pageFonts
                            .getAsDict(key)
                            .getAsName(com.lowagie.text.pdf.PdfName.BASEFONT)
                            .toString());
                }
            }
        }
        return fonts;
    }

    @Test
    void writesThePdfInOneFontFamily() throws Exception {
        // GIVEN titles and texts with dashes, curly quotes and bullets, which OpenPDF draws in a substitute font
        for (TestRequests reader : List.of(dutch, english)) {
            Attachment pdf = file(reader.run(MANAGER, "report", null, "period", "Q3 2021"));
            PdfReader document = new PdfReader(pdf.content());
            try {
                assertThat(fonts(document)).containsExactly("/Helvetica", "/Helvetica-Bold");
            } finally {
                document.close();
            }
        }
    }

    @Test
    void neverLeavesTableRowsOnAPageWithoutTheTablesTitleAndHeader() throws Exception {
        // GIVEN a network with so many themes that the table of themes runs over a page
        TestRequests many = TestRequests.inNewNetwork(registry);
        StringBuilder csv = new StringBuilder("code;naam;regio;thema\r\n");
        for (int i = 1; i <= 70; i++) {
            csv.append(String.format("p%02d;Project %02d;Zeeland;Werkveld %02d%n", i, i, i));
        }
        many.run(
                nl.regiotafel.commands.testing.TestRequests.ADMIN,
                "import",
                null,
                "file",
                nl.regiotafel.commands.api.AttachmentInput.of(
                        "p.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                "confirm",
                true);

        // WHEN the report is written
        Attachment pdf = file(many.run(MANAGER, "report", null, "period", "Q3 2021"));

        // THEN every page of the summary with rows of the theme table also has its title and column headers
        PdfReader document = new PdfReader(pdf.content());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(document);
            int pagesWithThemeRows = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = extractor.getTextFromPage(page);
                if (text.contains("Projects by theme")) {
                    break;
                }
                if (text.contains("Werkveld ")) {
                    pagesWithThemeRows++;
                    assertThat(text)
                            .as("page " + page)
                            .contains("By theme")
                            .contains("Theme")
                            .contains("Total");
                }
            }
            assertThat(pagesWithThemeRows).isGreaterThan(1);
        } finally {
            document.close();
        }
    }

    @Test
    void writesCsvWithTheDocumentedColumnsSeparatedBySemicolonsForDutchReaders() {
        Attachment csv = file(dutch.run(MANAGER, "report", null, "format", "csv"));

        assertThat(csv.fileName()).isEqualTo("voortgangsrapportage-netwerk-2021-Q3.csv");
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode;name;region;");
        List<List<String>> rows = parseCsv(text.substring(1), ';');
        assertThat(rows.get(0)).isEqualTo(ReportCsv.COLUMNS);
        assertThat(rows).hasSize(26);
        Map<String, Map<String, String>> projects = byCode(rows);
        assertThat(projects.get("tizv-glasses"))
                .containsEntry("name", "Pilot Smart Glasses")
                .containsEntry("status", "afgerond-succesvol")
                .containsEntry("phase", "borging")
                .containsEntry("health", "op-schema")
                .containsEntry("leaders", "demo-fleur")
                .containsEntry("organisations", "SVRZ, Viazorg, Erasmus MC")
                .containsEntry("update_period", "2021-Q3")
                .containsEntry("update_posted_on", "2021-09-13")
                .containsEntry("update_author", "Fleur Bakker")
                .containsEntry("milestones_reached_in_period", "Eindevaluatie (2021-07-20)")
                .containsEntry(
                        "kpis", "Deelnemende organisaties: 7/7 organisaties; Use cases onderzocht: 4/4 use cases");
        assertThat(projects.get("zco-platform"))
                .containsEntry("next_milestone", "PID en inventarisatie use cases")
                .containsEntry("next_milestone_due", "juli 2021")
                .containsEntry("next_milestone_date", "2021-07-31")
                .containsEntry("open_milestones", "2")
                .containsEntry("overdue_milestones", "1")
                .containsEntry("help_needed", "Capaciteit van een ICT-architect");
        assertThat(projects.get("nhn-anw"))
                .containsEntry("update_period", "")
                .containsEntry("status", "nog-niet-gestart");
        assertThat(projects.get("zco-data")).containsEntry("pillar", "");
    }

    @Test
    void separatesCsvWithCommasInEnglishUnlessToldOtherwise() {
        String comma = new String(
                file(english.run(MANAGER, "report", null, "format", "csv", "region", "Zeeland"))
                        .content(),
                StandardCharsets.UTF_8);
        String semicolon = new String(
                file(english.run(MANAGER, "report", null, "format", "csv", "separator", "semicolon"))
                        .content(),
                StandardCharsets.UTF_8);

        List<List<String>> rows = parseCsv(comma.substring(1), ',');
        assertThat(rows.get(0)).isEqualTo(ReportCsv.COLUMNS);
        assertThat(rows).hasSize(14);
        assertThat(byCode(rows).get("tizv-europa"))
                .containsEntry(
                        "goal",
                        "Verpleegkundigen uit het buitenland werven als nieuwe Zeeuwen, die minstens"
                                + " drie jaar blijven.");
        assertThat(parseCsv(semicolon.substring(1), ';').get(0)).isEqualTo(ReportCsv.COLUMNS);
    }

    @Test
    void writesMarkdownWithTheSummaryTablesOnTopThenProjectsByTheme() {
        Attachment md = file(english.run(MANAGER, "report", null, "format", "md", "region", "Zeeland"));
        String text = new String(md.content(), StandardCharsets.UTF_8);

        assertThat(md.fileName()).isEqualTo("progress-report-zeeland-2021-Q3.md");
        assertThat(text).startsWith("# Progress report — Zeeland · 2021-Q3\n");
        assertThat(text)
                .contains("| Running | 12 | 12 | 0 |")
                .contains("| Not started yet | 1 | 0 | −1 |")
                .contains("## Projects by theme")
                .contains("### Acute zorg")
                .contains("#### Acute psychiatrie (zco-psychiatrie)")
                .contains("**Goal** Een geïntegreerde keten voor acute psychiatrie.")
                .contains(
                        "**Headline planning / next milestones**\n\n- 1-10-21 (2021-10-01): Realisatie 1 pool psychiaters")
                .contains("- Project leaders: Iris Smit (@demo-iris)")
                .contains("- Portfolio holders: R. Hoekstra")
                .doesNotContain("nhn-");
        assertThat(text.indexOf("## Status (change)")).isLessThan(text.indexOf("## Projects by theme"));
    }
}
