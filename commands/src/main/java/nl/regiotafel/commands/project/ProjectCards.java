package nl.regiotafel.commands.project;

import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;

/** How a project reads in replies; shared by /project info, /status and the reports. */
public final class ProjectCards {

    private ProjectCards() {}

    public static String title(Project project) {
        return Texts.escape(Texts.limit(project.name(), 200)) + " (" + project.code() + ")";
    }

    public static String leaders(Messages m, Project project) {
        return ProjectFields.LEADERS.card(m, project);
    }

    /** The region with its subregion: "Arnhem – Food Valley". */
    public static String region(Project project) {
        return project.subRegion() == null
                ? project.region()
                : project.region() + ProjectFields.SUBREGION.separator() + project.subRegion();
    }

    /**
     * The project's record as fields: each {@link ProjectField} where its definition places it (the name is in the
     * title, a joined field follows its host's value), then the KPIs.
     */
    public static List<Field> fields(Messages m, Project project) {
        String none = m.get("common.none");
        List<Field> fields = new ArrayList<>();
        for (ProjectField<?> field : ProjectFields.all()) {
            ProjectField.Place place = field.place();
            if (place == ProjectField.Place.TITLE || place == ProjectField.Place.JOINED) {
                continue;
            }
            String value = field.card(m, project);
            for (ProjectField<?> joined : ProjectFields.all()) {
                String after = joined.host() == field ? joined.card(m, project) : null;
                if (after != null && !after.equals(value)) {
                    value = (value == null ? none : value) + joined.separator() + after;
                }
            }
            if (value == null && place == ProjectField.Place.BLOCK_IF_SET) {
                continue;
            }
            value = Texts.limit(value == null ? none : value, 1000);
            fields.add(
                    place == ProjectField.Place.INLINE
                            ? Field.inline(m.get(field.labelKey()), value)
                            : Field.of(m.get(field.labelKey()), value));
        }
        if (!project.kpis().isEmpty()) {
            fields.add(Field.of(m.get("project.kpis"), Texts.limit(kpis(m, project.kpis()), 1000)));
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
}
