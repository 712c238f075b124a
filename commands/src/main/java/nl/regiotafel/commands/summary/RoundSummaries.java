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
import nl.regiotafel.commands.readmodel.Stamps;
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

    /** Summaries of one pair of snapshots kept at most, per scope and day; a pair is rarely asked in more scopes. */
    static final int MEMO_ENTRIES = 32;

    private final Rounds rounds;
    private final NetworkStore networks;
    private final Stamps stamps;
    private final ViewCache cache;

    /** Computes every view afresh: nothing is kept. */
    public RoundSummaries(Rounds rounds, NetworkStore networks) {
        this(rounds, networks, Stamps.NONE, new ViewCache(0));
    }

    /**
     * Keeps what the views of a round compute in {@code cache}: a closed round's pair of snapshots, summaries, chart
     * and files under its period and version (they never change; a revision or an erasure moves the stamp of the
     * network's rounds), an open round's under the network's revision and the day.
     *
     * @param stamps how far each network's data is written, as the current read scope sees it
     */
    public RoundSummaries(Rounds rounds, NetworkStore networks, Stamps stamps, ViewCache cache) {
        this.rounds = rounds;
        this.networks = networks;
        this.stamps = stamps;
        this.cache = cache;
    }

    /**
     * The two snapshots a summary of {@code q} compares.
     *
     * @param current the round (or the period's end)
     * @param previous the previous round (or the period's start)
     * @param opened whether the round has opened, so that "not reported" means something
     */
    public record Pair(RoundSnapshot current, RoundSnapshot previous, boolean opened, Memo memo) {

        public Pair(RoundSnapshot current, RoundSnapshot previous, boolean opened) {
            this(current, previous, opened, new Memo(null));
        }

        /** Equal snapshots make equal pairs, whatever was computed from them. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p
                    && current.equals(p.current)
                    && previous.equals(p.previous)
                    && opened == p.opened;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(current, previous, opened);
        }
    }

    /**
     * What was computed from one pair of snapshots: its summaries and project lists per scope and day, so that every
     * view of a kept pair (card, chart, files, the meeting view's page) computes each once.
     */
    public static final class Memo {
        /** The key the pair is kept under in the view cache, or null when it is not kept. */
        private final Object key;

        private final Map<Object, Object> computed = new java.util.concurrent.ConcurrentHashMap<>();

        Memo(Object key) {
            this.key = key;
        }

        @SuppressWarnings("unchecked")
        <T> T get(Object what, java.util.function.Supplier<T> compute) {
            Object hit = computed.get(what);
            if (hit != null) {
                return (T) hit;
            }
            T value = compute.get();
            if (computed.size() < MEMO_ENTRIES) {
                computed.putIfAbsent(what, value);
            }
            return value;
        }

        @Override
        public String toString() {
            return "Memo[" + key + ", " + computed.size() + " computed]";
        }
    }

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
            Object key = key(q, version, settings);
            if (key == null) {
                return snapshotsInScope(q, version, null, settings);
            }
            return cache.get(key, () -> snapshotsInScope(q, version, key, settings), RoundSummaries::weight);
        }
    }

    /**
     * The key a pair of snapshots is kept under, or null when it is not kept. A closed round (or a stored version):
     * the network, period and version with the stamp of the network's rounds and settings, which moves when a round
     * is frozen, revised or erased from, or the settings change. An open round: the network's whole stamp, which
     * moves with every write, and the day (what is overdue, whether the round has opened). A period of another length
     * than the calendar's is reconstructed from the audit log each time.
     */
    private Object key(SummaryQuery q, int version, NetworkSettings settings) {
        var calendar = settings.calendar();
        if (q.period().kind() != calendar.kind()) {
            return null;
        }
        java.time.Instant now = rounds.now();
        boolean closed =
                version != 0 || !now.isBefore(calendar.round(q.period()).closesAt(settings.zone()));
        if (closed) {
            return stamps.rounds(q.networkId())
                    .map(stamp -> List.of("closed", stamp, q.period().key(), version))
                    .orElse(null);
        }
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        return stamps.all(q.networkId())
                .map(stamp -> List.of("open", stamp, q.period().key(), today, q.refDay()))
                .orElse(null);
    }

    /** A rough size of a kept pair with what will be computed from it: a kilobyte per project snapshot. */
    private static long weight(Pair pair) {
        return 16_384L
                + 1_024L
                        * (pair.current().projects().size()
                                + pair.previous().projects().size());
    }

    /**
     * A file (or chart) of a view of {@code pair}, kept with the pair when the pair is kept.
     *
     * @param what everything the file is made from besides the pair and the query: its kind, the reader's language,
     *     its title, the standing line, options, the date it is generated on
     */
    public byte[] file(Pair pair, SummaryQuery q, List<?> what, java.util.function.Supplier<byte[]> render) {
        if (pair.memo().key == null) {
            return render.get();
        }
        return cache.get(List.of(pair.memo().key, queryKey(q), what), render, bytes -> 256L + bytes.length);
    }

    /** The summary chart of {@code q} on {@code pair}, as {@link SummaryChart#png}, kept with a kept pair. */
    public byte[] chart(Messages m, String title, SummaryQuery q, Pair pair) {
        return file(pair, q, List.of("png", m.locale(), title), () -> SummaryChart.png(m, title, summarize(q, pair)));
    }

    /** The view cache's figures, for benchmarks and tests. */
    public ViewCache cache() {
        return cache;
    }

    private Pair snapshotsInScope(SummaryQuery q, int version, Object key, NetworkSettings settings) {
        Memo memo = new Memo(key);
        if (version != 0) {
            if (q.period().kind() != settings.calendar().kind()) {
                throw new nl.regiotafel.commands.api.UserError(
                        "error.round.version", q.period().key(), version);
            }
            return new Pair(
                    rounds.version(q.networkId(), settings, q.period(), version),
                    rounds.snapshot(q.networkId(), settings, q.period().previous()),
                    true,
                    memo);
        }
        var calendar = settings.calendar();
        LocalDate today = rounds.now().atZone(settings.zone()).toLocalDate();
        if (q.period().kind() == calendar.kind()) {
            return new Pair(
                    rounds.snapshot(q.networkId(), settings, q.period()),
                    rounds.snapshot(q.networkId(), settings, q.period().previous()),
                    calendar.round(q.period()).hasOpened(today),
                    memo);
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

    /** The summary of {@code q} from two snapshots already taken; computed once per pair, scope and day. */
    public static SummaryData summarize(SummaryQuery q, Pair pair) {
        return pair.memo().get(List.of("summary", queryKey(q)), () -> compute(q, pair));
    }

    /** The previous round summarised on its own (for changes per theme, pillar and KPI); once per pair. */
    public static SummaryData summarizePrevious(SummaryQuery q, Pair pair) {
        return pair.memo()
                .get(
                        List.of("previous", queryKey(q)),
                        () -> compute(q, new Pair(pair.previous(), pair.previous(), pair.opened())));
    }

    /**
     * An earlier round's snapshot summarised on its own (a trend over rounds), kept with what was computed from
     * {@code shown}: a kept pair is at one revision of the network, so the earlier round's snapshot it was shown with
     * is too. Computed once per kept pair and scope instead of once per page.
     */
    public static SummaryData summarizeEarlier(SummaryQuery earlierQuery, RoundSnapshot earlier, Pair shown) {
        return shown.memo()
                .get(
                        // (a live snapshot may have no time it was taken: a list that allows null)
                        java.util.Arrays.asList(
                                "earlier",
                                queryKey(earlierQuery),
                                earlier.period(),
                                earlier.version(),
                                earlier.takenAt()),
                        () -> compute(earlierQuery, new Pair(earlier, earlier, true)));
    }

    /** The projects of a report of {@code q} on {@code pair}, as {@link #details(SummaryQuery, RoundSnapshot)}. */
    public static List<ProjectDetail> details(SummaryQuery q, Pair pair) {
        return pair.memo().get(List.of("details", queryKey(q)), () -> List.copyOf(details(q, pair.current())));
    }

    /**
     * What a summary of a pair depends on besides the pair: the scope and the days that decide overdue, due and done
     * (not the instant, which moves within a day).
     */
    private static List<Object> queryKey(SummaryQuery q) {
        return List.of(q.networkId(), q.scope(), q.period(), q.reportingKey(), q.refDay(), q.listLimit());
    }

    private static SummaryData compute(SummaryQuery q, Pair pair) {
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
