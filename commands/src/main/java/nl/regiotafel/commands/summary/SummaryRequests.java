package nl.regiotafel.commands.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.regiotafel.commands.api.Command.Suggestion;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.Regions;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.ReportingPeriod;

/** Reads the scope and period options shared by {@code /summary}, {@code /report} and {@code /calendar}. */
public final class SummaryRequests {

    public static final String REGION = "region";
    public static final String THEME = "theme";
    public static final String PILLAR = "pillar";
    public static final String PERIOD = "period";

    private SummaryRequests() {}

    /**
     * The scope named by the {@code region}, {@code theme} and {@code pillar} options; the whole network without them.
     * A region may be a subregion (one the network lists, or one its projects carry). {@code theme:} is a theme; when
     * the name is a theme and a pillar both, it is the theme (the pillar is {@code pillar:}), and a name that is only a
     * pillar is taken as that pillar.
     *
     * @param projects the network's projects, read only to find a subregion that projects carry
     */
    public static SummaryScope scope(
            NetworkSettings settings, CommandRequest request, Supplier<List<Project>> projects) {
        Regions.Place place = request.text(REGION)
                .map(text -> Regions.place(settings, text, projects))
                .orElse(new Regions.Place(null, null));
        String theme = null;
        String pillar = null;
        Optional<String> themeText = request.text(THEME);
        if (themeText.isPresent()) {
            String t = themeText.get();
            Optional<String> asTheme = settings.theme(t);
            if (asTheme.isPresent()) {
                theme = asTheme.get();
            } else {
                pillar = settings.pillar(t)
                        .orElseThrow(() -> new UserError(
                                "error.theme.unknown", t, Texts.limit(String.join(", ", themes(settings)), 1500)));
            }
        }
        Optional<String> pillarText = request.text(PILLAR);
        if (pillarText.isPresent()) {
            String p = pillarText.get();
            pillar = settings.pillar(p)
                    .orElseThrow(() -> new UserError(
                            "error.pillar.unknown", p, Texts.limit(String.join(", ", settings.pillars()), 1500)));
        }
        return new SummaryScope(place.region(), place.subRegion(), theme, pillar);
    }

    /**
     * The period named by the {@code period} option, or the network's current reporting period in its zone.
     *
     * @throws UserError when the text is no period or the period has not started
     */
    public static ReportingPeriod period(NetworkSettings settings, CommandRequest request, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        ReportingPeriod period = request.text(PERIOD)
                .map(ReportingPeriod::parse)
                .orElseGet(() -> settings.calendar().reportingPeriod(today));
        if (period.start().isAfter(today)) {
            throw new UserError("error.update.futurePeriod", period.key());
        }
        return period;
    }

    /** The query for the request's scope and period, as seen now. */
    public static SummaryQuery query(
            NetworkSettings settings,
            CommandRequest request,
            Supplier<List<Project>> projects,
            Clock clock,
            int listLimit) {
        return SummaryQuery.of(
                request.networkId(),
                scope(settings, request, projects),
                period(settings, request, clock),
                settings.calendar(),
                settings.zone(),
                clock.instant(),
                listLimit);
    }

    /** Regions and their subregions, for autocomplete and error messages. */
    public static List<String> regionNames(NetworkSettings settings) {
        List<String> names = new ArrayList<>();
        for (Region region : settings.regions()) {
            names.add(region.name());
            names.addAll(region.subRegions());
        }
        return names;
    }

    /** Themes and pillars, each once. */
    public static List<String> themes(NetworkSettings settings) {
        Set<String> all = new LinkedHashSet<>(settings.themes());
        all.addAll(settings.pillars());
        return List.copyOf(all);
    }

    /** Autocomplete for the scope options. */
    public static List<Suggestion> suggest(NetworkSettings settings, CommandRequest request, String option) {
        List<String> values =
                switch (option) {
                    case REGION -> regionNames(settings);
                    case THEME -> themes(settings);
                    case PILLAR -> settings.pillars();
                    default -> List.of();
                };
        String typed = request.text(option).orElse("").toLowerCase(Locale.ROOT);
        return values.stream()
                .distinct()
                .filter(v -> v.toLowerCase(Locale.ROOT).contains(typed))
                .limit(25)
                .map(v -> new Suggestion(v, v))
                .toList();
    }
}
