package nl.regiotafel.commands.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.readmodel.ReadScope;
import nl.regiotafel.commands.round.ProjectSnapshot;
import nl.regiotafel.commands.round.RoundSnapshot;
import nl.regiotafel.commands.round.Rounds;
import nl.regiotafel.commands.summary.SummaryData.HelpItem;
import nl.regiotafel.commands.summary.SummaryData.KpiTotal;
import nl.regiotafel.commands.summary.SummaryData.Listing;
import nl.regiotafel.commands.summary.SummaryData.MilestoneItem;
import nl.regiotafel.commands.summary.SummaryData.MonthCount;
import nl.regiotafel.commands.summary.SummaryData.ProjectRef;
import nl.regiotafel.commands.update.Update;

/**
 * Summaries and reports computed in one pass over a round's snapshot: the frozen one of a closed round, a live one of
 * an open round. "Change since" compares with the previous round's snapshot. A period of another length than the
 * network's calendar (a year in a quarterly network) is reconstructed from the audit log at both ends.
 *
 * <p>Every view of a round (chat summary, report in every format, chart, export) is computed here from the same
 * snapshot, so they show the same figures, and a closed round shows the same figures every time it is asked for.
 */
public final class RoundSummaries implements SummaryStore {

    private final Rounds rounds;
    private final NetworkStore networks;

    public RoundSummaries(Rounds rounds, NetworkStore networks) {
        this.rounds = rounds;
        this.networks = networks;
    }

    /**
     * The two snapshots a summary of {@code q} compares.
     *
     * @param current the round (or the period's end)
     * @param previous the previous round (or the period's start)
     * @param opened whether the round has opened, so that "not reported" means something
     */
    public record Pair(RoundSnapshot current, RoundSnapshot previous, boolean opened) {}

    /** The snapshots of the query's period and of the one before it. */
    public Pair snapshots(SummaryQuery q) {
        return snapshots(q, 0);
    }

    /**
     * The snapshots of the query's period (an earlier stored version of a revised round when {@code version} is not
     * 0) and of the one before it.
     *
     * @throws nl.regiotafel.commands.api.UserError when the round has no such version
     */
    public Pair snapshots(SummaryQuery q, int version) {
        return snapshots(q, version, networks.get(q.networkId()));
    }

    /** As {@link #snapshots(SummaryQuery, int)}, in a network whose settings the caller has read already. */
    public Pair snapshots(SummaryQuery q, int version, NetworkSettings settings) {
        // The web view calls this outside a command: one look at the revision for both snapshots all the same
        try (ReadScope scope = ReadScope.open()) {
            return snapshotsInScope(q, version, settings);
        }
    }

    private Pair snapshotsInScope(SummaryQuery q, int version, NetworkSettings settings) {
        if (version != 0) {
            if (q.period().kind() != settings.calendar().kind()) {
                throw new nl.regiotafel.commands.api.UserError(
                        "error.round.version", q.period().key(), version);
            }
            return new Pair(
                    rounds.version(q.networkId(), settings, q.period(), version),
                    rounds.snapshot(q.networkId(), settings, q.period().previous()),
                    true);
        }
        var calendar = settings.calendar();
        LocalDate today = rounds.now().atZone(settings.zone()).toLocalDate();
        if (q.period().kind() == calendar.kind()) {
            return new Pair(
                    rounds.snapshot(q.networkId(), settings, q.period()),
                    rounds.snapshot(q.networkId(), settings, q.period().previous()),
                    calendar.round(q.period()).hasOpened(today));
        }
        String previousKey = calendar.periodOf(q.period().start().minusDays(1)).key();
        RoundSnapshot end = q.ended()
                ? rounds.reconstructed(q.networkId(), q.reportingKey(), q.asOf(), settings.zone())
                : rounds.live(q.networkId(), q.reportingKey(), rounds.now(), settings.zone());
        return new Pair(
                end,
                rounds.reconstructed(q.networkId(), previousKey, q.start(), settings.zone()),
                calendar.round(calendar.periodOf(q.lastDay())).hasOpened(today));
    }

