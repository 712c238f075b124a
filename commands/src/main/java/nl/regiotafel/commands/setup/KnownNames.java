package nl.regiotafel.commands.setup;

import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;

/** The regions and themes a network knows, extended with new ones, as {@code /import} adds them when confirmed. */
public final class KnownNames {

    private KnownNames() {}

    /**
     * Applies new regions and themes to settings, as {@code /import} does when a file names ones the network does not
     * know yet; returns the settings unchanged when all are known. Matching ignores case.
     */
    public static NetworkSettings withAdded(NetworkSettings settings, List<String> regions, List<String> themes) {
        NetworkSettings.Builder next = settings.toBuilder();
        List<Region> allRegions = new ArrayList<>(settings.regions());
        for (String region : regions) {
            if (settings.region(region).isEmpty()
                    && allRegions.stream().noneMatch(r -> r.name().equalsIgnoreCase(region))) {
                allRegions.add(Region.of(region));
            }
        }
        next.regions = allRegions;
        List<String> allThemes = new ArrayList<>(settings.themes());
        for (String theme : themes) {
            if (allThemes.stream().noneMatch(t -> t.equalsIgnoreCase(theme))) {
                allThemes.add(theme);
            }
        }
        next.themes = allThemes;
        return next.build();
    }
}
