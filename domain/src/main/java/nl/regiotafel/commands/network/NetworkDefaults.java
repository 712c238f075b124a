package nl.regiotafel.commands.network;

import java.time.ZoneId;
import java.util.List;
import nl.regiotafel.commands.i18n.Messages;

/**
 * What a network that was never set up works with: the 34 zorgkantoor (sub)regions of the Zorgverzekeraars Nederland
 * report (Annex 1), the four NHN pillars as themes and pillars, Amsterdam time, Dutch.
 */
public final class NetworkDefaults {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public static final List<String> PILLARS = List.of("Instroom", "Behoud", "Arbeidsbesparing", "Ketensamenwerking");

    public static final List<Region> REGIONS = List.of(
            Region.of("Zeeland"),
            Region.of("West-Brabant"),
            Region.of("Zuid-Hollandse Eilanden"),
            Region.of("Haaglanden"),
            Region.of("Zuid-Limburg"),
            Region.of("Zuid-Oost-Brabant"),
            Region.of("Friesland"),
            Region.of("Midden-IJssel"),
            Region.of("Groningen"),
            Region.of("Twente"),
            Region.of("Arnhem", "Arnhem", "Food Valley", "Achterhoek"),
            Region.of("Waardenland"),
            Region.of("Midden-Holland"),
            Region.of("Midden-Brabant"),
            Region.of("Noord-Oost-Brabant"),
            Region.of("Noord-Holland Noord"),
            Region.of("Noord-Midden-Limburg"),
            Region.of("Nijmegen", "Nijmegen", "Rivierenland"),
            Region.of("Amstelland/Meerlanden"),
            Region.of("Zuid-Holland Noord"),
            Region.of("Rotterdam", "Capelle / Krimpen"),
            Region.of("Drenthe"),
            Region.of("Groot Amsterdam"),
            Region.of("Zwolle"),
            Region.of("Apeldoorn/Zutphen"),
            Region.of("Flevoland"),
            Region.of("Kennemerland"),
            Region.of("Zaanstreek/Waterland"),
            Region.of("Utrecht"),
            Region.of("'t Gooi"));

    private NetworkDefaults() {}

    public static NetworkSettings forNetwork(String networkId) {
        return new NetworkSettings(
                networkId,
                "Regiotafel",
                ZONE,
                Messages.DUTCH,
                REGIONS,
                PILLARS,
                PILLARS,
                RoleMapping.none(),
                true,
                ReportingCalendar.DEFAULT,
                Channels.none(),
                0);
    }
}
