package nl.regiotafel.commands.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.Region;
import org.junit.jupiter.api.Test;

final class VocabularyTest {

    private static Map<String, String> regions() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Region region : NetworkDefaults.REGIONS) {
            keys.put(Column.key(region.name()), region.name());
        }
        return keys;
    }

    @Test
    void findsTheRegionATypoMeant() {
        assertThat(Vocabulary.closest(Column.key("Zeeuwland"), regions())).contains("Zeeland");
        assertThat(Vocabulary.closest(Column.key("Twnete"), regions())).contains("Twente");
        assertThat(Vocabulary.closest(Column.key("Amsterdam"), regions())).isEmpty();
    }

    @Test
    void leavesANameThatIsReallyNewAlone() {
        assertThat(Vocabulary.closest(Column.key("Walcheren-Oost"), regions())).isEmpty();
        assertThat(Vocabulary.closest(Column.key("Texel"), regions())).isEmpty();
    }

    @Test
    void noTwoDefaultRegionsAreWithinATypoOfEachOther() {
        Map<String, String> all = regions();
        for (String key : all.keySet()) {
            Map<String, String> others = new LinkedHashMap<>(all);
            others.remove(key);
            assertThat(Vocabulary.closest(key, others)).as(key).isEmpty();
        }
    }
}
