package nl.regiotafel.commands.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryText;
import nl.regiotafel.commands.update.Update;

/**
 * The blocks of the status slide for one project, as plain text, shared by the CSV, Markdown and PDF reports: Doel;
 * Behaalde resultaten en acties korte termijn; Planning op hoofdlijnen / eerstvolgende mijlpalen; Wie?; status, phase
 * and KPIs.
 */
final class ReportBlocks {

    private final Messages m;
    private final String standing;
    private final SummaryQuery q;
    private final ZoneId zone;
    private final Map<String, String> names;

    /**
     * @param details the report's projects; the names of people who posted updates are taken from them, since
     *     projects store only user ids
     */
    ReportBlocks(Messages m, SummaryQuery q, ZoneId zone, List<ProjectDetail> details, String standing) {
        this.standing = standing;
        this.m = m;
        this.q = q;
        this.zone = zone;
        this.names = new HashMap<>();
        for (ProjectDetail detail : details) {
            Update latest = detail.latest();
            if (latest != null && latest.authorId() != null && latest.authorName() != null) {
                names.putIfAbsent(latest.authorId(), latest.authorName());
            }
        }
    }

    Messages messages() {
        return m;
    }

    String statusLine(Project p) {
        return m.get(
                "report.statusLine",
                m.get(p.status().labelKey()),
                m.get(p.phase().labelKey()),
                p.health() == null ? m.get("common.none") : m.get(p.health().labelKey()));
    }

    String goal(Project p) {
        return p.goal() == null || p.goal().isBlank() ? m.get("common.none") : p.goal();
    }

    /** "2021-Q3 · 13-09-2021 · Sanne de Wit", or "no update yet". */
    String latestLabel(Update u) {
        if (u == null) {
            return m.get("report.noUpdate");
        }
        return m.get(
                "report.latest",
                u.period(),
                SummaryText.date(m, LocalDate.ofInstant(u.postedAt(), zone)),
                u.authorName() == null ? "" : u.authorName());
    }

    /** Results, next actions, risks and help as labelled lines; empty without an update. */
    List<String> results(Update u) {
        List<String> lines = new ArrayList<>();
        if (u == null) {
            return lines;
        }
        add(lines, "update.block.results", u.results());
        add(lines, "update.block.next-actions", u.nextActions());
        add(lines, "update.block.risks", u.risks());
        add(lines, "update.block.help", u.helpNeeded());
        return lines;
    }

    private void add(List<String> lines, String key, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(m.get(key) + ": " + text.strip().replace("\r", "").replace("\n", " / "));
        }
    }

    /** Open milestones by due date (overdue ones marked), then those reached in the period. */
    List<String> planning(ProjectDetail d) {
        List<String> lines = new ArrayList<>();
        for (Milestone ms : d.next()) {
            String line = ms.due().display(m.locale()) + ": " + ms.title();
            if (ms.due().date().isBefore(q.refDay())) {
                line += " (" + m.get("milestone.overdue") + ")";
            }
            for (Milestone.Move move : ms.history()) {
                line += " — " + nl.regiotafel.commands.milestone.MilestoneMoves.line(m, move, zone);
            }
            lines.add(line);
        }
        if (d.openMilestones() > d.next().size()) {
            lines.add(
                    m.get("report.moreMilestones", d.openMilestones() - d.next().size()));
        }
        for (Milestone ms : d.doneThisPeriod()) {
            lines.add(m.get("report.reached", ms.title(), SummaryText.date(m, ms.doneOn())));
        }
        return lines;
    }

    /** Leaders and portfolio holders. */
    List<String> who(Project p) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("project.leaders") + ": " + leaders(p));
        lines.add(m.get("project.portfolioHolders") + ": "
                + (p.portfolioHolders().isEmpty() ? m.get("common.none") : String.join(", ", p.portfolioHolders())));
        return lines;
    }

    String leaders(Project p) {
        if (p.leaders().isEmpty()) {
            return m.get("project.noLeader");
        }
        return String.join(", ", p.leaders().stream().map(this::person).toList());
    }

    /** A person by name when an update told us the name, else by user id. */
    String person(String id) {
        String name = names.get(id);
        return name == null ? "@" + id : name + " (@" + id + ")";
    }

    /** The KPIs of a project with their value per round, numbers in the reader's notation. */
    List<String> kpis(ProjectDetail detail) {
        List<String> lines = new ArrayList<>();
        for (Kpi kpi : detail.project().kpis()) {
            StringBuilder line = new StringBuilder(kpi.label())
                    .append(": ")
                    .append(ProjectCards.number(m, kpi.actual(), "–"))
                    .append(" / ")
                    .append(ProjectCards.number(m, kpi.target(), "–"));
            if (kpi.unit() != null) {
                line.append(' ').append(kpi.unit());
            }
            if (kpi.progress() >= 0) {
                line.append(" (").append(SummaryText.percent(kpi.progress())).append(')');
            }
            if (kpi.baseline() != null) {
                line.append(", ")
                        .append(m.get("kpi.baseline"))
                        .append(' ')
                        .append(ProjectCards.number(m, kpi.baseline(), ""));
            }
            if (kpi.direction() == Kpi.Direction.LOWER) {
                line.append(", ").append(m.get("kpi.direction.lower"));
            }
            String trend = nl.regiotafel.commands.project.KpiTrend.line(m, kpi, detail.trend());
            if (!trend.isEmpty()) {
                line.append(" · ").append(m.get("kpi.trend", trend));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How final the report is: provisional, closed at the deadline, or revised (when and why). */
    String standing() {
        return standing;
    }
}
