package nl.regiotafel.commands.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.commands.api.Command.Suggestion;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /project against the real embedded store, through the registry as every adapter calls it. */
@CommandTest
final class ProjectCommandTest {

    private static final Invoker MANAGER = new Invoker("m1", "Manager Mirjam", Set.of(Role.MANAGER, Role.MEMBER));
    private static final Invoker LEADER = new Invoker("l1", "Leider Lotte", Set.of(Role.LEADER, Role.MEMBER));
    private static final Invoker OTHER_LEADER = new Invoker("l2", "Leider Lars", Set.of(Role.LEADER, Role.MEMBER));
    private static final Invoker MEMBER = new Invoker("u1", "Lid Lieke", Set.of(Role.MEMBER));

    @Wired
    CommandRegistry registry;

    @Wired
    ProjectStore projects;

    @Wired
    AuditStore audit;

    private String network;

    @BeforeEach
    void newNetwork() {
        network = "guild-" + UUID.randomUUID();
    }

    private CommandResponse run(Invoker who, String sub, Object... options) {
        return registry.dispatch(request(network, who, sub, options));
    }

    private static CommandRequest request(String network, Invoker who, String sub, Object... options) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            map.put((String) options[i], options[i + 1]);
        }
        return new CommandRequest(
                network,
                "c1",
                who,
                Messages.ENGLISH,
                "project",
                sub,
                map,
                UUID.randomUUID().toString());
    }

    private static String text(CommandResponse response) {
        return response.pages().get(0).text();
    }

    private void addGlasses() {
        CommandResponse added = run(
                MANAGER,
                "add",
                "code",
                "TIZV-Glasses",
                "name",
                "Pilot Smart Glasses",
                "region",
                "zeeland",
                "theme",
                "arbeidsbesparing",
                "leader",
                new UserRef("l1", "Lotte"),
                "organisations",
                "Zorgstroom, SVRZ; Allévo");
        assertThat(added.tone()).isEqualTo(Tone.SUCCESS);
    }

    @Test
    void addsAProjectWithCanonicalNamesAndAuditsIt() {
        addGlasses();

        Project stored = projects.find(network, "tizv-glasses").orElseThrow();
        assertThat(stored.region()).isEqualTo("Zeeland");
        assertThat(stored.theme()).isEqualTo("Arbeidsbesparing");
        assertThat(stored.pillar()).isEqualTo("Arbeidsbesparing");
        assertThat(stored.leaders()).containsExactly("l1");
        assertThat(stored.organisations()).containsExactly("Zorgstroom", "SVRZ", "Allévo");
        assertThat(stored.phase()).isEqualTo(Phase.PLAN_VAN_AANPAK);
        assertThat(audit.history(network, "tizv-glasses", 10))
                .extracting(e -> e.action().key(), AuditEntry::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("project.add", "m1"));
    }

    @Test
    void refusesAnUnknownRegionAndListsTheKnownOnes() {
        CommandResponse response =
                run(MANAGER, "add", "code", "mars", "name", "Mars", "region", "Mars", "theme", "Behoud");

        assertThat(response.isPrivate()).isTrue();
        assertThat(text(response)).startsWith("Unknown region Mars. Known regions: Zeeland, West-Brabant");
        assertThat(projects.find(network, "mars")).isEmpty();
    }

    @Test
    void letsTheLeaderEditTheirProjectAndRecordsOldAndNew() {
        addGlasses();

        CommandResponse edited =
                run(LEADER, "edit", "project", "tizv-glasses", "phase", "uitvoering", "status", "lopend");

        assertThat(edited.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(text(edited))
                .contains("Phase: Plan of approach → Execution")
                .contains("Status: Not started yet → Running");
        Project stored = projects.find(network, "tizv-glasses").orElseThrow();
        assertThat(stored.phase()).isEqualTo(Phase.UITVOERING);
        assertThat(stored.version()).isEqualTo(1);
        AuditEntry entry = audit.history(network, "tizv-glasses", 1).get(0);
        assertThat(entry.action().key()).isEqualTo("project.edit");
        assertThat(entry.actorId()).isEqualTo("l1");
        assertThat(entry.changes()).contains(new AuditEntry.Change("phase", "plan-van-aanpak", "uitvoering"));
    }

    @Test
    void refusesEditsByALeaderOfAnotherProjectAndByMembersAndChangesNothing() {
        addGlasses();

        CommandResponse other = run(OTHER_LEADER, "edit", "project", "tizv-glasses", "name", "Gekaapt");
        CommandResponse member = run(MEMBER, "kpi", "project", "tizv-glasses", "label", "x", "target", 1.0);
        CommandResponse archive = run(LEADER, "archive", "project", "tizv-glasses");

        assertThat(text(other))
                .isEqualTo("Only the project leaders of tizv-glasses and managers may change this project.");
        assertThat(member.isPrivate()).isTrue();
        assertThat(text(archive)).isEqualTo("Only managers and administrators may do this.");
        Project stored = projects.find(network, "tizv-glasses").orElseThrow();
        assertThat(stored.name()).isEqualTo("Pilot Smart Glasses");
        assertThat(stored.kpis()).isEmpty();
        assertThat(stored.archived()).isFalse();
        assertThat(stored.version()).isZero();
    }

    @Test
    void recordsKpisAndShowsProgress() {
        addGlasses();

        run(
                LEADER,
                "kpi",
                "project",
                "tizv-glasses",
                "label",
                "Deelnemende organisaties",
                "unit",
                "organisaties",
                "target",
                7.0,
                "actual",
                5.0);
        CommandResponse info = run(MEMBER, "info", "project", "tizv-glasses");

        assertThat(info.pages().get(0).fields()).anySatisfy(f -> assertThat(f.value())
                .contains("Deelnemende organisaties: 5 / 7 organisaties")
                .contains("71%"));
    }

    @Test
    void listsPagesOfFifteenWithFiltersAndHidesArchivedProjects() {
        for (int i = 0; i < 20; i++) {
            run(
                    MANAGER,
                    "add",
                    "code",
                    "p-" + (100 + i),
                    "name",
                    "Project " + i,
                    "region",
                    i % 2 == 0 ? "Zeeland" : "Utrecht",
                    "theme",
                    "Behoud");
        }
        run(MANAGER, "archive", "project", "p-100");

        CommandResponse all = run(MEMBER, "list");
        CommandResponse zeeland = run(MEMBER, "list", "region", "Zeeland");

        assertThat(all.pages()).hasSize(2);
        assertThat(all.pages().get(0).title()).isEqualTo("Projects (19)");
        assertThat(all.pages().get(1).footer()).isEqualTo("Page 2 of 2");
        assertThat(zeeland.pages().get(0).title()).isEqualTo("Projects (9)");
        assertThat(text(zeeland)).doesNotContain("p-100");
    }

    @Test
    void keepsNetworksApartInInfoListAndAutocomplete() {
        addGlasses();
        String elsewhere = "guild-" + UUID.randomUUID();

        CommandResponse info = registry.dispatch(request(elsewhere, MANAGER, "info", "project", "tizv-glasses"));
        CommandResponse list = registry.dispatch(request(elsewhere, MANAGER, "list"));
        List<Suggestion> suggestions =
                registry.suggest(request(elsewhere, MANAGER, "info", "project", "tizv"), "project");

        assertThat(text(info)).isEqualTo("Unknown project tizv-glasses. Type /project list for the codes.");
        assertThat(text(list)).isEqualTo("No projects match these filters.");
        assertThat(suggestions).isEmpty();
    }

    @Test
    void suggestsOnlyProjectsTheUserMayEditForEdits() {
        addGlasses();
        run(MANAGER, "add", "code", "zomerzorg", "name", "ZomerZorg", "region", "Zeeland", "theme", "Instroom");

        List<Suggestion> forEdit = registry.suggest(request(network, LEADER, "edit", "project", ""), "project");
        List<Suggestion> forInfo = registry.suggest(request(network, LEADER, "info", "project", "zo"), "project");

        assertThat(forEdit).extracting(Suggestion::value).containsExactly("tizv-glasses");
        assertThat(forInfo).extracting(Suggestion::value).containsExactly("zomerzorg");
    }
}
