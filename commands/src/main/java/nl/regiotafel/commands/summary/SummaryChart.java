package nl.regiotafel.commands.summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.summary.SummaryData.MonthCount;
import nl.regiotafel.commands.text.Texts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The summary chart, rendered on the server without a display: projects per theme by status (stacked bars) above
 * milestones per month or quarter (reached, due, overdue). The image has its own opaque light background and dark
 * text, so it reads the same in Discord's dark and light themes.
 */
public final class SummaryChart {

    /** Themes drawn as bars; the rest are added up as one "other" bar. */
    static final int MAX_THEMES = 24;

    static final int WIDTH = 1000;

    private static final Color BACKGROUND = new Color(0xF4F6F8);
    private static final Color PLOT = Color.WHITE;
    private static final Color TEXT = new Color(0x1F2933);
    private static final Color GRID = new Color(0xC9D2DC);

    /** One colour per status, in {@link ProjectStatus} order; distinguishable with the common colour blindnesses. */
    private static final Color[] STATUS_COLOURS = {
        new Color(0x1F77B4), new Color(0x9AA5B1), new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0xD62728)
    };

    private static final Color DUE = new Color(0x5A6ACF);
    private static final Color DONE = new Color(0x2CA02C);
    private static final Color OVERDUE = new Color(0xD62728);

    static {
        // A bot has no display; without this AWT would look for one on the first chart
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private SummaryChart() {}

    /** The chart's own, shorter title: scope (or network) and period. */
    public static String title(SummaryQuery q, nl.regiotafel.commands.network.NetworkSettings settings) {
        String scope = q.scope().label();
        return (scope == null ? settings.name() : scope) + " · " + q.period().key();
    }

    /** The chart as PNG bytes. */
    public static byte[] png(Messages m, String title, SummaryData data) {
        Map<String, Map<ProjectStatus, Integer>> themes = themes(m, data.statusByTheme());
        int statusHeight = Math.max(300, Math.min(1000, 150 + 30 * themes.size()));
        int milestoneHeight = 380;
        BufferedImage image = new BufferedImage(WIDTH, statusHeight + milestoneHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            statusChart(m, title, themes).draw(g, new Rectangle2D.Double(0, 0, WIDTH, statusHeight));
            milestoneChart(m, data.months()).draw(g, new Rectangle2D.Double(0, statusHeight, WIDTH, milestoneHeight));
        } finally {
            g.dispose();
        }
        return Png.encode(image);
    }

    private static Map<String, Map<ProjectStatus, Integer>> themes(
            Messages m, Map<String, Map<ProjectStatus, Integer>> all) {
        if (all.size() <= MAX_THEMES) {
            return all;
        }
        List<Map.Entry<String, Map<ProjectStatus, Integer>>> biggest = new ArrayList<>(all.entrySet());
        biggest.sort((a, b) -> Integer.compare(SummaryText.total(b.getValue()), SummaryText.total(a.getValue())));
        Map<String, Map<ProjectStatus, Integer>> shown = new LinkedHashMap<>();
        Map<ProjectStatus, Integer> other = new java.util.EnumMap<>(ProjectStatus.class);
        for (int i = 0; i < biggest.size(); i++) {
            if (i < MAX_THEMES - 1) {
                shown.put(biggest.get(i).getKey(), biggest.get(i).getValue());
            } else {
                biggest.get(i).getValue().forEach((s, n) -> other.merge(s, n, Integer::sum));
            }
        }
        shown.put(m.get("summary.chart.other", biggest.size() - MAX_THEMES + 1), other);
        return shown;
    }

    private static JFreeChart statusChart(Messages m, String title, Map<String, Map<ProjectStatus, Integer>> themes) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<ProjectStatus, Integer>> theme : themes.entrySet()) {
            String label = Texts.limit(theme.getKey().isEmpty() ? "–" : theme.getKey(), 40);
            for (ProjectStatus status : ProjectStatus.values()) {
                dataset.addValue(theme.getValue().getOrDefault(status, 0), m.get(status.labelKey()), label);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                title + " — " + m.get("summary.chart.status"),
                null,
                m.get("summary.chart.projects"),
                dataset,
                PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < STATUS_COLOURS.length; i++) {
            renderer.setSeriesPaint(i, STATUS_COLOURS[i]);
        }
        renderer.setMaximumBarWidth(0.08);
        return chart;
    }

    private static JFreeChart milestoneChart(Messages m, List<MonthCount> months) {
        List<MonthCount> buckets = months.size() > 12 ? quarters(months) : months;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MonthCount bucket : buckets) {
            dataset.addValue(bucket.due(), m.get("summary.chart.due"), bucket.month());
            dataset.addValue(bucket.done(), m.get("summary.chart.done"), bucket.month());
            dataset.addValue(bucket.overdue(), m.get("summary.chart.overdue"), bucket.month());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                m.get(months.size() > 12 ? "summary.chart.milestones.quarter" : "summary.chart.milestones"),
                null,
                m.get("summary.chart.count"),
                dataset,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        style(chart);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, DUE);
        renderer.setSeriesPaint(1, DONE);
        renderer.setSeriesPaint(2, OVERDUE);
        renderer.setItemMargin(0.05);
        CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
        axis.setCategoryLabelPositions(
                buckets.size() > 9 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        return chart;
    }

    /** Months added up per quarter, labelled {@code 2021-Q3}. */
    static List<MonthCount> quarters(List<MonthCount> months) {
        Map<String, int[]> byQuarter = new LinkedHashMap<>();
        for (MonthCount month : months) {
            int monthNumber = Integer.parseInt(month.month().substring(5, 7));
            String key = month.month().substring(0, 4) + "-Q" + ((monthNumber - 1) / 3 + 1);
            int[] sums = byQuarter.computeIfAbsent(key, k -> new int[3]);
            sums[0] += month.due();
            sums[1] += month.done();
            sums[2] += month.overdue();
        }
        return byQuarter.entrySet().stream()
                .map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    private static void style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setChartBackgroundPaint(BACKGROUND);
        theme.setPlotBackgroundPaint(PLOT);
        theme.setTitlePaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setLegendBackgroundPaint(BACKGROUND);
        theme.setRangeGridlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }
}