    /**
     * One line that says how final the figures are: provisional while the round is open, closed as of the deadline,
     * revised (when, by whom, why), or reconstructed from the audit log.
     */
    public String standing(Messages m, SummaryQuery q, Pair pair) {
        return standing(m, q, pair, networks.get(q.networkId()));
    }

    /** As {@link #standing(Messages, SummaryQuery, Pair)}, with the network's settings read already. */
    public String standing(Messages m, SummaryQuery q, Pair pair, NetworkSettings settings) {
        var round = settings.calendar().round(q.period());
        RoundSnapshot current = pair.current();
        java.time.ZoneId zone = settings.zone();
        if (q.period().kind() != settings.calendar().kind()) {
            return m.get(current.reconstructed() ? "round.standing.reconstructed" : "round.standing.live.period");
        }
        if (current.live()) {
            return pair.opened()
                    ? m.get("round.standing.live", q.period().key(), m.date(round.deadline()))
                    : m.get("round.standing.notOpened", q.period().key(), m.date(round.opens()));
        }
        String closedAt = m.get("round.standing.closed", q.period().key(), m.date(round.deadline()));
        String closed = !current.reconstructed()
                ? closedAt
                : closedAt + " "
                        + m.get(
                                "round.standing.frozenLater",
                                m.date(current.takenAt().atZone(zone).toLocalDate()));
        return current.revised()
                .map(r -> closed + " "
                        + m.get(
                                "round.standing.revised",
                                m.date(current.takenAt().atZone(zone).toLocalDate()),
                                r.reason(),
                                r.byName(),
                                current.version()))
                .orElse(closed);
    }

    @Override
    public SummaryData summarize(SummaryQuery q) {
        return summarize(q, snapshots(q));
    }

    /** The summary of {@code q} from two snapshots already taken. */
    public static SummaryData summarize(SummaryQuery q, Pair pair) {
        List<ProjectSnapshot> now = inScope(pair.current(), q.scope());
        List<ProjectSnapshot> before = inScope(pair.previous(), q.scope());

        Map<ProjectStatus, Integer> statusAtStart = new EnumMap<>(ProjectStatus.class);
        Map<Phase, Integer> phaseAtStart = new EnumMap<>(Phase.class);
        Map<Health, Integer> healthAtStart = new EnumMap<>(Health.class);
        int healthNoneAtStart = 0;
        int expectedBefore = 0;
        int reportedBefore = 0;
        for (ProjectSnapshot p : before) {
            statusAtStart.merge(p.project().status(), 1, Integer::sum);
            phaseAtStart.merge(p.project().phase(), 1, Integer::sum);
            if (p.project().health() == null) {
                healthNoneAtStart++;
            } else {
                healthAtStart.merge(p.project().health(), 1, Integer::sum);
            }
            if (p.project().status().reports()) {
                expectedBefore++;
                reportedBefore += p.reported() ? 1 : 0;
            }
        }
        int expected = 0;
        int reported = 0;
        Map<ProjectStatus, Integer> statusAtEnd = new EnumMap<>(ProjectStatus.class);
        Map<Phase, Integer> phaseAtEnd = new EnumMap<>(Phase.class);
        Map<String, Map<ProjectStatus, Integer>> byTheme = new TreeMap<>();
        Map<String, Integer> byPillar = new TreeMap<>();
        Set<String> organisations = new HashSet<>();
        Map<Health, Integer> health = new EnumMap<>(Health.class);
        int healthNone = 0;
        List<ProjectRef> notReported = new ArrayList<>();
        Map<String, KpiSum> kpis = new TreeMap<>();
        for (ProjectSnapshot snapshot : now) {
            Project p = snapshot.project();
            statusAtEnd.merge(p.status(), 1, Integer::sum);
            phaseAtEnd.merge(p.phase(), 1, Integer::sum);
            byTheme.computeIfAbsent(p.theme() == null ? "" : p.theme(), t -> new EnumMap<>(ProjectStatus.class))
                    .merge(p.status(), 1, Integer::sum);
            byPillar.merge(p.pillar() == null ? "" : p.pillar(), 1, Integer::sum);
            p.organisations().forEach(o -> organisations.add(o.strip().toLowerCase(Locale.ROOT)));
            if (p.health() == null) {
                healthNone++;
            } else {
                health.merge(p.health(), 1, Integer::sum);
            }
            if (p.status().reports()) {
                expected++;
                reported += snapshot.reported() ? 1 : 0;
                if (pair.opened() && !snapshot.reported()) {
                    notReported.add(new ProjectRef(p.code(), p.name(), p.leaders(), p.status()));
                }
            }
            for (Kpi kpi : p.kpis()) {
                // Only the same measure adds up: same label and unit; percentages never do
                if (kpi.unit() == null
                        || kpi.unit().isBlank()
                        || kpi.unit().strip().equals("%")) {
                    continue;
                }
                String key = kpi.label().toLowerCase(Locale.ROOT) + "\u0000"
                        + kpi.unit().toLowerCase(Locale.ROOT);
                kpis.computeIfAbsent(key, k -> new KpiSum(kpi.label(), kpi.unit()))
                        .add(kpi);
            }
        }
        organisations.remove("");
        Milestones milestones = Milestones.of(q, now);
        return new SummaryData(
                statusAtStart,
                statusAtEnd,
                phaseAtStart,
                phaseAtEnd,
                byTheme,
                byPillar,
                organisations.size(),
                health,
                healthNone,
                listing(milestones.done, q.listLimit()),
                listing(milestones.due, q.listLimit()),
                listing(milestones.next, q.listLimit()),
                listing(milestones.overdue, q.listLimit()),
                milestones.months,
                listing(notReported, q.listLimit()),
                kpis.values().stream().map(KpiSum::total).toList(),
                listing(help(now, before), q.listLimit()),
                0,
                healthAtStart,
                healthNoneAtStart,
                new SummaryData.Reporting(reported, expected, reportedBefore, expectedBefore));
    }

