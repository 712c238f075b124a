package nl.regiotafel.bot.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import nl.regiotafel.commands.dashboard.DashboardLinks.Grant;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneMoves;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.KpiTrend;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.reminder.Absence;
import nl.regiotafel.commands.report.ReportFiles;
import nl.regiotafel.commands.round.ProjectSnapshot;
import nl.regiotafel.commands.round.RoundSnapshot;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.summary.RoundSummaries;
import nl.regiotafel.commands.summary.SummaryData;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryText;
import nl.regiotafel.commands.summary.SummaryText.CountRow;
import nl.regiotafel.commands.time.ReportingPeriod;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * One round of one network as a page shows it. Every figure is {@link RoundSummaries#summarize} or
 * {@link RoundSummaries#details} of the one pair of snapshots taken for the page, rendered with {@link SummaryText},
 * as {@code /summary} and {@code /report} render theirs. Public methods are what the templates read.
 */
public final class RoundView {

    private final Messages m;
    private final NetworkSettings settings;
    private final SummaryQuery q;
    private final RoundSummaries.Pair pair;
    private final String standing;
    private final Filters filters;
    private final Grant grant;
    private final List<String> closedRounds;
    private final ReportingPeriod openPeriod;
    private final Map<String, Absence> away;
    private final LocalDate today;
    private final UpdateStore updates;
    private final Function<ReportingPeriod, RoundSnapshot> earlier;
    private SummaryData data;
    private SummaryData previous;
    private List<ProjectDetail> details;
    private KpiTotalsTrend trend;

    RoundView(
            Messages m,
            NetworkSettings settings,
            SummaryQuery q,
            RoundSummaries.Pair pair,
            String standing,
            Filters filters,
            Grant grant,
            List<String> closedRounds,
            ReportingPeriod openPeriod,
            Map<String, Absence> away,
            LocalDate today,
            UpdateStore updates,
            Function<ReportingPeriod, RoundSnapshot> earlier) {
        this.m = m;
        this.settings = settings;
        this.q = q;
        this.pair = pair;
        this.standing = standing;
        this.filters = filters;
        this.grant = grant;
        this.closedRounds = closedRounds;
        this.openPeriod = openPeriod;
        this.away = away;
        this.today = today;
        this.updates = updates;
        this.earlier = earlier;
    }

    public Messages m() {
        return m;
    }

    public String lang() {
        return m.locale().getLanguage();
    }

    public String otherLang() {
        return lang().equals("nl") ? "en" : "nl";
    }

    public Filters filters() {
        return filters;
    }

    public SummaryQuery query() {
        return q;
    }

    public RoundSummaries.Pair pair() {
        return pair;
    }

    public String networkName() {
        return settings.name();
    }

    public String title() {
        String scope = q.scope().label();
        return (scope == null ? settings.name() : scope) + " · " + q.period().key();
    }

    public String standing() {
        return standing;
    }

    public boolean provisional() {
        return pair.current().live();
    }

    /** The summary, as {@code /summary} computes it. */
    public SummaryData data() {
        if (data == null) {
            data = RoundSummaries.summarize(q, pair);
        }
        return data;
    }

    /** The previous round summarized on its own, for the per-theme, per-pillar and KPI changes. */
    public SummaryData previousData() {
        if (previous == null) {
            previous = RoundSummaries.summarizePrevious(q, pair);
        }
        return previous;
    }

    /** The projects, as {@code /report} lists them. */
    public List<ProjectDetail> details() {
        if (details == null) {
            details = RoundSummaries.details(q, pair);
        }
        return details;
    }

    public ReportFiles files() {
        return new ReportFiles(m, q, settings.name(), settings.zone(), data(), details(), standing);
    }

    public NetworkSettings settings() {
        return settings;
    }

    // ---- the overview

    public String reporting() {
        return SummaryText.reporting(m, data());
    }

    public String deadline() {
        return m.get(
                "web.deadline", m.date(settings.calendar().round(q.period()).deadline()));
    }

    /** Who has not reported, "(afwezig)" after a project all of whose leaders are away on the deadline. */
    public List<String> missing() {
        LocalDate deadline = settings.calendar().round(q.period()).deadline();
        List<String> lines = new ArrayList<>();
        for (SummaryData.ProjectRef p : data().notReported().items()) {
            boolean allAway = !p.leaders().isEmpty()
                    && p.leaders().stream()
                            .allMatch(id -> away.containsKey(id) && away.get(id).covers(deadline));
            String line = SummaryText.projectLine(m, p, false);
            lines.add(allAway ? line + " (" + m.get("web.away") + ")" : line);
        }
        return lines;
    }

    public List<CountRow> statusRows() {
        return SummaryText.statusRows(m, data());
    }

    public List<CountRow> phaseRows() {
        return SummaryText.phaseRows(m, data());
    }

    public List<CountRow> healthRows() {
        return SummaryText.healthRows(m, data());
    }

    /** Projects per theme, now and in the previous round. */
    public List<CountRow> themeRows() {
        Map<String, int[]> rows = new LinkedHashMap<>();
        TreeSet<String> themes = new TreeSet<>(data().statusByTheme().keySet());
        themes.addAll(previousData().statusByTheme().keySet());
        for (String theme : themes) {
            rows.put(theme, new int[] {
                SummaryText.total(previousData().statusByTheme().getOrDefault(theme, Map.of())),
                SummaryText.total(data().statusByTheme().getOrDefault(theme, Map.of()))
            });
        }
        List<CountRow> out = new ArrayList<>();
        rows.forEach(
                (theme, c) -> out.add(new CountRow(theme.isEmpty() ? m.get("web.theme.none") : theme, c[0], c[1])));
        return out;
    }

    /** Projects per pillar, now and in the previous round. */
    public List<CountRow> pillarRows() {
        TreeSet<String> pillars = new TreeSet<>(data().byPillar().keySet());
        pillars.addAll(previousData().byPillar().keySet());
        List<CountRow> out = new ArrayList<>();
        for (String pillar : pillars) {
            out.add(new CountRow(
                    pillar.isEmpty() ? m.get("summary.pillar.none") : pillar,
                    previousData().byPillar().getOrDefault(pillar, 0),
                    data().byPillar().getOrDefault(pillar, 0)));
        }
        return out;
    }

    public String success() {
        return SummaryText.success(m, data());
    }

    public String milestoneCounts() {
        return SummaryText.milestoneCounts(m, data());
    }

    public List<String> milestonesDone() {
        return data().doneThisPeriod().items().stream()
                .map(i -> SummaryText.milestoneLine(m, i, false))
                .toList();
    }

    public List<String> milestonesDue() {
        return data().dueThisPeriod().items().stream()
                .map(i -> SummaryText.milestoneLine(m, i, false))
                .toList();
    }

    public List<String> milestonesOverdue() {
        return data().overdue().items().stream()
                .map(i -> SummaryText.milestoneLine(m, i, false))
                .toList();
    }

    public List<String> help() {
        return data().help().items().stream()
                .map(h -> SummaryText.helpLine(m, h, false))
                .toList();
    }

    /** How many rounds the KPI trend shows: the page's round and the ones before it. */
    static final int TREND_ROUNDS = 4;

    /**
     * The KPI totals of this round and up to three before it, each from its own snapshot narrowed as this page is;
     * rounds before the view had any project are left out.
     */
    public KpiTotalsTrend kpiTrend() {
        if (trend == null) {
            List<KpiTotalsTrend.RoundTotals> newestFirst = new ArrayList<>();
            newestFirst.add(new KpiTotalsTrend.RoundTotals(q.period().key(), provisional(), data().kpiTotals()));
            ReportingPeriod period = q.period().previous();
            RoundSnapshot round = pair.previous();
            for (int i = 1; i < TREND_ROUNDS; i++) {
                // The previous round's summary is the one the page has already; KPI totals depend only on the scope
                SummaryData summary;
                if (i == 1) {
                    summary = previousData();
                } else {
                    round = earlier.apply(period);
                    SummaryQuery earlierQuery = SummaryQuery.of(
                            q.networkId(),
                            q.scope(),
                            period,
                            settings.calendar(),
                            settings.zone(),
                            q.asOf(),
                            q.listLimit());
                    summary = RoundSummaries.summarizeEarlier(earlierQuery, round, pair);
                }
                if (summary.projects() == 0) {
                    break;
                }
                newestFirst.add(new KpiTotalsTrend.RoundTotals(period.key(), round.live(), summary.kpiTotals()));
                period = period.previous();
            }
            java.util.Collections.reverse(newestFirst);
            trend = KpiTotalsTrend.of(m, newestFirst);
        }
        return trend;
    }

    // ---- charts, each drawn above the table with its figures

    /** Counts per label, the previous round's bar beside this round's. */
    public BarChart countChart(String tableId, String caption, List<CountRow> rows) {
        return BarChart.of(
                "c-" + tableId.substring(2),
                m.get("web.chart.counts", caption),
                List.of(
                        new BarChart.Series(m.get("web.column.previous"), "s-prev"),
                        new BarChart.Series(m.get("web.column.now"), "s-now")),
                rows.stream()
                        .map(r -> new BarChart.Row(
                                r.label(),
                                List.of((double) r.start(), (double) r.now()),
                                List.of(Integer.toString(r.start()), Integer.toString(r.now())),
                                ""))
                        .toList(),
                null,
                null);
    }

    /** Milestones per month of the chart window: due, reached and overdue, as the table beneath counts them. */
    public BarChart milestoneChart() {
        return BarChart.of(
                "c-months",
                m.get("web.chart.milestones"),
                List.of(
                        new BarChart.Series(m.get("web.column.due"), "s-due"),
                        new BarChart.Series(m.get("web.milestones.done"), "s-done"),
                        new BarChart.Series(m.get("web.milestones.overdue"), "s-overdue")),
                data().months().stream()
                        .map(mc -> new BarChart.Row(
                                mc.month(),
                                List.of((double) mc.due(), (double) mc.done(), (double) mc.overdue()),
                                List.of(
                                        Integer.toString(mc.due()),
                                        Integer.toString(mc.done()),
                                        Integer.toString(mc.overdue())),
                                ""))
                        .toList(),
                null,
                null);
    }

    /** One chart per KPI measure: its total per round against this round's target, the open round marked. */
    public List<BarChart> kpiCharts() {
        KpiTotalsTrend t = kpiTrend();
        List<BarChart> charts = new ArrayList<>();
        for (int i = 0; i < t.measures().size(); i++) {
            KpiTotalsTrend.Measure measure = t.measures().get(i);
            List<BarChart.Row> rows = new ArrayList<>();
            for (int r = 0; r < t.rounds().size(); r++) {
                KpiTotalsTrend.Round round = t.rounds().get(r);
                Double value = measure.numbers().get(r);
                rows.add(new BarChart.Row(
                        round.heading(),
                        java.util.Collections.singletonList(value),
                        List.of(measure.values().get(r)),
                        round.provisional() ? "provisional" : ""));
            }
            charts.add(BarChart.of(
                    "c-kpi-" + (i + 1),
                    m.get("web.chart.kpi", measure.name()),
                    List.of(new BarChart.Series(m.get("web.chart.total"), "s-kpi")),
                    rows,
                    measure.targetNumber() == null || measure.targetNumber() == 0 ? null : measure.targetNumber(),
                    m.get("web.column.target") + " " + measure.target()));
        }
        return charts;
    }

    /** A round in the picker. */
    public record RoundOption(String key, String label, boolean selected) {}

    /** The open round (provisional) and every closed one, newest first. */
    public List<RoundOption> rounds() {
        List<RoundOption> options = new ArrayList<>();
        String open = openPeriod.key();
        boolean openIsClosed = closedRounds.contains(open);
        if (!openIsClosed) {
            options.add(new RoundOption(
                    open,
                    m.get("web.round.provisional", open),
                    open.equals(q.period().key())));
        }
        for (String key : closedRounds) {
            options.add(new RoundOption(
                    key, m.get("web.round.closed", key), key.equals(q.period().key())));
        }
        if (options.stream().noneMatch(RoundOption::selected)) {
            String key = q.period().key();
            options.add(new RoundOption(
                    key, m.get(provisional() ? "web.round.provisional" : "web.round.closed", key), true));
        }
        return options;
    }

    /** A value a filter can take, with its label. */
    public record Option(String value, String label) {}

    public List<Option> regionOptions() {
        List<Option> options = new ArrayList<>();
        for (Region region : settings.regions()) {
            if (grant.region() == null || grant.region().equals(region.name())) {
                if (grant.subRegion() == null) {
                    options.add(new Option(region.name(), region.name()));
                }
                for (String sub : region.subRegions()) {
                    if (grant.subRegion() == null || grant.subRegion().equals(sub)) {
                        options.add(new Option(sub, region.name() + " – " + sub));
                    }
                }
            }
        }
        return options;
    }

    public List<Option> themeOptions() {
        return settings.themes().stream().map(t -> new Option(t, t)).toList();
    }

    public List<Option> pillarOptions() {
        return settings.pillars().stream().map(t -> new Option(t, t)).toList();
    }

    public List<Option> statusOptions() {
        return java.util.Arrays.stream(ProjectStatus.values())
                .map(s -> new Option(s.slug(), m.get(s.labelKey())))
                .toList();
    }

    public List<Option> healthOptions() {
        return java.util.Arrays.stream(Health.values())
                .map(h -> new Option(h.slug(), m.get(h.labelKey())))
                .toList();
    }

    /** The leaders of the projects in the round, as the report names them. */
    public List<Option> leaderOptions() {
        TreeSet<String> leaders = new TreeSet<>();
        pair.current().projects().stream()
                .filter(p -> q.scope().contains(p.project()))
                .forEach(p -> leaders.addAll(p.project().leaders()));
        return leaders.stream().map(id -> new Option(id, "@" + id)).toList();
    }

    public String statusLabel(ProjectStatus status) {
        return m.get(status.labelKey());
    }

    public String healthLabel(Health health) {
        return health == null ? m.get("summary.health.none") : m.get(health.labelKey());
    }

    public String phaseLabel(nl.regiotafel.commands.project.Phase phase) {
        return m.get(phase.labelKey());
    }

    // ---- one project

    /** The project in this round, if it lies in the view's scope and filters. */
    public Optional<ProjectSnapshot> project(String code) {
        return pair.current().projects().stream()
                .filter(p -> p.code().equalsIgnoreCase(code) && q.scope().contains(p.project()))
                .findFirst();
    }

    public String due(Milestone milestone) {
        return milestone.due().display(m.locale());
    }

    public String doneOn(Milestone milestone) {
        return milestone.doneOn() == null ? "" : m.get("milestone.doneOn", m.date(milestone.doneOn()));
    }

    public List<String> moves(Milestone milestone) {
        return milestone.history().stream()
                .map(move -> MilestoneMoves.line(m, move, settings.zone()))
                .toList();
    }

    public String people(List<String> ids) {
        return SummaryText.people(m, ids, false);
    }

    /** KPI values per round against its target: rows of period, then one value per KPI. */
    public record KpiTable(List<String> labels, List<String> targets, List<List<String>> rows) {}

    public KpiTable kpiTable(ProjectSnapshot snapshot) {
        List<Kpi> kpis = snapshot.project().kpis();
        List<String> labels = kpis.stream()
                .map(k -> k.unit() == null || k.unit().isBlank() ? k.label() : k.label() + " (" + k.unit() + ")")
                .toList();
        List<String> targets =
                kpis.stream().map(k -> ProjectCards.number(k.target(), "–")).toList();
        Map<String, Map<String, Double>> byPeriod = new java.util.TreeMap<>();
        for (KpiTrend.Point point : snapshot.trend()) {
            byPeriod.computeIfAbsent(point.period(), p -> new java.util.HashMap<>())
                    .put(point.label().toLowerCase(java.util.Locale.ROOT), point.value());
        }
        List<List<String>> rows = new ArrayList<>();
        byPeriod.forEach((period, values) -> {
            List<String> row = new ArrayList<>();
            row.add(period);
            for (Kpi k : kpis) {
                Double v = values.get(k.label().toLowerCase(java.util.Locale.ROOT));
                row.add(v == null ? "–" : ProjectCards.number(v, "–"));
            }
            rows.add(row);
        });
        return new KpiTable(labels, targets, rows);
    }

    /** One chart per KPI of the project: its value per round against its target, as the table beneath has them. */
    public List<BarChart> kpiCharts(ProjectSnapshot snapshot) {
        KpiTable table = kpiTable(snapshot);
        List<Kpi> kpis = snapshot.project().kpis();
        List<BarChart> charts = new ArrayList<>();
        for (int k = 0; k < kpis.size(); k++) {
            List<BarChart.Row> rows = new ArrayList<>();
            for (List<String> row : table.rows()) {
                Double value = null;
                for (KpiTrend.Point point : snapshot.trend()) {
                    if (point.period().equals(row.get(0))
                            && point.label().equalsIgnoreCase(kpis.get(k).label())) {
                        value = point.value();
                    }
                }
                boolean open = provisional() && row.get(0).equals(q.period().key());
                rows.add(new BarChart.Row(
                        open ? m.get("web.round.provisional", row.get(0)) : row.get(0),
                        java.util.Collections.singletonList(value),
                        List.of(row.get(k + 1)),
                        open ? "provisional" : ""));
            }
            Double target = kpis.get(k).target();
            charts.add(BarChart.of(
                    "c-project-kpi-" + (k + 1),
                    m.get("web.chart.kpi.project", table.labels().get(k)),
                    List.of(new BarChart.Series(m.get("web.column.actual"), "s-kpi")),
                    rows,
                    target == null || target == 0 ? null : target,
                    m.get("web.column.target") + " " + table.targets().get(k)));
        }
        return charts;
    }

    /** The project's updates posted up to the round's moment, newest first (a closed round shows no later ones). */
    public List<Update> history(ProjectSnapshot snapshot) {
        return updates.history(settings.networkId(), snapshot.code()).stream()
                .filter(u -> !u.postedAt().isAfter(pair.current().asOf()))
                .sorted(java.util.Comparator.comparing(Update::postedAt).reversed())
                .toList();
    }

    public String posted(Update u) {
        return m.date(u.postedAt().atZone(settings.zone()).toLocalDate());
    }

    public LocalDate today() {
        return today;
    }
}
