package nl.regiotafel.commands.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.text.CsvWriter;
import nl.regiotafel.commands.update.Update;

/**
 * The progress report as CSV, written by {@link CsvWriter}: one row per project. The columns are stable and documented in the README; values are language
 * independent (status and phase as the slugs typed in commands, dates as ISO {@code yyyy-MM-dd}), so a spreadsheet
 * built on them keeps working.
 */
public final class ReportCsv {

    /** The columns, in order. Changing them breaks users' spreadsheets: add at the end, never rename. */
    public static final List<String> COLUMNS = List.of(
            "code",
            "name",
            "region",
            "subregion",
            "theme",
            "pillar",
            "status",
            "phase",
            "health",
            "leaders",
            "portfolio_holders",
            "organisations",
            "goal",
            "update_period",
            "update_posted_on",
            "update_author",
            "results",
            "next_actions",
            "risks",
            "help_needed",
            "next_milestone",
            "next_milestone_due",
            "next_milestone_date",
            "open_milestones",
            "overdue_milestones",
            "milestones_reached_in_period",
            "kpis",
            "round");

    private ReportCsv() {}

    /** The file's bytes. */
    public static byte[] render(List<ProjectDetail> details, char separator, ZoneId zone, String standing) {
        return CsvWriter.bytes(records(details, zone, standing), separator);
    }

    /** The header and one record per project, as the file holds them (the meeting view's xlsx holds the same). */
    public static List<List<String>> records(List<ProjectDetail> details, ZoneId zone, String standing) {
        List<List<String>> records = new ArrayList<>();
        records.add(COLUMNS);
        for (ProjectDetail detail : details) {
            List<String> values = new ArrayList<>(values(detail, zone));
            values.add(standing);
            records.add(values);
        }
        return records;
    }

    private static List<String> values(ProjectDetail d, ZoneId zone) {
        Project p = d.project();
        Update u = d.latest();
        Milestone next = d.next().isEmpty() ? null : d.next().get(0);
        List<String> values = new ArrayList<>();
        values.add(p.code());
        values.add(p.name());
        values.add(p.region());
        values.add(p.subRegion());
        values.add(p.theme());
        values.add(p.pillar());
        values.add(p.status().slug());
        values.add(p.phase().slug());
        values.add(p.health() == null ? null : p.health().slug());
        values.add(String.join(", ", p.leaders()));
        values.add(String.join(", ", p.portfolioHolders()));
        values.add(String.join(", ", p.organisations()));
        values.add(p.goal());
        values.add(u == null ? null : u.period());
        values.add(u == null ? null : LocalDate.ofInstant(u.postedAt(), zone).toString());
        values.add(u == null ? null : u.authorName());
        values.add(u == null ? null : u.results());
        values.add(u == null ? null : u.nextActions());
        values.add(u == null ? null : u.risks());
        values.add(u == null ? null : u.helpNeeded());
        values.add(next == null ? null : next.title());
        values.add(next == null ? null : next.due().label());
        values.add(next == null ? null : next.due().date().toString());
        values.add(Integer.toString(d.openMilestones()));
        values.add(Integer.toString(d.overdueMilestones()));
        values.add(d.doneThisPeriod().stream()
                .map(ms -> ms.title() + " (" + ms.doneOn() + ")")
                .collect(Collectors.joining("; ")));
        values.add(p.kpis().stream().map(ReportCsv::kpi).collect(Collectors.joining("; ")));
        return values;
    }

    private static String kpi(Kpi kpi) {
        return kpi.label() + ": " + ProjectCards.number(kpi.actual(), "") + "/" + ProjectCards.number(kpi.target(), "")
                + (kpi.unit() == null ? "" : " " + kpi.unit());
    }
}
