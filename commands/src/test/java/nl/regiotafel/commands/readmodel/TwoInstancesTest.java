package nl.regiotafel.commands.readmodel;

import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.Bare;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestBot;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one store: the whole bot (instance A, its commands through the registry) and a second read model
 * over the same embedded server (instance B), as a second process would have. A write through either is seen by the
 * other's next command; within one command the other's writes do not appear half-way.
 */
@CommandTest
final class TwoInstancesTest {

    @Wired
    CommandRegistry registry;

    @Wired
    @Bare
    ProjectStore storedProjects;

    @Wired
    TestBot bot;

    private TestRequests a;
    private ReadModel b;

    @BeforeEach
    void twoInstances() {
        a = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.ENGLISH);
        b = instance(Duration.ofHours(1));
        TestRequests.text(a.run(
                MANAGER, "project", "add", "code", "p1", "name", "Eerste", "region", "Zeeland", "theme", "Behoud"));
    }

    private ReadModel instance(Duration maxAge) {
        return bot.otherInstance(maxAge);
    }

    private Project readByB(String code) {
        try (ReadScope command = ReadScope.open()) {
            return b.projectStore().find(a.network(), code).orElse(null);
        }
    }

    @Test
    void aCommandOfOneInstanceIsSeenByTheNextCommandOfTheOther() {
        // GIVEN instance B has loaded the network
        assertThat(readByB("p1").name()).isEqualTo("Eerste");

        // WHEN instance A renames the project and adds one
        a.run(MANAGER, "project", "edit", "project", "p1", "name", "Hernoemd");
        a.run(MANAGER, "project", "add", "code", "p2", "name", "Tweede", "region", "Zeeland", "theme", "Behoud");

        // THEN B's next command sees both
        assertThat(readByB("p1").name()).isEqualTo("Hernoemd");
        assertThat(readByB("p2")).isNotNull();
    }

    @Test
    void aWriteThroughTheOtherInstanceIsSeenByTheNextCommandOfTheBot() {
        // GIVEN the bot has the network loaded
        assertThat(a.run(MANAGER, "project", "info", "project", "p1").toString())
                .contains("Eerste");

        // WHEN instance B changes the project through its own store
        Project p1 = b.projectStore().find(a.network(), "p1").orElseThrow();
        Project.Builder renamed = p1.toBuilder();
        renamed.name = "Door B gewijzigd";
        b.projectStore().update(renamed.build());

        // THEN the bot's next command shows it
        assertThat(a.run(MANAGER, "project", "info", "project", "p1").toString())
                .contains("Door B gewijzigd");
    }

    @Test
    void withinOneCommandTheOtherInstancesWritesDoNotAppearHalfWay() {
        try (ReadScope command = ReadScope.open()) {
            // GIVEN B's command has read the project
            assertThat(b.projectStore().find(a.network(), "p1").orElseThrow().name())
                    .isEqualTo("Eerste");

            // WHEN A changes it meanwhile
            a.run(MANAGER, "project", "edit", "project", "p1", "name", "Hernoemd");

            // THEN the rest of B's command reads the state it started with
            assertThat(b.projectStore().find(a.network(), "p1").orElseThrow().name())
                    .isEqualTo("Eerste");
        }
        assertThat(readByB("p1").name()).isEqualTo("Hernoemd");
    }

    @Test
    void aWriterThatDiedBeforeRaisingTheRevisionIsSeenOnceTheModelReachesItsMaximumAge() {
        // GIVEN B with an hour's maximum age and B2 whose models never outlive a command
        ReadModel b2 = instance(Duration.ZERO);
        assertThat(readByB("p1").name()).isEqualTo("Eerste");

        // WHEN a project is changed in the store without the revision being raised (the writer died in between)
        Project p1 = storedProjects.find(a.network(), "p1").orElseThrow();
        Project.Builder finished = p1.toBuilder();
        finished.status = ProjectStatus.AFGEROND_SUCCESVOL;
        storedProjects.update(finished.build());

        // THEN B keeps its model until its maximum age; B2 loads it again and sees the change
        assertThat(readByB("p1").status()).isEqualTo(ProjectStatus.NOG_NIET_GESTART);
        try (ReadScope command = ReadScope.open()) {
            assertThat(b2.projectStore().find(a.network(), "p1").orElseThrow().status())
                    .isEqualTo(ProjectStatus.AFGEROND_SUCCESVOL);
        }
    }

    @Test
    void deletingTheNetworkThroughOneInstanceEmptiesItForTheOther() {
        // GIVEN B has loaded the network
        assertThat(readByB("p1")).isNotNull();

        // WHEN the bot deletes the network
        a.run(nl.regiotafel.commands.testing.TestRequests.ADMIN, "setup", "delete", "confirm", true);

        // THEN B's next command finds nothing
        assertThat(readByB("p1")).isNull();
    }
}
