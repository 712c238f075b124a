package nl.regiotafel.commands.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.summary.Png;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.summary.SummaryData;
import nl.regiotafel.commands.summary.SummaryData.KpiTotal;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryText;

/**
 * The progress report as PDF (OpenPDF): the summary tables and the chart on the first pages, then every project by
 * theme in the blocks of the status slide, then the lists. Uses the standard Helvetica fonts, so text is limited to
 * the Windows-1252 characters (all Dutch letters); anything else is replaced.
 */
final class ReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 17, Font.BOLD, new Color(0x1F2933));
    private static final Font H2 = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x1F2933));
    private static final Font H3 = new Font(Font.HELVETICA, 11, Font.BOLD, new Color(0x1F2933));
    private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x52606D));
    private static final Color HEADER_FILL = new Color(0xE4E9EF);

    private ReportPdf() {}

    static byte[] render(
            ReportBlocks blocks,
            String title,
            SummaryQuery q,
            SummaryData d,
            List<ProjectDetail> details,
            byte[] chartPng,
            String footer) {
        Messages m = blocks.messages();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new Footer(m, footer));
        doc.addTitle(text(title));
        doc.addCreator("Regiotafel");
        doc.open();
        doc.add(paragraph(title, TITLE, 6));
        doc.add(paragraph(SummaryText.header(m, q), SMALL, 4));
        doc.add(paragraph(blocks.standing(), SMALL, 10));

        doc.add(paragraph(
                m.get("summary.projects") + ": " + m.get("summary.projects.value", d.projects(), d.projectsAtStart())
                        + "  ·  " + m.get("summary.organisations") + ": " + d.organisations(),
                BODY,
                2));
        doc.add(paragraph(m.get("summary.success") + ": " + SummaryText.success(m, d), BODY, 2));
        doc.add(paragraph(m.get("summary.reporting") + ": " + SummaryText.reporting(m, d), BODY, 2));
        doc.add(paragraph(m.get("summary.milestones") + ": " + SummaryText.milestoneCounts(m, d), BODY, 8));

        PdfPTable counts = new PdfPTable(new float[] {1, 1});
        counts.setWidthPercentage(100);
        counts.addCell(nested(countTable(m, m.get("summary.status"), SummaryText.statusRows(m, d))));
        counts.addCell(nested(countTable(m, m.get("summary.phase"), SummaryText.phaseRows(m, d))));
        counts.addCell(nested(countTable(m, m.get("summary.health"), SummaryText.healthRows(m, d))));
        counts.addCell(nested(pairTable(m, m.get("summary.pillars"), SummaryText.pillarRows(m, d))));
        doc.add(counts);

        PdfPTable themes = table(new float[] {3, 1, 5});
        heading(themes, m.get("summary.themes"));
        header(themes, m.get("summary.column.theme"), m.get("summary.column.total"), m.get("project.status"));
        continued(themes);
        for (Map.Entry<String, Map<ProjectStatus, Integer>> theme :
                d.statusByTheme().entrySet()) {
            themes.addCell(cell(theme.getKey(), BODY));
            themes.addCell(number(SummaryText.total(theme.getValue())));
            themes.addCell(cell(SummaryText.themeBreakdown(m, theme.getValue()), BODY));
        }
        doc.add(themes);

        if (d.kpiTotals().isEmpty()) {
            doc.add(paragraph(m.get("summary.kpis"), H2, 4));
            doc.add(paragraph(m.get("summary.kpis.none"), BODY, 6));
        } else {
            PdfPTable kpis = table(new float[] {3, 2, 2, 1, 1});
            heading(kpis, m.get("summary.kpis"));
            header(
                    kpis,
                    m.get("summary.column.unit"),
                    m.get("summary.column.actual"),
                    m.get("summary.column.target"),
                    "%",
                    m.get("summary.column.kpis"));
            for (KpiTotal kpi : d.kpiTotals()) {
                kpis.addCell(cell(kpi.unit(), BODY));
                kpis.addCell(cell(nl.regiotafel.commands.project.ProjectCards.number(kpi.actual(), "0"), BODY));
                kpis.addCell(cell(nl.regiotafel.commands.project.ProjectCards.number(kpi.target(), "0"), BODY));
                kpis.addCell(cell(kpi.target() == 0 ? "–" : SummaryText.percent(kpi.actual() / kpi.target()), BODY));
                kpis.addCell(number(kpi.kpis()));
            }
            continued(kpis);
            doc.add(kpis);
        }

        try {
            Image chart = image(chartPng);
            chart.scaleToFit(
                    doc.getPageSize().getWidth() - 80, doc.getPageSize().getHeight() - 140);
            doc.newPage();
            doc.add(chart);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed the chart", e);
        }

        doc.newPage();
        doc.add(paragraph(m.get("report.projects"), H2, 6));
        if (details.isEmpty()) {
            doc.add(paragraph(m.get("summary.empty"), BODY, 6));
        }
        String theme = null;
        for (ProjectDetail detail : details) {
            Project p = detail.project();
            if (!p.theme().equals(theme)) {
                theme = p.theme();
                doc.add(paragraph(theme, H2, 4));
            }
            PdfPTable slide = table(new float[] {1.3f, 4});
            // The name is the table's first row, so a page break never separates it from its blocks
            PdfPCell name = cell(p.name() + " (" + p.code() + ")", H3);
            name.setColspan(2);
            name.setBorder(0);
            name.setPaddingBottom(4);
            slide.addCell(name);
            row(slide, m.get("report.state"), List.of(blocks.statusLine(p) + " · " + ReportMarkdown.region(p)));
            row(slide, m.get("report.goal"), List.of(blocks.goal(p)));
            List<String> results = new ArrayList<>();
            results.add(blocks.latestLabel(detail.latest()));
            results.addAll(blocks.results(detail.latest()));
            row(slide, m.get("report.results"), results);
            row(slide, m.get("report.planning"), blocks.planning(detail));
            row(slide, m.get("report.who"), blocks.who(p));
            if (!p.kpis().isEmpty()) {
                row(slide, m.get("project.kpis"), blocks.kpis(detail));
            }
            slide.setKeepTogether(true);
            slide.setSpacingAfter(8);
            doc.add(slide);
        }

        doc.newPage();
        list(
                doc,
                m,
                m.get("summary.milestones.overdue"),
                d.overdue().items().stream()
                        .map(ms -> SummaryText.milestoneLine(m, ms, false))
                        .toList());
        list(
                doc,
                m,
                m.get("summary.notReported", q.reportingKey()),
                d.notReported().items().stream()
                        .map(p -> SummaryText.projectLine(m, p, false))
                        .toList());
        list(
                doc,
                m,
                m.get("summary.help"),
                d.help().items().stream()
                        .map(h -> SummaryText.helpLine(m, h, false))
                        .toList());
        doc.close();
        return out.toByteArray();
    }

    /**
     * The chart as a PDF image. Our own PNG's compressed rows go in as they are, read with the PNG predictor; OpenPDF
     * would otherwise decode the PNG through ImageIO, read it back pixel by pixel and deflate it again, a fifth of the
     * report's time (issue 13). Any other PNG goes through OpenPDF.
     */
    static Image image(byte[] png) throws IOException {
        java.util.Optional<Png.Rgb> rgb = Png.rgb(png);
        if (rgb.isEmpty()) {
            return Image.getInstance(png);
        }
        Png.Rgb raw = rgb.get();
        Image image = Image.getInstance(raw.width(), raw.height(), 3, 8, raw.zlib());
        image.setDeflated(true);
        PdfDictionary parameters = new PdfDictionary();
        parameters.put(PdfName.PREDICTOR, new PdfNumber(15));
        parameters.put(PdfName.COLORS, new PdfNumber(3));
        parameters.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
        parameters.put(PdfName.COLUMNS, new PdfNumber(raw.width()));
        PdfDictionary additional = new PdfDictionary();
        additional.put(PdfName.DECODEPARMS, parameters);
        image.setAdditional(additional);
        return image;
    }

    private static void list(Document doc, Messages m, String title, List<String> lines) {
        doc.add(paragraph(title + " (" + lines.size() + ")", H2, 4));
        if (lines.isEmpty()) {
            doc.add(paragraph(m.get("common.none"), BODY, 6));
        }
        for (String line : lines) {
            doc.add(paragraph("• " + line, BODY, 1));
        }
    }

    private static PdfPTable countTable(Messages m, String title, List<SummaryText.CountRow> rows) {
        PdfPTable table = table(new float[] {3, 1, 1, 1});
        PdfPCell caption = cell(title, BOLD);
        caption.setColspan(4);
        caption.setBorder(0);
        table.addCell(caption);
        header(table, "", m.get("summary.column.start"), m.get("summary.column.now"), m.get("summary.column.change"));
        for (SummaryText.CountRow row : rows) {
            table.addCell(cell(row.label(), BODY));
            table.addCell(number(row.start()));
            table.addCell(number(row.now()));
            PdfPCell change = cell(row.change(), BODY);
            change.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(change);
        }
        return table;
    }

    private static PdfPTable pairTable(Messages m, String title, List<Map.Entry<String, Integer>> rows) {
        PdfPTable table = table(new float[] {3, 1});
        PdfPCell caption = cell(title, BOLD);
        caption.setColspan(2);
        caption.setBorder(0);
        table.addCell(caption);
        header(table, "", m.get("summary.column.count"));
        for (Map.Entry<String, Integer> row : rows) {
            table.addCell(cell(row.getKey(), BODY));
            table.addCell(number(row.getValue()));
        }
        return table;
    }

    private static PdfPCell nested(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(0);
        cell.setPadding(4);
        return cell;
    }

    private static void row(PdfPTable table, String label, List<String> lines) {
        table.addCell(cell(label, BOLD));
        table.addCell(cell(lines.isEmpty() ? "–" : String.join("\n", lines), BODY));
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        return table;
    }

    /** The table's title as its first row, so a page break never leaves the title behind on its own. */
    private static void heading(PdfPTable table, String title) {
        PdfPCell cell = new PdfPCell(paragraph(title, H2, 4));
        cell.setColspan(table.getNumberOfColumns());
        cell.setBorder(0);
        cell.setPaddingLeft(0);
        cell.setPaddingBottom(4);
        table.addCell(cell);
    }

    /**
     * A summary table moves whole to the next page rather than split; one longer than a page repeats its title and
     * column headers on every page, so no page holds rows without saying what they are.
     */
    private static void continued(PdfPTable table) {
        table.setHeaderRows(2);
        table.setKeepTogether(true);
    }

    private static void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            PdfPCell cell = cell(label, BOLD);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text(value), font));
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell number(int value) {
        PdfPCell cell = cell(Integer.toString(value), BODY);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Paragraph paragraph(String value, Font font, float after) {
        Paragraph paragraph = new Paragraph(text(value), font);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /**
     * Text the standard fonts draw themselves: Latin-1, with the signs we use beyond it written plainly. OpenPDF draws
     * every character above U+00FF (a dash, a curly quote, a bullet) in a substitute system font, which put a second
     * font family in the report.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '\u2014', '\u2013', '\u2212', '\u2010', '\u2011' -> out.append('-');
                case '\u2018', '\u2019', '\u201A' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E' -> out.append('"');
                case '\u2026' -> out.append("...");
                case '\u2022' -> out.append('\u00B7');
                case '\u2192' -> out.append("->");
                case '\u20AC' -> out.append("EUR");
                case '\u2009', '\u202F', '\u00A0' -> out.append(' ');
                default -> {
                    if (cp == '\n' || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xFF)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append('?');
                    }
                }
            }
        });
        return out.toString();
    }

    /** "Page 3 · generated on …" under every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final Messages m;
        private final String text;

        Footer(Messages m, String text) {
            this.m = m;
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase(new Chunk(text(m.get("report.page", writer.getPageNumber()) + " · " + text), SMALL)),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 25,
                    0);
        }
    }
}
