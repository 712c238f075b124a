package nl.regiotafel.commands.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.summary.SummaryData;
import nl.regiotafel.commands.summary.SummaryMarkdown;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryText;

/** The progress report as Markdown: the summary tables, then every project by theme in the blocks of the status slide. */
final class ReportMarkdown {

    private ReportMarkdown() {}

    static byte[] render(
            ReportBlocks blocks, String title, SummaryQuery q, SummaryData d, List<ProjectDetail> details) {
        Messages m = blocks.messages();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(SummaryMarkdown.cell(title)).append("\n\n");
        md.append(SummaryText.header(m, q)).append("\n\n");
        md.append("**").append(SummaryMarkdown.cell(blocks.standing())).append("**\n\n");
        SummaryMarkdown.tables(md, m, q, d);
        md.append("## ").append(m.get("report.projects")).append("\n\n");
        String theme = null;
        for (ProjectDetail detail : details) {
            var p = detail.project();
            if (!p.theme().equals(theme)) {
                theme = p.theme();
                md.append("### ").append(SummaryMarkdown.cell(theme)).append("\n\n");
            }
            md.append("#### ")
                    .append(SummaryMarkdown.cell(p.name()))
                    .append(" (")
                    .append(p.code())
                    .append(")\n\n");
            md.append(blocks.statusLine(p))
                    .append(" · ")
                    .append(SummaryMarkdown.cell(region(p)))
                    .append("\n\n");
            md.append("**")
                    .append(m.get("report.goal"))
                    .append("** ")
                    .append(oneLine(blocks.goal(p)))
                    .append("\n\n");
            md.append("**")
                    .append(m.get("report.results"))
                    .append("** (")
                    .append(blocks.latestLabel(detail.latest()))
                    .append(")\n\n");
            bullets(md, blocks.results(detail.latest()), m);
            md.append("**").append(m.get("report.planning")).append("**\n\n");
            bullets(md, blocks.planning(detail), m);
            md.append("**").append(m.get("report.who")).append("**\n\n");
            bullets(md, blocks.who(p), m);
            if (!p.kpis().isEmpty()) {
                md.append("**").append(m.get("project.kpis")).append("**\n\n");
                bullets(md, blocks.kpis(detail), m);
            }
        }
        if (details.isEmpty()) {
            md.append(m.get("summary.empty")).append("\n\n");
        }
        SummaryMarkdown.lists(md, m, q, d);
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String region(nl.regiotafel.commands.project.Project p) {
        return p.subRegion() == null ? p.region() : p.region() + " – " + p.subRegion();
    }

    private static void bullets(StringBuilder md, List<String> lines, Messages m) {
        if (lines.isEmpty()) {
            md.append("- ").append(m.get("common.none")).append("\n\n");
            return;
        }
        for (String line : lines) {
            md.append("- ").append(oneLine(line)).append('\n');
        }
        md.append('\n');
    }

    private static String oneLine(String text) {
        return text.replace("\r", "").replace("\n", " ");
    }
}
