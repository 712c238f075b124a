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
 * @param channels where the bot posts
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
        Channels channels,
        long version) {

    public NetworkSettings {
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        pillars = List.copyOf(pillars);
        channels = channels == null ? Channels.none() : channels;
    }

    /** A copy to change; {@link Builder#build()} keeps the version, so a save still detects concurrent changes. */
    public Builder toBuilder() {
        return new Builder(this);
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

    /** Mutable copy used by configuration changes. */
    public static final class Builder {
        public String name;
        public ZoneId zone;
        public Locale locale;
        public List<Region> regions;
        public List<String> themes;
        public List<String> pillars;
        public RoleMapping roles;
        public boolean membersMayRead;
        public ReportingCalendar calendar;
        public Channels channels;
        private final NetworkSettings original;

        private Builder(NetworkSettings s) {
            original = s;
            name = s.name;
            zone = s.zone;
            locale = s.locale;
            regions = s.regions;
            themes = s.themes;
            pillars = s.pillars;
            roles = s.roles;
            membersMayRead = s.membersMayRead;
            calendar = s.calendar;
            channels = s.channels;
        }

        public NetworkSettings build() {
            return new NetworkSettings(
                    original.networkId,
                    name,
                    zone,
                    locale,
                    regions,
                    themes,
                    pillars,
                    roles,
                    membersMayRead,
                    calendar,
                    channels,
                    original.version);
        }
    }
}
