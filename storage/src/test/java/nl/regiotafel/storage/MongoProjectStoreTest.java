package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.project.DuplicateProjectException;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFields;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        classes = StorageTestApplication.class,
        properties = "regiotafel.storage.data-dir=target/test-data/${random.uuid}")
final class MongoProjectStoreTest {

    private static final Instant NOW = Instant.parse("2021-09-30T21:59:00Z");

    @Autowired
    ProjectStore store;

    private static String network() {
        return "guild-" + UUID.randomUUID();
    }

    private static Project project(String network, String code, String name) {
        Project.Builder project = ProjectFields.blank(network, code, NOW).toBuilder();
        project.name = name;
        project.region = "Zeeland";
        project.theme = "Instroom";
        project.pillar = "Instroom";
        project.goal = "Doel";
        project.phase = Phase.UITVOERING;
        project.status = ProjectStatus.LOPEND;
        project.leaders = List.of("111");
        project.portfolioHolders = List.of("n.t.b.");
        project.organisations = List.of("Zorgcirkel");
        project.kpis = List.of(new Kpi("Artsen", "personen", 0.0, 15.0, 4.0));
        return project.build();
    }

    @Test
    void storesAndReadsBackEveryField() {
        String network = network();
        Project original = project(network, "tizv-glasses", "Pilot Smart Glasses");

        store.create(original);

        assertThat(store.find(network, "tizv-glasses")).contains(original);
    }

    @Test
    void refusesASecondProjectWithTheSameCodeInOneNetwork() {
        String network = network();
        store.create(project(network, "zomerzorg", "ZomerZorg"));

        assertThatThrownBy(() -> store.create(project(network, "zomerzorg", "Andere naam")))
                .isInstanceOf(DuplicateProjectException.class);
        assertThat(store.find(network, "zomerzorg").orElseThrow().name()).isEqualTo("ZomerZorg");
    }

    @Test
    void allowsTheSameCodeInAnotherNetworkAndNeverShowsOneNetworkToAnother() {
        String zeeland = network();
        String noordHolland = network();
        store.create(project(zeeland, "lwwl", "Zeeuws LWWL"));
        store.create(project(noordHolland, "lwwl", "Leren is Werken"));

        assertThat(store.find(zeeland, "lwwl").orElseThrow().name()).isEqualTo("Zeeuws LWWL");
        assertThat(store.list(noordHolland, ProjectFilter.all()))
                .extracting(Project::name)
                .containsExactly("Leren is Werken");
        assertThat(store.search(zeeland, "leren", 25)).isEmpty();
    }

    @Test
    void detectsAConcurrentEditInsteadOfLosingIt() {
        // GIVEN two people who read version 0
        String network = network();
        Project read = store.create(project(network, "rsop", "RSOP"));
        Project.Builder first = read.toBuilder();
        first.name = "RSOP Zeeland";
        Project.Builder second = read.toBuilder();
        second.goal = "Regionaal opleidingsplan";

        // WHEN both save
        Project saved = store.update(first.build());

        // THEN the second is refused and the first is kept
        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> store.update(second.build())).isInstanceOf(ConcurrentEditException.class);
        assertThat(store.find(network, "rsop").orElseThrow().name()).isEqualTo("RSOP Zeeland");
        assertThat(store.find(network, "rsop").orElseThrow().goal()).isEqualTo("Doel");
    }

    @Test
    void filtersByStatusAndLeaderAndHidesArchived() {
        String network = network();
        store.create(project(network, "a-project", "A"));
        Project archived = store.create(project(network, "b-project", "B"));
        Project.Builder archive = archived.toBuilder();
        archive.archived = true;
        store.update(archive.build());

        assertThat(store.list(network, new ProjectFilter(null, null, ProjectStatus.LOPEND, null, "111", false)))
                .extracting(Project::code)
                .containsExactly("a-project");
        assertThat(store.list(network, new ProjectFilter(null, null, null, null, null, true)))
                .extracting(Project::code)
                .containsExactly("a-project", "b-project");
        assertThat(store.list(
                        network, new ProjectFilter(null, null, ProjectStatus.AFGEROND_SUCCESVOL, null, null, false)))
                .isEmpty();
    }

    @Test
    void searchesUserTextLiterallyNeverAsAPattern() {
        String network = network();
        store.create(project(network, "acute-zorg", "Integrale keten (acute) zorg"));
        store.create(project(network, "data", "Data en lange termijn"));

        assertThat(store.search(network, ".*", 25)).isEmpty();
        assertThat(store.search(network, "(acute)", 25))
                .extracting(Project::code)
                .containsExactly("acute-zorg");
        assertThat(store.search(network, "{\"$gt\": \"\"}", 25)).isEmpty();
        assertThat(store.search(network, "", 25)).hasSize(2);
    }
}
