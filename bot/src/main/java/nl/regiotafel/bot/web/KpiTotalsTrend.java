package nl.regiotafel.bot.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.summary.SummaryData.KpiTotal;

/**
 * The KPI totals of the last rounds side by side, one row per measure (the same label and unit, as {@code /summary}
 * adds them up), one column per round, oldest first. Each column is the {@link KpiTotal} of that round's own snapshot
 * (frozen for a closed round, live and provisional for the open one), so a cell says what {@code /summary} says of that
 * round with the same filters.
 *
 * @param rounds the rounds, oldest first; the last one is the round the page shows
 * @param measures the measures of any of the rounds, those of the shown round first
 */
public record KpiTotalsTrend(List<Round> rounds, List<Measure> measures) {

    /**
     * A round's column.
     *
     * @param period the period key, e.g. {@code 2021-Q3}
     * @param provisional whether the round is still open
     * @param heading the column heading: the key, marked when provisional
     */
    public record Round(String period, boolean provisional, String heading) {}

    /**
     * One measure through the rounds.
     *
     * @param name label and unit, as {@code /summary} writes them
     * @param target the shown round's added-up target, or – when the measure is not in that round
     * @param values the added-up value per round as {@code /summary} writes it, – where the round has no such measure
     * @param numbers the same values as numbers, null where there is none
     * @param targetNumber the target as a number, or null
     */
    public record Measure(String name, String target, List<String> values, List<Double> numbers, Double targetNumber) {}

    /** The totals of one round, as the summary of its snapshot gives them. */
    record RoundTotals(String period, boolean provisional, List<KpiTotal> totals) {}

    static KpiTotalsTrend of(Messages m, List<RoundTotals> oldestFirst) {
        List<Round> rounds = oldestFirst.stream()
                .map(r -> new Round(
                        r.period(),
                        r.provisional(),
                        r.provisional() ? m.get("web.round.provisional", r.period()) : r.period()))
                .toList();
        // The shown round's measures in its order, then measures only earlier rounds had
        Map<String, KpiTotal> named = new LinkedHashMap<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            for (KpiTotal total : oldestFirst.get(i).totals()) {
                named.putIfAbsent(key(total), total);
            }
        }
        List<Measure> measures = new ArrayList<>();
        RoundTotals shown = oldestFirst.get(oldestFirst.size() - 1);
        for (Map.Entry<String, KpiTotal> measure : named.entrySet()) {
            List<String> values = new ArrayList<>();
            List<Double> numbers = new ArrayList<>();
            for (RoundTotals round : oldestFirst) {
                KpiTotal total = find(round, measure.getKey());
                values.add(total == null ? "–" : ProjectCards.number(total.actual(), "0"));
                numbers.add(total == null ? null : total.actual());
            }
            KpiTotal now = find(shown, measure.getKey());
            measures.add(new Measure(
                    measure.getValue().label() + " (" + measure.getValue().unit() + ")",
                    now == null ? "–" : ProjectCards.number(now.target(), "0"),
                    values,
                    numbers,
                    now == null ? null : now.target()));
        }
        return new KpiTotalsTrend(rounds, measures);
    }

    private static KpiTotal find(RoundTotals round, String key) {
        return round.totals().stream()
                .filter(t -> key(t).equals(key))
                .findFirst()
                .orElse(null);
    }

    private static String key(KpiTotal total) {
        return total.label().toLowerCase(Locale.ROOT) + "\u0000" + total.unit().toLowerCase(Locale.ROOT);
    }
}
