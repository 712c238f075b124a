package nl.regiotafel.commands.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.DuplicateProjectException;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.TestBot;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.Precision;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every implementation of the stores the read model fronts must do, run against both: the Mongo adapter on the
 * embedded store ("mongo") and the read model in front of it ("model"). A command cannot tell which one it was given.
 */
final class StoreContractTest {

    private static final Instant NOW = Instant.parse("2021-09-20T08:00:00Z");

    static Stream<Arguments> stores() {
        TestBot bot = TestBot.shared();
        return Stream.of(
                Arguments.of(
                        "mongo",
                        bot.bare(ProjectStore.class),
                        bot.bare(UpdateStore.class),
                        bot.bare(MilestoneStore.class),
                        bot.bare(NetworkStore.class)),
                Arguments.of(
                        "model",
                        bot.get(ProjectStore.class),
                        bot.get(UpdateStore.class),
                        bot.get(MilestoneStore.class),
                        bot.get(NetworkStore.class)));
    }

    private static String network() {
        return "contract-" + UUID.randomUUID();
    }

    private static Project project(String network, String code, String name) {
        return new Project(
                network,
                code,
                name,
                "Zeeland",
                null,
                "Instroom",
                null,
                "Doel",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                Health.OP_SCHEMA,
                List.of("111"),
                List.of(),
                List.of("Zorgcirkel"),
                List.of(),
                List.of(),
                false,
                NOW,
                NOW,
                0);
    }

    private static Project renamed(Project project, String name) {
        return new Project(
                project.networkId(),
                project.code(),
                name,
                project.region(),
                project.subRegion(),
                project.theme(),
                project.pillar(),
                project.goal(),
                project.phase(),
                project.status(),
                project.health(),
                project.leaders(),
                project.portfolioHolders(),
                project.organisations(),
                project.kpis(),
                project.related(),
                project.archived(),
                project.createdAt(),
                NOW.plusSeconds(60),
                project.version());
    }

    private static Update update(String network, String code, String period, int version, String key) {
        return new Update(
                network,
                code,
                1,
                version,
                "111",
                "Lotte",
                NOW,
                NOW.plusSeconds(version),
                period,
                Health.OP_SCHEMA,
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "Resultaat " + version,
                null,
                null,
                null,
                Map.of(),
                key,
                false);
    }

