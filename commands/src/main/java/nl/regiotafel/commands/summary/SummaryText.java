package nl.regiotafel.commands.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.summary.SummaryData.HelpItem;
import nl.regiotafel.commands.summary.SummaryData.KpiTotal;
import nl.regiotafel.commands.summary.SummaryData.MilestoneItem;
import nl.regiotafel.commands.summary.SummaryData.ProjectRef;
import nl.regiotafel.commands.text.Texts;

/**
 * The summary's tables and list lines in the reader's language, shared by the chat reply, the Markdown and PDF files,
 * so that every form says the same.
 */
public final class SummaryText {

    private SummaryText() {}

    /**
     * One row of a count table.
     *
     * @param label what is counted
     * @param start the count at the start of the period
     * @param now the count at the reference date
     */
    public record CountRow(String label, int start, int now) {

        /** The change as {@code +2}, {@code −1} or {@code 0}. */
        public String change() {
            return delta(now - start);
        }
    }

    public static String delta(int difference) {
        return difference > 0 ? "+" + difference : difference < 0 ? "−" + -difference : "0";
    }

    /** The summary's title: the scope (or the network's name) and the period. */
    public static String title(Messages m, SummaryQuery q, String networkName) {
        String scope = q.scope().label();
        return m.get(
                "summary.title", scope == null ? networkName : scope, q.period().key());
    }

    /** Period, reference date and what the changes compare with. */
    public static String header(Messages m, SummaryQuery q) {
        return m.get(
                "summary.header",
                date(m, q.period().start()),
                date(m, q.period().end()),
                date(m, q.lastDay()),
                q.period().previous().key());
    }

    public static String date(Messages m, LocalDate day) {
        return m.shortDate(day);
    }

