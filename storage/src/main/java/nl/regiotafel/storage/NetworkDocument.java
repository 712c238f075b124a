package nl.regiotafel.storage;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.network.RoleMapping;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A network's configuration; {@code _id} is the network id. */
@Document("networks")
record NetworkDocument(
        @Id String id,
        String name,
        String zone,
        String locale,
        List<RegionDocument> regions,
        List<String> themes,
        List<String> pillars,
        List<String> adminRoleIds,
        List<String> managerRoleIds,
        List<String> leaderRoleIds,
        boolean membersMayRead,
        String calendarKind,
        int opensDaysBefore,
        int deadlineDaysAfter,
        ChannelsDocument channels,
        long version) {

    /** The field names queries and indexes use (the components' names; {@code _id} for the id). */
    static final class Fields {
        static final String ID = "_id";
        static final String VERSION = "version";

        private Fields() {}
    }

    record RegionDocument(String name, List<String> subRegions) {}

    record ChannelsDocument(String updates, String reminders, String digest, String managers, String forum) {}

    static NetworkDocument from(NetworkSettings s, long version) {
        return new NetworkDocument(
                s.networkId(),
                s.name(),
                s.zone().getId(),
                s.locale().toLanguageTag(),
                s.regions().stream()
                        .map(r -> new RegionDocument(r.name(), r.subRegions()))
                        .toList(),
                s.themes(),
                s.pillars(),
                s.roles().adminRoleIds(),
                s.roles().managerRoleIds(),
                s.roles().leaderRoleIds(),
                s.membersMayRead(),
                s.calendar().kind().name(),
                s.calendar().opensDaysBefore(),
                s.calendar().deadlineDaysAfter(),
                new ChannelsDocument(
                        s.channels().updates(),
                        s.channels().reminders(),
                        s.channels().digest(),
                        s.channels().managers(),
                        s.channels().forum()),
                version);
    }

    NetworkSettings toSettings() {
        return new NetworkSettings(
                id,
                name,
                ZoneId.of(zone),
                Locale.forLanguageTag(locale),
                regions.stream().map(r -> new Region(r.name(), r.subRegions())).toList(),
                themes,
                pillars,
                new RoleMapping(adminRoleIds, managerRoleIds, leaderRoleIds),
                membersMayRead,
                new ReportingCalendar(ReportingPeriod.Kind.valueOf(calendarKind), opensDaysBefore, deadlineDaysAfter),
                // Networks saved before channels existed have none
                channels == null
                        ? Channels.none()
                        : new Channels(
                                channels.updates(),
                                channels.reminders(),
                                channels.digest(),
                                channels.managers(),
                                channels.forum()),
                version);
    }
}
