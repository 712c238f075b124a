package nl.regiotafel.commands.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.NetworkSettings;
import org.junit.jupiter.api.Test;

final class ForumTagsTest {

    private static NetworkSettings withThemes(List<String> themes) {
        NetworkSettings.Builder settings = NetworkDefaults.forNetwork("n1").toBuilder();
        settings.themes = themes;
        return settings.build();
    }

    @Test
    void wantsHealthThenPhaseThenThemesInTheNetworksLanguageWithinTwentyCharacters() {
        NetworkSettings settings =
                withThemes(List.of("Behoud", "Een thema met een heel lange naam", "behoud", "Instroom"));

        List<String> dutch = ForumTags.wanted(Messages.of(Messages.DUTCH), settings);
        List<String> english = ForumTags.wanted(Messages.of(Messages.ENGLISH), settings);

        assertThat(dutch)
                .containsExactly(
                        "Op schema",
                        "Aandacht nodig",
                        "Vertraagd",
                        "Plan van aanpak",
                        "Bestuurlijk akkoord",
                        "Uitvoering",
                        "Ontwerp",
                        "Realisatie",
                        "Borging",
                        "Behoud",
                        "Een thema met een h…",
                        "Instroom");
        assertThat(dutch).allMatch(n -> n.length() <= ForumTags.MAX_NAME);
        assertThat(english).startsWith("On track").hasSize(12);
    }

    @Test
    void createsOnlyWhatIsMissingAndNeverMoreThanTheForumHasRoomFor() {
        List<String> themes = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            themes.add("Thema " + i);
        }
        List<String> wanted = ForumTags.wanted(Messages.of(Messages.DUTCH), withThemes(themes));

        // A forum with one of ours (another case) and one of its own: room for 18 of the 20 missing
        List<String> create = ForumTags.toCreate(wanted, List.of("op schema", "Eigen label"));

        assertThat(wanted).hasSize(21);
        assertThat(create).hasSize(18).doesNotContain("Op schema").endsWith("Thema 10");
        assertThat(ForumTags.toCreate(wanted, wanted.subList(0, 20))).isEmpty();
        assertThat(ForumTags.toCreate(List.of("Behoud"), List.of("BEHOUD"))).isEmpty();
    }
}
