package nl.regiotafel.commands.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.api.Command.Suggestion;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.ReportingPeriod;

/** Reads the scope and period options shared by {@code /summary}, {@code /report} and {@code /calendar}. */
public final class SummaryRequests {

    public static final String REGION = "region";
    public static final String THEME = "theme";
    public static final String PERIOD = "period";

    private SummaryRequests() {}

    /** The scope named by the {@code region} and {@code theme} options; the whole network without them. */
    public static SummaryScope scope(NetworkSettings settings, CommandRequest request) {
        String region = null;
        String subRegion = null;
        Optional<String> regionText = request.text(REGION);
        if (regionText.isPresent()) {
            String text = regionText.get();
            Optional<Region> exact = settings.region(text);
            if (exact.isPresent()) {
                region = exact.get().name();
            } else {
                Region parent = settings.regions().stream()
                        .filter(r -> r.subRegions().stream().anyMatch(s -> s.equalsIgnoreCase(text.strip())))
                        .findFirst()
                        .orElseThrow(() -> new UserError(
                                "error.region.unknown",
                                text,
                                Texts.limit(String.join(", ", regionNames(settings)), 1500)));
                region = parent.name();
                subRegion = parent.subRegions().stream()
                        .filter(s -> s.equalsIgnoreCase(text.strip()))
                        .findFirst()
                        .orElseThrow();
            }
        }
        String theme = request.text(THEME)
                .map(t -> settings.theme(t)
                        .or(() -> settings.pillar(t))
                        .orElseThrow(() -> new UserError(
                                "error.theme.unknown", t, Texts.limit(String.join(", ", themes(settings)), 1500))))
                .orElse(null);
        return new SummaryScope(region, subRegion, theme);
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
    public static SummaryQuery query(NetworkSettings settings, CommandRequest request, Clock clock, int listLimit) {
        return SummaryQuery.of(
                request.networkId(),
                scope(settings, request),
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
