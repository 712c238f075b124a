package nl.regiotafel.bot.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.dashboard.DashboardLinks.Grant;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Regions;
import nl.regiotafel.commands.readmodel.ReadScope;
import nl.regiotafel.commands.reminder.Absence;
import nl.regiotafel.commands.reminder.AbsenceStore;
import nl.regiotafel.commands.round.RoundSnapshot;
import nl.regiotafel.commands.round.Rounds;
import nl.regiotafel.commands.summary.RoundSummaries;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryScope;
import nl.regiotafel.commands.time.ReportingPeriod;
import nl.regiotafel.commands.update.UpdateStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Turns a grant and the filters in the address into one round's view. Every figure comes from {@link RoundSummaries}
 * on one pair of snapshots, exactly as {@code /summary} and {@code /report} compute theirs: the region, subregion,
 * theme and pillar filters are the {@link SummaryScope} those commands take, and the status, health and leader filters
 * narrow both snapshots before the same summary runs.
 *
 * <p>The grant bounds everything: the network is the grant's, never one named in the address, and a region grant
 * cannot be widened by the region filter.
 */
@ConditionalOnWebApplication
@Component
public final class MeetingViews {

    /** As many list items as {@code /report} shows. */
    static final int LIST_LIMIT = 5_000;

    private final RoundSummaries summaries;
    private final Rounds rounds;
    private final NetworkStore networks;
    private final ProjectStore projects;
    private final UpdateStore updates;
    private final AbsenceStore absences;
    private final Clock clock;

    MeetingViews(
            RoundSummaries summaries,
            Rounds rounds,
            NetworkStore networks,
            ProjectStore projects,
            UpdateStore updates,
            AbsenceStore absences,
            Clock clock) {
        this.summaries = summaries;
        this.rounds = rounds;
        this.networks = networks;
        this.projects = projects;
        this.updates = updates;
        this.absences = absences;
        this.clock = clock;
    }

    /** The language of the grant's pages: the address's {@code lang}, else the network's. */
    public Messages messages(Grant grant, Filters filters) {
        return messages(networks.get(grant.networkId()), filters);
    }

