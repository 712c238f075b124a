package nl.regiotafel.commands.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.update.Update;

/**
 * A KPI's value per reporting round, from the update that counts for each round: "Q1 4 · Q2 6 · Q3 9 van 10".
 */
public final class KpiTrend {

    /** Rounds shown in a trend. */
    public static final int ROUNDS = 4;

    /**
     * One KPI's value in one round.
     *
     * @param period the period key
     * @param label the KPI
     * @param value its value in that round's update
     */
    public record Point(String period, String label, double value) {}

    private KpiTrend() {}

    /**
     * The values the updates reported per period, for periods up to {@code upTo} (inclusive; null for all), oldest
     * period first. In each period the latest update's latest version counts.
     */
    public static List<Point> of(Collection<Update> updates, String upTo) {
        Map<String, Update> perPeriod = new TreeMap<>();
        for (Update u : updates) {
            if (u.kpiValues().isEmpty() || (upTo != null && u.period().compareTo(upTo) > 0)) {
                continue;
            }
            perPeriod.merge(u.period(), u, Update::later);
        }
        List<Point> points = new ArrayList<>();
        perPeriod.forEach((period, u) ->
                new TreeMap<>(u.kpiValues()).forEach((label, value) -> points.add(new Point(period, label, value))));
        return points;
    }

    /** "Q1 4 · Q2 6 · Q3 9 van 10" for the last {@link #ROUNDS} rounds, or "" when no round reported the KPI. */
    public static String line(Messages m, Kpi kpi, List<Point> points) {
        List<Point> own = points.stream()
                .filter(p -> p.label().equalsIgnoreCase(kpi.label()))
                .toList();
        if (own.isEmpty()) {
            return "";
        }
        own = own.subList(Math.max(0, own.size() - ROUNDS), own.size());
        String lastYear = own.get(own.size() - 1).period().substring(0, 4);
        boolean oneYear = own.stream().allMatch(p -> p.period().startsWith(lastYear));
        List<String> parts = new ArrayList<>();
        for (Point p : own) {
            String period = oneYear && p.period().length() > 5 ? p.period().substring(5) : p.period();
            parts.add(period + " " + nl.regiotafel.commands.text.Numbers.shown(m, p.value(), "–"));
        }
        String trend = String.join(" · ", parts);
        return kpi.target() == null
                ? trend
                : m.get("kpi.trend.target", trend, nl.regiotafel.commands.text.Numbers.shown(m, kpi.target(), ""));
    }
}