    public static List<CountRow> statusRows(Messages m, SummaryData d) {
        List<CountRow> rows = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            rows.add(new CountRow(
                    m.get(status.labelKey()),
                    d.statusAtStart().get(status),
                    d.statusAtEnd().get(status)));
        }
        return rows;
    }

    public static List<CountRow> phaseRows(Messages m, SummaryData d) {
        List<CountRow> rows = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            rows.add(new CountRow(
                    m.get(phase.labelKey()),
                    d.phaseAtStart().get(phase),
                    d.phaseAtEnd().get(phase)));
        }
        return rows;
    }

    /**
     * The success share as the ZN report defines it, with the projects stopped early beside it: "81,6% (31 van 38
     * afgeronde projecten; 2 vroegtijdig gestopt); vorige ronde: 70,0%".
     */
    public static String success(Messages m, SummaryData d) {
        double now = SummaryData.successRate(d.statusAtEnd());
        int stopped = d.statusAtEnd().get(ProjectStatus.VROEGTIJDIG_GESTOPT);
        if (now < 0) {
            return m.get("summary.success.none", stopped);
        }
        double start = SummaryData.successRate(d.statusAtStart());
        int succeeded = d.statusAtEnd().get(ProjectStatus.AFGEROND_SUCCESVOL);
        int completed = succeeded + d.statusAtEnd().get(ProjectStatus.AFGEROND_NIET_SUCCESVOL);
        return m.get(
                "summary.success.value",
                share(m, now),
                succeeded,
                completed,
                stopped,
                start < 0 ? m.get("common.none") : share(m, start));
    }

    /** A share with one decimal in the reader's notation: 81,6% in Dutch, 81.6% in English. */
    public static String share(Messages m, double fraction) {
        return String.format(m.locale(), "%.1f%%", fraction * 100);
    }

    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /** Health as label, count in the previous round and now; "not reported" last. */
    public static List<CountRow> healthRows(Messages m, SummaryData d) {
        List<CountRow> rows = new ArrayList<>();
        for (Health health : Health.values()) {
            rows.add(new CountRow(
                    m.get(health.labelKey()),
                    d.healthAtStart().get(health),
                    d.health().get(health)));
        }
        rows.add(new CountRow(m.get("summary.health.none"), d.healthNoneAtStart(), d.healthNone()));
        return rows;
    }

    /** "2 van 3 (vorige ronde: 1 van 3)". */
    public static String reporting(Messages m, SummaryData d) {
        SummaryData.Reporting r = d.reporting();
        return m.get("summary.reporting.value", r.reported(), r.expected(), r.reportedBefore(), r.expectedBefore());
    }

    public static List<Map.Entry<String, Integer>> pillarRows(Messages m, SummaryData d) {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>();
        d.byPillar().forEach((pillar, n) -> {
            if (!pillar.isEmpty()) {
                rows.add(Map.entry(pillar, n));
            }
        });
        if (d.byPillar().containsKey("")) {
            rows.add(Map.entry(m.get("summary.pillar.none"), d.byPillar().get("")));
        }
        return rows;
    }

    /** The statuses that occur in a theme, e.g. "Lopend 2 · Afgerond, succesvol 1". */
    public static String themeBreakdown(Messages m, Map<ProjectStatus, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            int n = counts.getOrDefault(status, 0);
            if (n != 0) {
                parts.add(m.get(status.labelKey()) + " " + n);
            }
        }
        return String.join(" · ", parts);
    }

    public static int total(Map<ProjectStatus, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static String kpiLine(Messages m, KpiTotal kpi) {
        return m.get(
                "summary.kpi.line",
                kpi.label() + " (" + kpi.unit() + ")",
                ProjectCards.number(kpi.actual(), "0"),
                ProjectCards.number(kpi.target(), "0"),
                kpi.target() == 0 ? "–" : percent(kpi.actual() / kpi.target()));
    }

    public static String milestoneCounts(Messages m, SummaryData d) {
        return m.get(
                "summary.milestones.value",
                d.doneThisPeriod().total(),
                d.dueThisPeriod().total(),
                d.dueNextPeriod().total(),
                d.overdue().total());
    }

    /**
     * A milestone as one line: project, number, title, due as written with its date, who.
     *
     * @param chat whether the line goes to chat (Markdown escaped, mentions) or into a file
     */
    public static String milestoneLine(Messages m, MilestoneItem ms, boolean chat) {
        StringBuilder line = new StringBuilder();
        line.append(chat ? Markup.bold(ms.projectCode()) : ms.projectCode())
                .append(" #")
                .append(ms.number())
                .append(' ')
                .append(text(Texts.limit(ms.title(), 120), chat))
                .append(" — ")
                .append(text(ms.due().display(m.locale()), chat));
        if (ms.doneOn() != null) {
            line.append(" · ").append(m.get("milestone.doneOn", date(m, ms.doneOn())));
        }
        List<String> who = ms.ownerId() != null ? List.of(ms.ownerId()) : ms.leaders();
        line.append(" · ").append(people(m, who, chat));
        return line.toString();
    }

    public static String projectLine(Messages m, ProjectRef p, boolean chat) {
        return (chat ? Markup.bold(p.code()) : p.code()) + " — " + text(Texts.limit(p.name(), 100), chat) + " · "
                + people(m, p.leaders(), chat);
    }

    public static String helpLine(Messages m, HelpItem h, boolean chat) {
        return (chat ? Markup.bold(h.projectCode()) : h.projectCode()) + " (" + h.period() + ", "
                + text(h.authorName() == null ? "" : h.authorName(), chat) + "): "
                + text(Texts.limit(h.text().replace('\n', ' '), 300), chat);
    }

    /** Leaders as chat mentions, or as {@code @id} in files; "to be found" when there are none. */
    public static String people(Messages m, List<String> ids, boolean chat) {
        if (ids.isEmpty()) {
            return m.get("project.noLeader");
        }
        return String.join(
                ", ", ids.stream().map(id -> chat ? Markup.user(id) : "@" + id).toList());
    }

    private static String text(String value, boolean chat) {
        return chat ? Texts.escape(value) : value;
    }
}
