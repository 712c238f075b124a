package nl.regiotafel.commands.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.text.Decimals;
import nl.regiotafel.commands.text.Texts;

/**
 * Reads the {@code kpi} option of {@code /update}: {@code label=value} pairs separated by {@code ;} or {@code ,}, as in
 * {@code kpi:"Deelnemende organisaties=7; Uren bespaard=12,5"}. A comma between digits is a decimal comma
 * ({@code Orgs=7,2} is 7.2), so {@code A=7,2,B=3} is two values. Each error names the part that is wrong.
 */
final class KpiValues {

    private KpiValues() {}

    /** The values by the project's KPI labels (its own spelling). */
    static Map<String, Double> parse(Project project, String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String item : items(text)) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new UserError("error.update.kpiSyntax", item);
            }
            String label = item.substring(0, eq).strip();
            String number = item.substring(eq + 1).strip();
            Kpi kpi = project.kpis().stream()
                    .filter(k -> k.label().equalsIgnoreCase(label))
                    .findFirst()
                    .orElseThrow(() -> new UserError(
                            "error.update.kpiUnknown",
                            label,
                            Texts.joinOr(project.kpis().stream().map(Kpi::label).toList(), "–")));
            OptionalDouble value = Decimals.parse(number);
            if (value.isEmpty()) {
                throw new UserError("error.update.kpiNumber", number, kpi.label());
            }
            values.put(kpi.label(), value.getAsDouble());
        }
        return values;
    }

    /** The {@code label=value} parts: split at {@code ;} and {@code ,}, but a comma between digits stays a decimal. */
    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String part : text.split(";")) {
            StringBuilder item = new StringBuilder();
            String[] pieces = part.split(",", -1);
            for (int i = 0; i < pieces.length; i++) {
                String piece = pieces[i];
                boolean decimal = i > 0
                        && !piece.isEmpty()
                        && Character.isDigit(piece.charAt(0))
                        && piece.strip().chars().allMatch(Character::isDigit)
                        && !item.isEmpty()
                        && Character.isDigit(item.charAt(item.length() - 1));
                if (decimal) {
                    item.append(',').append(piece);
                    continue;
                }
                add(items, item);
                item = new StringBuilder(piece);
            }
            add(items, item);
        }
        return items;
    }

    private static void add(List<String> items, StringBuilder item) {
        String text = item.toString().strip();
        if (!text.isEmpty()) {
            items.add(text);
        }
    }
}
