package nl.regiotafel.commands.project;

/**
 * A measurable target of a project, e.g. "artsen/psychologen gevestigd in Zeeland", unit "personen", target 15.
 *
 * @param label what is counted
 * @param unit the unit; totals are only added up over equal units
 * @param baseline the starting value, or null
 * @param target the target value, or null
 * @param actual the latest reported value, or null
 * @param direction whether a higher or a lower value is better (absence: lower)
 */
public record Kpi(String label, String unit, Double baseline, Double target, Double actual, Direction direction) {

    /** Which way a KPI improves. */
    public enum Direction {
        HIGHER("higher", "hoger"),
        LOWER("lower", "lager");

        private final String slug;
        private final String dutch;

        Direction(String slug, String dutch) {
            this.slug = slug;
            this.dutch = dutch;
        }

        public String slug() {
            return slug;
        }

        /** The direction written in either language: {@code lower}, {@code lager}. */
        public static java.util.Optional<Direction> parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
            return java.util.Arrays.stream(values())
                    .filter(d ->
                            d.slug.equals(t) || d.dutch.equals(t) || d.name().equalsIgnoreCase(t))
                    .findFirst();
        }
    }

    public Kpi {
        direction = direction == null ? Direction.HIGHER : direction;
    }

    /** A KPI where higher is better. */
    public Kpi(String label, String unit, Double baseline, Double target, Double actual) {
        this(label, unit, baseline, target, actual, Direction.HIGHER);
    }

    /**
     * Progress from baseline to target in the KPI's direction, 0..1, or -1 when it cannot be computed. Without a
     * baseline, a higher-is-better KPI starts at 0; a lower-is-better one has no start, so it is 1 when the target is
     * reached and 0 until then (absence of 7.2 % against a target of 6 % is not achieved).
     */
    public double progress() {
        if (target == null || actual == null) {
            return -1;
        }
        if (direction == Direction.LOWER) {
            if (baseline == null || baseline.doubleValue() == target) {
                return actual <= target ? 1 : 0;
            }
            return Math.max(0, Math.min(1, (baseline - actual) / (baseline - target)));
        }
        double start = baseline == null ? 0 : baseline;
        if (target == start) {
            return actual >= target ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (actual - start) / (target - start)));
    }

    public Kpi withActual(Double value) {
        return new Kpi(label, unit, baseline, target, value, direction);
    }

    /** Whether two KPIs measure the same thing, so that their values may be added up: same label and unit. */
    public boolean sameMeasure(Kpi other) {
        return label.equalsIgnoreCase(other.label)
                && java.util.Objects.equals(
                        unit == null ? null : unit.toLowerCase(java.util.Locale.ROOT),
                        other.unit == null ? null : other.unit.toLowerCase(java.util.Locale.ROOT));
    }
}
