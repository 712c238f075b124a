package nl.regiotafel.commands.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.text.Texts;

/**
 * Looks up regions and subregions as users type them, for every command that takes a region: a project's region must
 * be one of the network's; a filter may also name a subregion, one the network lists under its region or one that
 * projects carry (a subregion is free text on a project, e.g. Kop van Noord-Holland under Noord-Holland Noord).
 */
public final class Regions {

    /** How many characters of the known regions an error message lists. */
    private static final int LISTED = 1500;

    private Regions() {}

    /**
     * A region, or a subregion within it, to filter on.
     *
     * @param region the region's canonical name, or null when the subregion lies in more than one region
     * @param subRegion the subregion as spelled in the network or on its projects, or null for the whole region
     */
    public record Place(String region, String subRegion) {

        /** Whether the project lies in this place. */
        public boolean contains(Project project) {
            return (region == null || region.equals(project.region()))
                    && (subRegion == null || subRegion.equalsIgnoreCase(project.subRegion()));
        }
    }

    /**
     * The network's region of this name, ignoring case.
     *
     * @throws UserError naming the known regions when there is none
     */
    public static Region require(NetworkSettings settings, String text) {
        return settings.region(text).orElseThrow(() -> unknown(settings, text, List.of()));
    }

    /**
     * The region or subregion a filter names: a region first, then a subregion the network lists, then one that its
     * projects carry.
     *
     * @param projects the network's projects, asked for only when the text is neither a region nor a listed subregion
     * @throws UserError naming the known regions and subregions when there is none
     */
    public static Place place(NetworkSettings settings, String text, Supplier<List<Project>> projects) {
        Optional<Region> region = settings.region(text);
        if (region.isPresent()) {
            return new Place(region.get().name(), null);
        }
        String wanted = text.strip();
        for (Region r : settings.regions()) {
            for (String sub : r.subRegions()) {
                if (sub.equalsIgnoreCase(wanted)) {
                    return new Place(r.name(), sub);
                }
            }
        }
        Map<String, Set<String>> inUse = subRegionsInUse(projects.get());
        for (Map.Entry<String, Set<String>> sub : inUse.entrySet()) {
            if (sub.getKey().equalsIgnoreCase(wanted)) {
                Set<String> parents = sub.getValue();
                return new Place(parents.size() == 1 ? parents.iterator().next() : null, sub.getKey());
            }
        }
        throw unknown(settings, text, List.copyOf(inUse.keySet()));
    }

    /**
     * The network's regions, each with its subregions in brackets, and the subregions projects use:
     * {@code Zeeland, Arnhem (Arnhem, Food Valley, Achterhoek), …}.
     */
    public static String known(NetworkSettings settings, List<String> subRegionsInUse) {
        List<String> listed = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Region region : settings.regions()) {
            named.add(region.name().toLowerCase(Locale.ROOT));
            region.subRegions().forEach(s -> named.add(s.toLowerCase(Locale.ROOT)));
            listed.add(
                    region.subRegions().isEmpty()
                            ? region.name()
                            : region.name() + " (" + String.join(", ", region.subRegions()) + ")");
        }
        for (String sub : subRegionsInUse) {
            if (named.add(sub.toLowerCase(Locale.ROOT))) {
                listed.add(sub);
            }
        }
        return Texts.limit(String.join(", ", listed), LISTED);
    }

    /** Subregions on projects, each with the regions it appears in, in the order met. */
    private static Map<String, Set<String>> subRegionsInUse(List<Project> projects) {
        Map<String, Set<String>> inUse = new LinkedHashMap<>();
        for (Project p : projects) {
            if (p.subRegion() == null || p.subRegion().isBlank()) {
                continue;
            }
            String spelled = inUse.keySet().stream()
                    .filter(s -> s.equalsIgnoreCase(p.subRegion().strip()))
                    .findFirst()
                    .orElse(p.subRegion().strip());
            inUse.computeIfAbsent(spelled, s -> new LinkedHashSet<>()).add(p.region());
        }
        return inUse;
    }

    private static UserError unknown(NetworkSettings settings, String text, List<String> subRegionsInUse) {
        return new UserError("error.region.unknown", text, known(settings, subRegionsInUse));
    }
}
