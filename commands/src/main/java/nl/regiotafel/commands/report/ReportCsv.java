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
import nl.regiotafel.commands.project.ProjectField;
import nl.regiotafel.commands.project.ProjectFields;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.text.CsvWriter;
import nl.regiotafel.commands.update.Update;

/**
 * The progress report as CSV, written by {@link CsvWriter}: one row per project. The columns are stable and documented in the README; values are language
 * independent (status and phase as the slugs typed in commands, dates as ISO {@code yyyy-MM-dd}), so a spreadsheet
 * built on them keeps working.
 */
public final class ReportCsv {

    /**
     * The project's fields in the columns they have had since the report's first version, in that order; a field
     * defined later goes after {@code round}, in definition order. Changing this breaks users' spreadsheets.
     */
    private static final List<ProjectField<?>> FIRST_FIELDS = List.of(
            ProjectFields.NAME,
            ProjectFields.REGION,
            ProjectFields.SUBREGION,
            ProjectFields.THEME,
            ProjectFields.PILLAR,
            ProjectFields.STATUS,
            ProjectFields.PHASE,
            ProjectFields.HEALTH,
            ProjectFields.LEADERS,
            ProjectFields.PORTFOLIO_HOLDERS,
            ProjectFields.ORGANISATIONS,
            ProjectFields.GOAL);

    /** The fields defined after the report's first version: their columns follow {@code round}. */
    private static final List<ProjectField<?>> LATER_FIELDS =
            ProjectFields.all().stream().filter(f -> !FIRST_FIELDS.contains(f)).toList();

    /** The columns, in order. Changing them breaks users' spreadsheets: add at the end, never rename. */
    public static final List<String> COLUMNS = columns();

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add("code");
        FIRST_FIELDS.forEach(f -> columns.add(f.reportColumn()));
        columns.addAll(List.of(
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
                "round"));
        LATER_FIELDS.forEach(f -> columns.add(f.reportColumn()));
        return List.copyOf(columns);
    }

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
            LATER_FIELDS.forEach(f -> values.add(f.text(detail.project())));
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
        FIRST_FIELDS.forEach(f -> values.add(f.text(p)));
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