    /** The language of the page: the address's {@code lang}, else the network's. */
    static Messages messages(NetworkSettings settings, Filters filters) {
        if (filters.lang() != null) {
            Locale wanted = Locale.forLanguageTag(filters.lang());
            for (Locale supported : Messages.SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return Messages.of(supported);
                }
            }
        }
        return Messages.of(settings.locale());
    }

    /**
     * The round the filters name, as the grant may see it.
     *
     * @throws UserError when a filter names no round, region, theme, pillar, status or health of the network
     */
    public RoundView view(Grant grant, Filters filters) {
        NetworkSettings settings = networks.get(grant.networkId());
        Messages m = messages(settings, filters);
        LocalDate today = clock.instant().atZone(settings.zone()).toLocalDate();
        ReportingPeriod period = filters.period() == null
                ? settings.calendar().reportingPeriod(today)
                : ReportingPeriod.parse(filters.period());
        if (period.kind() != settings.calendar().kind()) {
            throw new UserError("error.web.period", "period", filters.period());
        }
        if (period.start().isAfter(today)) {
            throw new UserError("error.update.futurePeriod", period.key());
        }
        SummaryScope scope = scope(grant, settings, filters);
        Predicate<Project> narrow = narrowing(filters);
        SummaryQuery q = SummaryQuery.of(
                grant.networkId(), scope, period, settings.calendar(), settings.zone(), clock.instant(), LIST_LIMIT);
        RoundSummaries.Pair taken = summaries.snapshots(q);
        // Unfiltered, the page uses the pair as kept, with what was computed from it (the open round per revision)
        RoundSummaries.Pair pair = narrows(filters)
                ? new RoundSummaries.Pair(
                        narrow(taken.current(), narrow), narrow(taken.previous(), narrow), taken.opened())
                : taken;
        Map<String, Absence> away = absences.all(grant.networkId()).stream()
                .collect(Collectors.toMap(Absence::userId, Function.identity(), (a, b) -> b));
        return new RoundView(
                m,
                settings,
                q,
                pair,
                summaries.standing(m, q, pair),
                filters,
                grant,
                rounds.history(grant.networkId()).stream()
                        .map(RoundSnapshot::period)
                        .distinct()
                        .toList(),
                settings.calendar().reportingPeriod(today),
                away,
                today,
                updates,
                earlier -> earlierRound(grant.networkId(), settings, earlier, narrow));
    }

    /**
     * A round before the page's, narrowed as the page is: its frozen snapshot, exactly what {@code /summary} of that
     * round reads. Asked for while the page renders, so it reads the model in a scope of its own.
     */
    private RoundSnapshot earlierRound(
            String networkId, NetworkSettings settings, ReportingPeriod period, Predicate<Project> narrow) {
        try (ReadScope scope = ReadScope.open()) {
            return narrow(rounds.snapshot(networkId, settings, period), narrow);
        }
    }

    /** The view's chart, as {@code /summary} draws it; kept with the view's pair when that is kept. */
    public byte[] chart(RoundView view) {
        return summaries.chart(
                view.m(),
                nl.regiotafel.commands.summary.SummaryChart.title(view.query(), view.settings()),
                view.query(),
                view.pair());
    }

    /** Region filters within the grant; theme and pillar by the network's spelling. */
    private SummaryScope scope(Grant grant, NetworkSettings settings, Filters filters) {
        String region = grant.region();
        String subRegion = grant.subRegion();
        if (filters.region() != null) {
            Regions.Place place = Regions.place(
                    settings, filters.region(), () -> projects.list(grant.networkId(), ProjectFilter.all()));
            boolean inside = (grant.region() == null || grant.region().equals(place.region()))
                    && (grant.subRegion() == null || grant.subRegion().equals(place.subRegion()));
            if (!inside) {
                throw new UserError("error.web.outsideGrant", "region", filters.region());
            }
            region = place.region();
            subRegion = place.subRegion();
        }
        String theme = null;
        if (filters.theme() != null) {
            theme = settings.theme(filters.theme())
                    .orElseThrow(() -> new UserError(
                            "error.theme.unknown", filters.theme(), String.join(", ", settings.themes())));
        }
        String pillar = null;
        if (filters.pillar() != null) {
            pillar = settings.pillar(filters.pillar())
                    .orElseThrow(() -> new UserError(
                            "error.pillar.unknown", filters.pillar(), String.join(", ", settings.pillars())));
        }
        return new SummaryScope(region, subRegion, theme, pillar);
    }

    /** Whether a status, health or leader filter narrows the snapshots beyond the scope. */
    private static boolean narrows(Filters filters) {
        return filters.status() != null || filters.health() != null || filters.leader() != null;
    }

    private static Predicate<Project> narrowing(Filters filters) {
        Predicate<Project> keep = p -> true;
        if (filters.status() != null) {
            ProjectStatus status = ProjectStatus.fromSlug(filters.status())
                    .orElseThrow(() -> new UserError(
                            "error.option.choice",
                            "status",
                            java.util.Arrays.stream(ProjectStatus.values())
                                    .map(ProjectStatus::slug)
                                    .collect(Collectors.joining(", "))));
            keep = keep.and(p -> p.status() == status);
        }
        if (filters.health() != null) {
            Health health = Health.fromSlug(filters.health())
                    .orElseThrow(() -> new UserError(
                            "error.option.choice",
                            "health",
                            java.util.Arrays.stream(Health.values())
                                    .map(Health::slug)
                                    .collect(Collectors.joining(", "))));
            keep = keep.and(p -> p.health() == health);
        }
        if (filters.leader() != null) {
            String leader = filters.leader();
            keep = keep.and(p -> p.leaders().contains(leader));
        }
        return keep;
    }

    static RoundSnapshot narrow(RoundSnapshot round, Predicate<Project> keep) {
        return new RoundSnapshot(
                round.networkId(),
                round.period(),
                round.version(),
                round.asOf(),
                round.takenAt(),
                round.reconstructed(),
                round.revision(),
                round.projects().stream().filter(p -> keep.test(p.project())).toList());
    }
}