    @Override
    public Details details(SummaryQuery q) {
        return new Details(details(q, snapshots(q).current()), 0);
    }

    /** The projects of a report of {@code q}, from the round's snapshot, ordered by theme and code. */
    public static List<ProjectDetail> details(SummaryQuery q, RoundSnapshot round) {
        List<ProjectDetail> details = new ArrayList<>();
        for (ProjectSnapshot snapshot : inScope(round, q.scope())) {
            List<Milestone> open = snapshot.milestones().stream()
                    .filter(m -> openOn(m, q.lastDay()))
                    .toList();
            details.add(new ProjectDetail(
                    snapshot.project(),
                    snapshot.update(),
                    open.stream().limit(NEXT_MILESTONES).toList(),
                    open.size(),
                    (int) open.stream()
                            .filter(m -> m.due().date().isBefore(q.refDay()))
                            .count(),
                    snapshot.milestones().stream().filter(doneIn(q)).toList(),
                    snapshot.trend()));
        }
        details.sort(Comparator.comparing((ProjectDetail d) ->
                        d.project().theme() == null ? "" : d.project().theme())
                .thenComparing(d -> d.project().code()));
        return details;
    }

    private static List<ProjectSnapshot> inScope(RoundSnapshot round, SummaryScope scope) {
        return round.projects().stream()
                .filter(p -> scope.contains(p.project()))
                .toList();
    }

    /** Still open at the end of {@code day}: not reached, or reached only after it. */
    private static boolean openOn(Milestone m, LocalDate day) {
        return m.isOpen() || m.doneOn() == null || m.doneOn().isAfter(day);
    }

    private static Predicate<Milestone> doneIn(SummaryQuery q) {
        return m -> m.doneOn() != null
                && q.period().contains(m.doneOn())
                && !m.doneOn().isAfter(q.lastDay());
    }

    /** The latest help request of each project, of this round or else the previous one, newest first. */
    private static List<HelpItem> help(List<ProjectSnapshot> now, List<ProjectSnapshot> before) {
        Map<String, HelpItem> byProject = new LinkedHashMap<>();
        for (List<ProjectSnapshot> round : List.of(now, before)) {
            for (ProjectSnapshot snapshot : round) {
                Update u = snapshot.update();
                if (u != null && u.helpNeeded() != null && !u.helpNeeded().isBlank()) {
                    byProject.putIfAbsent(
                            snapshot.code(),
                            new HelpItem(
                                    snapshot.code(),
                                    snapshot.project().name(),
                                    u.period(),
                                    u.postedAt(),
                                    u.authorName(),
                                    u.helpNeeded()));
                }
            }
        }
        Set<String> active =
                new HashSet<>(now.stream().map(ProjectSnapshot::code).toList());
        return byProject.values().stream()
                .filter(h -> active.contains(h.projectCode()))
                .sorted(Comparator.comparing(HelpItem::postedAt).reversed().thenComparing(HelpItem::projectCode))
                .toList();
    }

