package nl.regiotafel.commands.summary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.summary.SummaryData.KpiTotal;
import nl.regiotafel.commands.summary.SummaryData.Listing;

/** The whole summary as a Markdown document: the tables, then every list in full. */
public final class SummaryMarkdown {

    private SummaryMarkdown() {}

    /** The summary with its title as a level-1 heading. */
    public static String render(Messages m, String title, SummaryQuery q, SummaryData d) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(cell(title)).append("\n\n");
        md.append(SummaryText.header(m, q)).append("\n\n");
        tables(md, m, q, d);
        lists(md, m, q, d);
        return md.toString();
    }

    /** The summary tables, as level-2 sections. */
    public static void tables(StringBuilder md, Messages m, SummaryQuery q, SummaryData d) {
        md.append("- ")
                .append(m.get("summary.projects"))
                .append(": ")
                .append(m.get("summary.projects.value", d.projects(), d.projectsAtStart()))
                .append('\n');
        md.append("- ")
                .append(m.get("summary.organisations"))
                .append(": ")
                .append(d.organisations())
                .append('\n');
        md.append("- ")
                .append(m.get("summary.success"))
                .append(": ")
                .append(SummaryText.success(m, d))
                .append("\n\n");
        countTable(md, m, m.get("summary.status"), m.get("project.status"), SummaryText.statusRows(m, d));
        countTable(md, m, m.get("summary.phase"), m.get("project.phase"), SummaryText.phaseRows(m, d));

        md.append("## ").append(m.get("summary.themes")).append("\n\n");
        md.append("| ").append(m.get("summary.column.theme")).append(" | ").append(m.get("summary.column.total"));
        for (ProjectStatus status : ProjectStatus.values()) {
            md.append(" | ").append(m.get(status.labelKey()));
        }
        md.append(" |\n|---|---:");
        md.append("|---:".repeat(ProjectStatus.values().length)).append("|\n");
        for (Map.Entry<String, Map<ProjectStatus, Integer>> theme :
                d.statusByTheme().entrySet()) {
            md.append("| ").append(cell(theme.getKey())).append(" | ").append(SummaryText.total(theme.getValue()));
            for (ProjectStatus status : ProjectStatus.values()) {
                md.append(" | ").append(theme.getValue().getOrDefault(status, 0));
            }
            md.append(" |\n");
        }
        md.append('\n');
        pairTable(md, m.get("summary.pillars"), m.get("summary.column.pillar"), m, SummaryText.pillarRows(m, d));
        countTable(md, m, m.get("summary.health"), m.get("project.health"), SummaryText.healthRows(m, d));
        md.append("**").append(m.get("summary.reporting")).append(":** ").append(SummaryText.reporting(m, d));
        md.append("\n\n");
        pairTable(
                md,
                m.get("summary.milestones"),
                m.get("summary.milestones"),
                m,
                List.of(
                        Map.entry(
                                m.get("summary.milestones.done"),
                                d.doneThisPeriod().total()),
                        Map.entry(
                                m.get("summary.milestones.due"),
                                d.dueThisPeriod().total()),
                        Map.entry(
                                m.get("summary.milestones.next", q.next().key()),
                                d.dueNextPeriod().total()),
                        Map.entry(
                                m.get("summary.milestones.overdue"), d.overdue().total())));

        md.append("## ").append(m.get("summary.kpis")).append("\n\n");
        if (d.kpiTotals().isEmpty()) {
            md.append(m.get("summary.kpis.none")).append("\n\n");
        } else {
            md.append("| ")
                    .append(m.get("summary.column.unit"))
                    .append(" | ")
                    .append(m.get("summary.column.actual"))
                    .append(" | ")
                    .append(m.get("summary.column.target"))
                    .append(" | % | KPI's |\n|---|---:|---:|---:|---:|\n");
            for (KpiTotal kpi : d.kpiTotals()) {
                md.append("| ")
                        .append(cell(kpi.unit()))
                        .append(" | ")
                        .append(nl.regiotafel.commands.project.ProjectCards.number(kpi.actual(), "0"))
                        .append(" | ")
                        .append(nl.regiotafel.commands.project.ProjectCards.number(kpi.target(), "0"))
                        .append(" | ")
                        .append(kpi.target() == 0 ? "–" : SummaryText.percent(kpi.actual() / kpi.target()))
                        .append(" | ")
                        .append(kpi.kpis())
                        .append(" |\n");
            }
            md.append('\n');
        }
    }

    /** Every list of the summary, in full (as far as the store returned it). */
    public static void lists(StringBuilder md, Messages m, SummaryQuery q, SummaryData d) {
        list(md, m, m.get("summary.milestones.overdue"), d.overdue(), ms -> SummaryText.milestoneLine(m, ms, false));
        list(md, m, m.get("summary.milestones.due"), d.dueThisPeriod(), ms -> SummaryText.milestoneLine(m, ms, false));
        list(
                md,
                m,
                m.get("summary.milestones.next", q.next().key()),
                d.dueNextPeriod(),
                ms -> SummaryText.milestoneLine(m, ms, false));
        list(
                md,
                m,
                m.get("summary.milestones.done"),
                d.doneThisPeriod(),
                ms -> SummaryText.milestoneLine(m, ms, false));
        list(
                md,
                m,
                m.get("summary.notReported", q.reportingKey()),
                d.notReported(),
                p -> SummaryText.projectLine(m, p, false));
        list(md, m, m.get("summary.help"), d.help(), h -> SummaryText.helpLine(m, h, false));
    }

    private static <T> void list(
            StringBuilder md, Messages m, String title, Listing<T> items, Function<T, String> line) {
        md.append("## ").append(cell(title)).append(" (").append(items.total()).append(")\n\n");
        if (items.items().isEmpty()) {
            md.append(m.get("common.none")).append("\n\n");
            return;
        }
        for (T item : items.items()) {
            md.append("- ").append(line.apply(item).replace("\n", " ")).append('\n');
        }
        if (items.truncated()) {
            md.append("- ")
                    .append(m.get(
                            "summary.list.cut", items.total() - items.items().size()))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void countTable(
            StringBuilder md, Messages m, String title, String column, List<SummaryText.CountRow> rows) {
        md.append("## ").append(title).append("\n\n");
        md.append("| ")
                .append(column)
                .append(" | ")
                .append(m.get("summary.column.start"))
                .append(" | ")
                .append(m.get("summary.column.now"))
                .append(" | ")
                .append(m.get("summary.column.change"))
                .append(" |\n|---|---:|---:|---:|\n");
        for (SummaryText.CountRow row : rows) {
            md.append("| ")
                    .append(cell(row.label()))
                    .append(" | ")
                    .append(row.start())
                    .append(" | ")
                    .append(row.now())
                    .append(" | ")
                    .append(row.change())
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void pairTable(
            StringBuilder md, String title, String column, Messages m, List<Map.Entry<String, Integer>> rows) {
        md.append("## ").append(title).append("\n\n");
        md.append("| ")
                .append(column)
                .append(" | ")
                .append(m.get("summary.column.count"))
                .append(" |\n|---|---:|\n");
        for (Map.Entry<String, Integer> row : rows) {
            md.append("| ")
                    .append(cell(row.getKey()))
                    .append(" | ")
                    .append(row.getValue())
                    .append(" |\n");
        }
        md.append('\n');
    }

    /** Text safe inside a Markdown table cell or heading. */
    public static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }
}
