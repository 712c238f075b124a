package nl.regiotafel.commands.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.summary.SummaryChart;
import nl.regiotafel.commands.summary.SummaryData;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryText;
import nl.regiotafel.commands.transfer.SheetWriter;
import nl.regiotafel.commands.transfer.Table;

/**
 * The report's files for views other than {@code /report} (the meeting view's downloads): the same writers, fed with a
 * summary and details computed once by the caller from one pair of snapshots, so the file shows what the page shows.
 *
 * @param m the reader's messages
 * @param q the query (round and scope)
 * @param networkName the network's name, for the title when the scope is the whole network
 * @param zone the network's time zone
 * @param data the summary
 * @param details the projects
 * @param standing the provisional/closed/revised line
 */
public record ReportFiles(
        Messages m,
        SummaryQuery q,
        String networkName,
        ZoneId zone,
        SummaryData data,
        List<ProjectDetail> details,
        String standing) {

    /** The file name without extension, as {@code /report} names it. */
    public String baseName() {
        return m.get("report.file") + "-" + q.scope().slug() + "-" + q.period().key();
    }

    /** The report's CSV: semicolons for Dutch readers, commas otherwise, as {@code /report} does by default. */
    public byte[] csv() {
        return ReportCsv.render(details, m.locale().getLanguage().equals("nl") ? ';' : ',', zone, standing);
    }

    /** The report's CSV columns as one Excel sheet, every cell text. */
    public byte[] xlsx() {
        List<List<String>> records = ReportCsv.records(details, zone, standing);
        List<Table.Row> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            rows.add(new Table.Row(
                    rows.size() + 2,
                    record.stream().map(v -> v == null ? "" : v).toList()));
        }
        return SheetWriter.xlsx(List.of(new Table(m.get("report.file"), records.get(0), rows)));
    }

    /** The report's PDF with its chart. */
    public byte[] pdf(LocalDate today, nl.regiotafel.commands.network.NetworkSettings settings) {
        String scope = q.scope().label();
        String title = m.get(
                "report.title", scope == null ? networkName : scope, q.period().key());
        return ReportPdf.render(
                new ReportBlocks(m, q, zone, details, standing),
                title,
                q,
                data,
                details,
                SummaryChart.png(m, SummaryChart.title(q, settings), data),
                m.get("report.generated", SummaryText.date(m, today)));
    }
}
