package nl.regiotafel.commands.network;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A network's configuration. A network that was never set up gets {@link NetworkDefaults#forNetwork(String)}.
 *
 * @param networkId the network (Discord guild id)
 * @param name display name
 * @param zone time zone of its calendar and reminders
 * @param locale language of its public messages
 * @param regions the regions projects may be in
 * @param themes the themes projects may have
 * @param pillars the pillars projects may have
 * @param roles the role mapping
 * @param membersMayRead whether members without a role may read project status
 * @param calendar the reporting calendar
 * @param version optimistic-locking version
 */
public record NetworkSettings(
        String networkId,
        String name,
        ZoneId zone,
        Locale locale,
        List<Region> regions,
        List<String> themes,
        List<String> pillars,
        RoleMapping roles,
        boolean membersMayRead,
        ReportingCalendar calendar,
        long version) {

    public NetworkSettings {
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        pillars = List.copyOf(pillars);
    }

    /** The region of this name, ignoring case. */
    public Optional<Region> region(String text) {
        return regions.stream()
                .filter(r -> r.name().equalsIgnoreCase(text.strip()))
                .findFirst();
    }

    /** The canonical spelling of a theme, ignoring case. */
    public Optional<String> theme(String text) {
        return themes.stream().filter(t -> t.equalsIgnoreCase(text.strip())).findFirst();
    }

    public Optional<String> pillar(String text) {
        return pillars.stream().filter(p -> p.equalsIgnoreCase(text.strip())).findFirst();
    }
}
