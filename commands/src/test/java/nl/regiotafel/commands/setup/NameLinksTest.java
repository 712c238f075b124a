package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.ShownMarkup;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Linking names from an import to members with a choice of member: the confirmed import offers the first name, {@code
 * /setup unlinked} offers them one at a time, and the choice runs {@code /setup link} itself, which offers the next.
 */
@CommandTest
final class NameLinksTest {

    private static final String CSV = "Projectcode;Projectnaam;Regio;Thema;Projectleider\n"
            + "een;Een;Zeeland;Behoud;Sanne de Vries\n"
            + "twee;Twee;Zeeland;Behoud;sanne de vries\n"
            + "drie;Drie;Zeeland;Behoud;Piet Jansen\n"
            + "vier;Vier;Zeeland;Behoud;<@123456789012345678>\n";

    private static final UserRef SANNE = new UserRef("234567890123456789", "Sanne");

    @Wired
    CommandRegistry registry;

    @Wired
    ProjectStore projects;

    private TestRequests dutch;

    @BeforeEach
    void imported() {
        dutch = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.DUTCH);
    }

    private CommandResponse importNames() {
        return ok(dutch.run(
                ADMIN,
                "import",
                null,
                "file",
                AttachmentInput.of("leiders.csv", CSV.getBytes(StandardCharsets.UTF_8)),
                "confirm",
                true));
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    /** What a choice in the menu does: the action's command with the chosen member added. */
    private CommandResponse choose(Action action, UserRef member) {
        java.util.List<Object> options = new java.util.ArrayList<>();
        action.optionsWith(member).forEach((name, value) -> {
            options.add(name);
            options.add(value);
        });
        return ok(dutch.run(ADMIN, action.command(), action.subcommand(), options.toArray()));
    }

    @Test
    void aConfirmedImportOffersTheFirstNameWithAChoiceOfMemberThatRunsSetupLink() {
        // WHEN the import is confirmed
        CommandResponse done = importNames();

        // THEN it says how many names wait and offers a choice of member for the first
        assertThat(ShownMarkup.of(done.pages().get(0).text()))
                .contains("2 namen wachten op koppeling")
                .contains("**Piet Jansen**");
        Action offer = done.actionRequest().orElseThrow();
        assertThat(offer.userOption()).isEqualTo(SetupCommand.MEMBER);
        assertThat(offer.command()).isEqualTo(SetupCommand.NAME);
        assertThat(offer.subcommand()).isEqualTo("link");
        assertThat(offer.options()).containsEntry(SetupCommand.TITLE, "Piet Jansen");

        // WHEN Piet is chosen
        CommandResponse first = choose(offer, new UserRef("345678901234567890", "Piet"));

        // THEN his project names him, and Sanne is offered next
        assertThat(projects.find(dutch.network(), "drie").orElseThrow().leaders())
                .containsExactly("345678901234567890");
        assertThat(ShownMarkup.of(first.pages().get(0).text()))
                .contains("Nog 1 naam wacht")
                .contains("**Sanne de Vries**");

        // WHEN Sanne is chosen
        CommandResponse linked = choose(first.actionRequest().orElseThrow(), SANNE);

        // THEN both projects she leads (written in two cases) name her id, and nothing more is offered
        assertThat(projects.find(dutch.network(), "een").orElseThrow().leaders())
                .containsExactly(SANNE.id());
        assertThat(projects.find(dutch.network(), "twee").orElseThrow().leaders())
                .containsExactly(SANNE.id());
        assertThat(linked.actionRequest()).isEmpty();
        assertThat(ok(dutch.run(ADMIN, "setup", "unlinked")).pages().get(0).text())
                .isEqualTo("Alle projectleiders en eigenaren zijn aan een lid gekoppeld.");
    }

    @Test
    void setupUnlinkedOffersTheWaitingNamesOneAtATimeAndSkipsOnRequest() {
        importNames();

        CommandResponse first = ok(dutch.run(ADMIN, "setup", "unlinked"));
        CommandResponse second = ok(dutch.run(ADMIN, "setup", "unlinked", "skip", 1L));
        CommandResponse wrong = dutch.run(ADMIN, "setup", "unlinked", "skip", -1L);
        CommandResponse notAdmin = dutch.run(MANAGER, "setup", "unlinked");

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.pages().get(0).title()).isEqualTo("2 namen wachten op koppeling");
        assertThat(ShownMarkup.of(first.pages().get(0).text()))
                .contains("**Piet Jansen** is als naam bewaard: projectleider van 1 project")
                .contains("Daarna: Sanne de Vries")
                .contains("/instellen ongekoppeld overslaan:1");
        assertThat(first.actionRequest().orElseThrow().options()).containsEntry(SetupCommand.TITLE, "Piet Jansen");
        assertThat(ShownMarkup.of(second.pages().get(0).text()))
                .contains("**Sanne de Vries** is als naam bewaard: projectleider van 2 projecten");
        assertThat(second.actionRequest().orElseThrow().options()).containsEntry(SetupCommand.TITLE, "Sanne de Vries");
        assertThat(wrong.tone()).isEqualTo(Tone.ERROR);
        assertThat(ShownMarkup.of(wrong.pages().get(0).text()))
                .contains("overslaan")
                .contains("-1");
        assertThat(notAdmin.tone()).isEqualTo(Tone.ERROR);
    }
}
