package nl.regiotafel.commands.network;

import java.util.List;

/**
 * A zorgkantoorregio, with its subregions if it has any (e.g. Arnhem: Arnhem, Food Valley, Achterhoek).
 *
 * @param name region name
 * @param subRegions subregion names, possibly empty
 */
public record Region(String name, List<String> subRegions) {

    public Region {
        subRegions = List.copyOf(subRegions);
    }

    public static Region of(String name, String... subRegions) {
        return new Region(name, List.of(subRegions));
    }
}