    private static Milestone milestone(String network, String code, int number, String title) {
        return new Milestone(
                network,
                code,
                number,
                title,
                new DueDate(LocalDate.of(2021, 12, 1), Precision.DAY, "1 december 2021"),
                MilestoneStatus.OPEN,
                null,
                null,
                0,
                null,
                NOW,
                NOW,
                0,
                List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aProjectReadsBackAsCreatedAndOnlyInItsOwnNetwork(
            String kind, ProjectStore projects, UpdateStore updates, MilestoneStore milestones, NetworkStore networks) {
        // GIVEN a project in one network and one of the same code in another
        String network = network();
        String other = network();
        Project created = projects.create(project(network, "tizv-glasses", "Pilot Smart Glasses"));
        projects.create(project(other, "tizv-glasses", "Elders"));

        // THEN each network sees its own, and a second one with the code is refused
        assertThat(projects.find(network, "tizv-glasses")).contains(created);
        assertThat(projects.list(network, ProjectFilter.all()))
                .extracting(Project::name)
                .containsExactly("Pilot Smart Glasses");
        assertThat(projects.search(network, "glasses", 10))
                .extracting(Project::networkId)
                .containsOnly(network);
        assertThatThrownBy(() -> projects.create(project(network, "tizv-glasses", "Dubbel")))
                .isInstanceOf(DuplicateProjectException.class);
        assertThat(projects.find(network, "nope")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aStaleProjectEditIsRefusedAndNothingOfItIsStored(
            String kind, ProjectStore projects, UpdateStore updates, MilestoneStore milestones, NetworkStore networks) {
        String network = network();
        Project created = projects.create(project(network, "p1", "Eerste"));

        // WHEN two edits start from the same version
        Project first = projects.update(renamed(created, "Tweede"));
        assertThatThrownBy(() -> projects.update(renamed(created, "Derde")))
                .isInstanceOf(ConcurrentEditException.class);

        // THEN the first is kept with a higher version, the second left no trace
        assertThat(first.version()).isGreaterThan(created.version());
        assertThat(projects.find(network, "p1")).map(Project::name).contains("Tweede");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void writeAllReportsWhatItCouldNotWrite(
            String kind, ProjectStore projects, UpdateStore updates, MilestoneStore milestones, NetworkStore networks) {
        String network = network();
        Project existing = projects.create(project(network, "p1", "Eerste"));
        projects.update(renamed(existing, "Al gewijzigd"));

        var unconfirmed = projects.writeAll(
                network,
                List.of(project(network, "p2", "Nieuw"), project(network, "p1", "Dubbel")),
                List.of(renamed(existing, "Van een oude versie")));

        assertThat(unconfirmed).containsExactly("p1");
        assertThat(projects.list(network, ProjectFilter.all()))
                .extracting(Project::name)
                .containsExactlyInAnyOrder("Al gewijzigd", "Nieuw");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void anUpdateIsStoredOnceAndTheLatestVersionOfTheLatestPeriodCounts(
            String kind, ProjectStore projects, UpdateStore updates, MilestoneStore milestones, NetworkStore networks) {
        String network = network();
        projects.create(project(network, "p1", "Eerste"));

        UpdateStore.Appended first = updates.append(update(network, "p1", "2021-Q3", 1, "k1"));
        UpdateStore.Appended again = updates.append(update(network, "p1", "2021-Q3", 1, "k1"));
        updates.append(update(network, "p1", "2021-Q3", 2, "k2"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(updates.versions(network, "p1", 1))
                .extracting(Update::version)
                .containsExactly(1, 2);
        assertThat(updates.latest(network, "p1")).map(Update::results).contains("Resultaat 2");
        assertThat(updates.reportedProjects(network, "2021-Q3")).containsExactly("p1");
        assertThat(updates.reportedProjects(network, "2021-Q2")).isEmpty();
        assertThat(updates.ofPeriod(network(), "2021-Q3")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aMilestoneIsNumberedPerProjectAndAStaleEditIsRefused(
            String kind, ProjectStore projects, UpdateStore updates, MilestoneStore milestones, NetworkStore networks) {
        String network = network();
        projects.create(project(network, "p1", "Eerste"));
        Milestone created = milestones.create(milestone(network, "p1", 1, "Eindevaluatie"));

        Milestone moved = milestones.update(new Milestone(
                network,
                "p1",
                1,
                "Eindevaluatie",
                new DueDate(LocalDate.of(2022, 1, 10), Precision.DAY, "10 januari 2022"),
                MilestoneStatus.OPEN,
                null,
                null,
                1,
                null,
                NOW,
                NOW,
                created.version(),
                List.of()));

        assertThat(moved.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> milestones.update(created)).isInstanceOf(ConcurrentEditException.class);
        assertThat(milestones.ofProject(network, "p1"))
                .extracting(m -> m.due().date())
                .containsExactly(LocalDate.of(2022, 1, 10));
        assertThat(milestones.remove(network, "p1", 1)).isTrue();
        assertThat(milestones.remove(network, "p1", 1)).isFalse();
        assertThat(milestones.find(network, "p1", 1)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void settingsStartFromTheDefaultsAndAStaleSaveIsRefused(
            String kind, ProjectStore projects, UpdateStore updates, MilestoneStore milestones, NetworkStore networks) {
        String network = network();
        NetworkSettings defaults = networks.get(network);

        NetworkSettings.Builder renamed = defaults.toBuilder();
        renamed.name = "Regiotafel Zeeland";
        NetworkSettings saved = networks.save(renamed.build());
        NetworkSettings.Builder stale = defaults.toBuilder();
        stale.name = "Van een oude versie";

        assertThat(defaults.networkId()).isEqualTo(network);
        assertThat(networks.get(network).name()).isEqualTo("Regiotafel Zeeland");
        assertThat(saved.version()).isGreaterThan(defaults.version());
        assertThatThrownBy(() -> networks.save(stale.build())).isInstanceOf(ConcurrentEditException.class);
        assertThat(networks.get(network).name()).isEqualTo("Regiotafel Zeeland");
    }
}
