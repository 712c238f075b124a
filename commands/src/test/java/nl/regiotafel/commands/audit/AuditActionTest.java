package nl.regiotafel.commands.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AuditActionTest {

    /**
     * Every action string any version of Regiotafel wrote to the audit log (read from the git history of the writers:
     * the literals and {@code "setup." + subcommand} for every subcommand /setup ever had). Existing logs hold these.
     */
    private static final List<String> EVER_STORED = List.of(
            "project.add",
            "project.edit",
            "project.kpi",
            "project.archive",
            "project.import.add",
            "project.import",
            "update.apply",
            "milestone.add",
            "milestone.done",
            "milestone.move",
            "milestone.snooze",
            "milestone.remove",
            "milestone.import.add",
            "milestone.import",
            "round.revise",
            "round.close",
            "setup.network",
            "setup.regions.add",
            "setup.regions.remove",
            "setup.themes.add",
            "setup.themes.remove",
            "setup.pillars.add",
            "setup.pillars.remove",
            "setup.roles.add",
            "setup.roles.remove",
            "setup.channels",
            "setup.calendar",
            "setup.link",
            "setup.demo",
            "privacy.erase",
            "privacy.retention",
            "reminders.settings",
            "reminders.pause",
            "reminders.resume");

    @Test
    void everyStoredActionReadsAsAnActionThatIsStoredAsTheSameString() {
        for (String stored : EVER_STORED) {
            assertThat(AuditAction.ofKey(stored).key()).isEqualTo(stored);
        }
    }

    @Test
    void everyActionIsStoredAsOneOfTheStringsTheLogAlreadyHolds() {
        // A new action is fine, but it must be added above on purpose: the stored strings are a contract
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::key))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(EVER_STORED);
    }

    @Test
    void aKeyNoVersionWroteIsRefusedNamingIt() {
        assertThatThrownBy(() -> AuditAction.ofKey("project.teleport"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("project.teleport");
    }

    @Test
    void onlyProjectAndUpdateEntriesCarryAProjectsOwnFields() {
        // The round reconstruction rebuilds a project's past from exactly these
        assertThat(Arrays.stream(AuditAction.values()).filter(AuditAction::changesProjectFields))
                .containsExactlyInAnyOrder(
                        AuditAction.PROJECT_ADD,
                        AuditAction.PROJECT_EDIT,
                        AuditAction.PROJECT_KPI,
                        AuditAction.PROJECT_ARCHIVE,
                        AuditAction.PROJECT_IMPORT_ADD,
                        AuditAction.PROJECT_IMPORT,
                        AuditAction.UPDATE_APPLY);
    }
}
