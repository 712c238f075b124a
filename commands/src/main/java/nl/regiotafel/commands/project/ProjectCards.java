package nl.regiotafel.commands.project;

import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;

/** How a project reads in replies; shared by /project info, /status and the reports. */
public final class ProjectCards {

    private ProjectCards() {}

    public static String title(Project project) {
        return Texts.escape(Texts.limit(project.name(), 200)) + " (" + project.code() + ")";
    }

    public static String leaders(Messages m, Project project) {
        if (project.leaders().isEmpty()) {
            return m.get("project.noLeader");
        }
        return String.join(", ", project.leaders().stream().map(Markup::user).toList());
    }

    public static String region(Project project) {
        return project.subRegion() == null ? project.region() : project.region() + " – " + project.subRegion();
    }

    /** The project's record as fields: goal, region, theme, phase, status, people, KPIs, links. */
    public static List<Field> fields(Messages m, Project project) {
        String none = m.get("common.none");
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(m.get("project.goal"), Texts.limit(Texts.escape(orNone(project.goal(), none)), 1000)));
        fields.add(Field.inline(m.get("project.region"), Texts.escape(region(project))));
        fields.add(Field.inline(
                m.get("project.theme"),
                Texts.escape(project.theme())
                        + (project.pillar() == null || project.pillar().equals(project.theme())
                                ? ""
                                : " · " + project.pillar())));
        fields.add(Field.inline(m.get("project.phase"), m.get(project.phase().labelKey())));
        fields.add(Field.inline(m.get("project.status"), m.get(project.status().labelKey())));
        fields.add(Field.inline(
                m.get("project.health"),
                project.health() == null ? none : m.get(project.health().labelKey())));
        fields.add(Field.inline(m.get("project.leaders"), Texts.limit(leaders(m, project), 1000)));
        fields.add(Field.of(
                m.get("project.portfolioHolders"),
                Texts.limit(Texts.escape(Texts.joinOr(project.portfolioHolders(), none)), 1000)));
        fields.add(Field.of(
                m.get("project.organisations"),
                Texts.limit(Texts.escape(Texts.joinOr(project.organisations(), none)), 1000)));
        if (!project.kpis().isEmpty()) {
            fields.add(Field.of(m.get("project.kpis"), Texts.limit(kpis(m, project.kpis()), 1000)));
        }
        if (!project.related().isEmpty()) {
            fields.add(Field.of(m.get("project.related"), String.join(", ", project.related())));
        }
        return fields;
    }

    /** KPIs as "label: actual / target unit ▓▓▓░░ 60%". */
    public static String kpis(Messages m, List<Kpi> kpis) {
        return kpis(m, kpis, List.of());
    }

    /** KPIs with their trend over the last rounds beneath each. */
    public static String kpis(Messages m, List<Kpi> kpis, List<KpiTrend.Point> trend) {
        StringBuilder out = new StringBuilder();
        for (Kpi kpi : kpis) {
            out.append("• ").append(Texts.escape(kpi.label())).append(": ");
            out.append(number(m, kpi.actual(), "–")).append(" / ").append(number(m, kpi.target(), "–"));
            if (kpi.unit() != null) {
                out.append(' ').append(Texts.escape(kpi.unit()));
            }
            double progress = kpi.progress();
            if (progress >= 0) {
                out.append(' ')
                        .append(Texts.bar(progress))
                        .append(' ')
                        .append(Math.round(progress * 100))
                        .append('%');
            }
            if (kpi.baseline() != null) {
                out.append(" (")
                        .append(m.get("kpi.baseline"))
                        .append(' ')
                        .append(number(m, kpi.baseline(), ""))
                        .append(')');
            }
            if (kpi.direction() == Kpi.Direction.LOWER) {
                out.append(" · ").append(m.get("kpi.direction.lower"));
            }
            String line = KpiTrend.line(m, kpi, trend);
            if (!line.isEmpty()) {
                out.append("\n  ").append(m.get("kpi.trend", line));
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    /** A number as the reader writes it: 7,2 in Dutch, 7.2 in English; whole numbers without decimals. */
    public static String number(Messages m, Double value, String none) {
        return nl.regiotafel.commands.text.Numbers.shown(m, value, none);
    }

    /** A number in the neutral form the audit log and files keep: 7.2, 15. */
    public static String number(Double value, String none) {
        return nl.regiotafel.commands.text.Numbers.neutral(value, none);
    }

    private static String orNone(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }
}
