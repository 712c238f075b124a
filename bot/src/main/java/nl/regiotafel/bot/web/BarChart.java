package nl.regiotafel.bot.web;

import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.text.Texts;

/**
 * A horizontal bar chart that the template {@code fragments :: chart} draws as inline SVG: the geometry is computed
 * here, the text is escaped by Thymeleaf, the colours come from classes in {@code dashboard.css}. No script and no
 * style attribute, so the page's Content-Security-Policy holds; vector, so it prints sharp and grows in TV mode. Every
 * chart stands above a table with the same figures, which is what screen readers read: the chart has a title only.
 *
 * @param id the element id
 * @param title what the chart shows, its accessible name
 * @param width the drawing's width in user units
 * @param height the drawing's height in user units
 * @param rects the bars and the legend's swatches
 * @param lines the axis and target lines
 * @param texts the labels, values and legend
 */
public record BarChart(
        String id, String title, int width, int height, List<Shape> rects, List<Shape> lines, List<Text> texts) {

    static final int WIDTH = 400;
    static final int LABEL_WIDTH = 150;
    static final int VALUE_ROOM = 44;
    static final int BAR = 12;
    static final int BAR_GAP = 2;
    static final int ROW_GAP = 10;
    static final int LEGEND = 24;
    static final int LABEL_CHARS = 20;

    /** A rectangle ({@code x, y, w, h}) or a line ({@code x, y} to {@code w, h}) with its class. */
    public record Shape(int x, int y, int w, int h, String css) {}

    /** A text at {@code x, y} (its baseline) with its class. */
    public record Text(int x, int y, String text, String css) {}

    /**
     * A series of bars: one bar per row.
     *
     * @param name the legend's text
     * @param css the bars' class, e.g. {@code s-now}
     */
    public record Series(String name, String css) {}

    /**
     * A row of the chart: one bar per series.
     *
     * @param label the row's label, shortened when long (the table beneath has it whole)
     * @param values one value per series, null for no bar
     * @param shown the values as the table writes them
     * @param css an extra class for the row's bars (e.g. {@code provisional}), or empty
     */
    public record Row(String label, List<Double> values, List<String> shown, String css) {}

    /** The {@code viewBox} attribute. */
    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /**
     * Draws the chart.
     *
     * @param target a value drawn as a vertical line across the rows (a KPI's target), or null
     * @param targetName the legend's text for the target line
     */
    static BarChart of(String id, String title, List<Series> series, List<Row> rows, Double target, String targetName) {
        List<Shape> rects = new ArrayList<>();
        List<Shape> lines = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        // The legend, one entry after another; text widths estimated at 7 units a character
        int x = 4;
        for (Series s : series) {
            rects.add(new Shape(x, 6, 10, 10, "bar " + s.css()));
            texts.add(new Text(x + 14, 15, s.name(), "legend"));
            x += 14 + 7 * s.name().length() + 16;
        }
        if (target != null) {
            lines.add(new Shape(x, 11, x + 14, 11, "target"));
            texts.add(new Text(x + 18, 15, targetName, "legend"));
        }
        double max = target == null ? 0 : target;
        for (Row row : rows) {
            for (Double v : row.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        int plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        int groupHeight = series.size() * BAR + (series.size() - 1) * BAR_GAP;
        int y = LEGEND + ROW_GAP / 2;
        for (Row row : rows) {
            texts.add(
                    new Text(LABEL_WIDTH - 6, y + groupHeight / 2 + 4, Texts.limit(row.label(), LABEL_CHARS), "label"));
            for (int i = 0; i < series.size(); i++) {
                Double v = row.values().get(i);
                int barY = y + i * (BAR + BAR_GAP);
                if (v != null) {
                    int w = max <= 0 ? 0 : (int) Math.round(Math.max(0, v) / max * plot);
                    String css = "bar " + series.get(i).css() + (row.css().isEmpty() ? "" : " " + row.css());
                    rects.add(new Shape(LABEL_WIDTH, barY, w, BAR, css));
                    texts.add(new Text(
                            LABEL_WIDTH + w + 4, barY + BAR - 2, row.shown().get(i), "value"));
                }
            }
            y += groupHeight + ROW_GAP;
        }
        int bottom = y - ROW_GAP / 2;
        lines.add(new Shape(LABEL_WIDTH, LEGEND, LABEL_WIDTH, bottom, "axis"));
        if (target != null && max > 0) {
            int tx = LABEL_WIDTH + (int) Math.round(Math.max(0, target) / max * plot);
            lines.add(new Shape(tx, LEGEND, tx, bottom, "target"));
        }
        return new BarChart(id, title, WIDTH, bottom + 4, rects, lines, texts);
    }
}
