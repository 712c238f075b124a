package nl.regiotafel.commands.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.DemoFixture;
import nl.regiotafel.commands.testing.Wired;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.api.Test;

@CommandTest
final class DemoNetworkTest {

    @Wired
    DemoFixture demo;

    @Wired
    ProjectStore projects;

    @Wired
    UpdateStore updates;

    @Wired
    NetworkStore networks;

    @Test
    void loadsTheTwentyFiveProjectsWithMilestonesAndThreeQuartersOfUpdatesOnce() {
        String network = "demo-" + UUID.randomUUID();

        DemoNetwork.Result first = demo.load(network, DemoFixture.SEPTEMBER_20);
        DemoNetwork.Result again = demo.load(network, DemoFixture.SEPTEMBER_20);

        assertThat(first).isEqualTo(new DemoNetwork.Result(25, 33, 9, 67));
        assertThat(again.nothingNew()).isTrue();
        assertThat(projects.list(network, ProjectFilter.all())).hasSize(DemoNetwork.PROJECTS);
        assertThat(networks.get(network).name()).isEqualTo(DemoNetwork.NAME);
        assertThat(networks.get(network).themes()).containsAll(DemoNetwork.THEMES);
        var glasses = projects.find(network, "tizv-glasses").orElseThrow();
        assertThat(glasses.leaders()).containsExactly("demo-fleur");
        assertThat(glasses.kpis()).hasSize(2);
        assertThat(updates.history(network, "tizv-glasses")).hasSize(3);
        assertThat(updates.latest(network, "tizv-glasses").orElseThrow().authorName())
                .isEqualTo("Fleur Bakker");
    }

    @Test
    void loadsNothingDatedAfterTheClockAndTheRestLater() {
        String network = "demo-" + UUID.randomUUID();

        DemoNetwork.Result may = demo.load(network, Instant.parse("2021-05-01T08:00:00Z"));
        DemoNetwork.Result september = demo.load(network, DemoFixture.SEPTEMBER_20);

        // In May: 24 projects (ANW-Zorg Kop came in July), Q1 updates only, milestones reached by then
        assertThat(may).isEqualTo(new DemoNetwork.Result(24, 32, 2, 24));
        assertThat(september).isEqualTo(new DemoNetwork.Result(1, 1, 7, 43));
        assertThat(projects.find(network, "tizv-glasses").orElseThrow().status().slug())
                .isEqualTo("afgerond-succesvol");
    }
}