    private static <T> Listing<T> listing(List<T> items, int limit) {
        return new Listing<>(items.subList(0, Math.min(limit, items.size())), items.size());
    }

    /** The targets and values of one measure added up. */
    private static final class KpiSum {
        private final String label;
        private final String unit;
        private int count;
        private double target;
        private double actual;

        KpiSum(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        void add(Kpi kpi) {
            count++;
            target += kpi.target() == null ? 0 : kpi.target();
            actual += kpi.actual() == null ? 0 : kpi.actual();
        }

        KpiTotal total() {
            return new KpiTotal(label, unit, count, target, actual);
        }
    }

    /** The milestone lists and monthly counts of a summary. */
    private static final class Milestones {
        final List<MilestoneItem> done = new ArrayList<>();
        final List<MilestoneItem> due = new ArrayList<>();
        final List<MilestoneItem> next = new ArrayList<>();
        final List<MilestoneItem> overdue = new ArrayList<>();
        final List<MonthCount> months = new ArrayList<>();

        static Milestones of(SummaryQuery q, List<ProjectSnapshot> projects) {
            Milestones lists = new Milestones();
            Map<String, int[]> byMonth = new LinkedHashMap<>();
            for (LocalDate month = q.windowStart().withDayOfMonth(1);
                    !month.isAfter(q.windowEnd());
                    month = month.plusMonths(1)) {
                byMonth.put(month.toString().substring(0, 7), new int[3]);
            }
            LocalDate refDay = q.refDay();
            for (ProjectSnapshot snapshot : projects) {
                Project p = snapshot.project();
                for (Milestone m : snapshot.milestones()) {
                    MilestoneItem item = new MilestoneItem(
                            p.code(), p.name(), p.leaders(), m.number(), m.title(), m.due(), m.doneOn(), m.ownerId());
                    LocalDate dueDate = m.due().date();
                    boolean openThen = openOn(m, q.lastDay());
                    if (doneIn(q).test(m)) {
                        lists.done.add(item);
                    }
                    if (openThen
                            && !dueDate.isBefore(refDay)
                            && !dueDate.isAfter(q.period().end())) {
                        lists.due.add(item);
                    }
                    if (openThen && q.next().contains(dueDate)) {
                        lists.next.add(item);
                    }
                    if (openThen && dueDate.isBefore(refDay)) {
                        lists.overdue.add(item);
                    }
                    int[] dueMonth = byMonth.get(dueDate.toString().substring(0, 7));
                    if (dueMonth != null) {
                        dueMonth[0]++;
                        if (openThen && dueDate.isBefore(refDay)) {
                            dueMonth[2]++;
                        }
                    }
                    if (m.doneOn() != null && !m.doneOn().isAfter(q.lastDay())) {
                        int[] doneMonth = byMonth.get(m.doneOn().toString().substring(0, 7));
                        if (doneMonth != null) {
                            doneMonth[1]++;
                        }
                    }
                }
            }
            Comparator<MilestoneItem> byDue = Comparator.comparing(
                            (MilestoneItem i) -> i.due().date())
                    .thenComparing(MilestoneItem::projectCode)
                    .thenComparingInt(MilestoneItem::number);
            lists.done.sort(Comparator.comparing(MilestoneItem::doneOn)
                    .thenComparing(MilestoneItem::projectCode)
                    .thenComparingInt(MilestoneItem::number));
            lists.due.sort(byDue);
            lists.next.sort(byDue);
            lists.overdue.sort(byDue);
            byMonth.forEach((month, c) -> lists.months.add(new MonthCount(month, c[0], c[1], c[2])));
            return lists;
        }
    }
}
