package nl.regiotafel.commands.project;

/**
 * A measurable target of a project, e.g. "artsen/psychologen gevestigd in Zeeland", unit "personen", target 15.
 *
 * @param label what is counted
 * @param unit the unit; totals are only added up over equal units
 * @param baseline the starting value, or null
 * @param target the target value, or null
 * @param actual the latest reported value, or null
 */
public record Kpi(String label, String unit, Double baseline, Double target, Double actual) {

    /** Progress from baseline to target, 0..1, or -1 when it cannot be computed. */
    public double progress() {
        if (target == null || actual == null) {
            return -1;
        }
        double start = baseline == null ? 0 : baseline;
        if (target == start) {
            return actual >= target ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (actual - start) / (target - start)));
    }

    public Kpi withActual(double value) {
        return new Kpi(label, unit, baseline, target, value);
    }
}
