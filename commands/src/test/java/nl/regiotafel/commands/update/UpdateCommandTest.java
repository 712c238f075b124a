package nl.regiotafel.commands.update;

import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static nl.regiotafel.commands.testing.TestRequests.OTHER_LEADER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Form;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CommandTest
final class UpdateCommandTest {

    @Wired
    CommandRegistry registry;

    @Wired
    UpdateStore updates;

    @Wired
    ProjectStore projects;

    @Wired
    TestClock clock;

    @Wired
    UpdateCommand updateCommand;

    @Wired
    nl.regiotafel.commands.network.NetworkStore networks;

    private TestRequests bot;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2021-09-20T08:00:00Z"));
        bot = TestRequests.inNewNetwork(registry);
        bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "tizv-glasses",
                "name",
                "Pilot Smart Glasses",
                "region",
                "Zeeland",
                "theme",
                "Arbeidsbesparing",
                "leader",
                new UserRef("l1", "Lotte"));
        bot.run(
                LEADER,
                "project",
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
                3.0);
    }

    private CommandResponse post(String interactionId, Object... options) {
        return registry.dispatch(bot.request(LEADER, "update", null, interactionId, options));
    }

    @Test
    void readsTheNetworksSettingsOnceForAnUpdate() {
        // GIVEN /update in a registry whose network store counts its reads
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        nl.regiotafel.commands.network.NetworkStore counting = new nl.regiotafel.commands.network.NetworkStore() {
            @Override
            public nl.regiotafel.commands.network.NetworkSettings get(String networkId) {
                reads.incrementAndGet();
                return networks.get(networkId);
            }

            @Override
            public nl.regiotafel.commands.network.NetworkSettings save(
                    nl.regiotafel.commands.network.NetworkSettings settings) {
                return networks.save(settings);
            }
        };
        CommandRegistry counted = new CommandRegistry(java.util.List.of(updateCommand), java.util.List.of(), counting);

        // WHEN a leader posts a whole update (period, lateness, access, KPI values and the card all need the settings)
        CommandResponse response = counted.dispatch(bot.request(
                LEADER,
                "update",
                null,
                "i-reads",
                "project",
                "tizv-glasses",
                "health",
                "aandacht",
                "kpi",
                "Deelnemende organisaties=4",
                "results",
                "Twee teams",
                "next-actions",
                "Uitrol",
                "risks",
                "-",
                "help",
                "-"));

        // THEN it was stored and the settings were read once
        assertThat(response.tone()).as(text(response)).isNotEqualTo(Tone.ERROR);
        assertThat(updates.history(bot.network(), "tizv-glasses")).hasSize(1);
        assertThat(reads.get()).isEqualTo(1);
    }

    @Test
    void asksForTheTextBlocksInAFormCarryingTheOtherOptions() {
        CommandResponse response = post("i-1", "project", "tizv-glasses", "health", "aandacht");

        Form form = response.form();
        assertThat(form).isNotNull();
        assertThat(form.inputs())
                .extracting(Form.Input::option)
                .containsExactly("results", "next-actions", "risks", "help");
        assertThat(form.inputs()).allSatisfy(i -> assertThat(i.maxLength()).isEqualTo(4000));
        assertThat(form.carriedOptions())
                .containsEntry("project", "tizv-glasses")
                .containsEntry("health", "aandacht");
        assertThat(updates.history(bot.network(), "tizv-glasses")).isEmpty();
    }

    @Test
    void storesTheUpdateInTheCurrentQuarterAndCarriesItIntoTheProject() {
        CommandResponse response = post(
                "i-2",
                "project",
                "tizv-glasses",
                "health",
                "vertraagd",
                "phase",
                "uitvoering",
                "status",
                "lopend",
                "kpi",
                "deelnemende organisaties=7",
                "results",
                "7 organisaties doen mee",
                "help",
                "Contact met Erasmus");

        assertThat(response.tone()).isEqualTo(Tone.DELAYED);
        assertThat(response.pages().get(0).title()).isEqualTo("Update tizv-glasses #1 · 2021-Q3");
        Update stored = updates.latest(bot.network(), "tizv-glasses").orElseThrow();
        assertThat(stored.period()).isEqualTo("2021-Q3");
        assertThat(stored.results()).isEqualTo("7 organisaties doen mee");
        assertThat(stored.authorId()).isEqualTo("l1");
        Project project = projects.find(bot.network(), "tizv-glasses").orElseThrow();
        assertThat(project.health()).isEqualTo(Health.VERTRAAGD);
        assertThat(project.phase()).isEqualTo(Phase.UITVOERING);
        assertThat(project.status()).isEqualTo(ProjectStatus.LOPEND);
        assertThat(project.kpis().get(0).actual()).isEqualTo(7.0);
    }

    @Test
    void storesARedeliveredInteractionOnce() {
        post("same-interaction", "project", "tizv-glasses", "results", "Eerste versie");
        CommandResponse again = post("same-interaction", "project", "tizv-glasses", "results", "Eerste versie");

        assertThat(text(again)).startsWith("This update had already been received and was not stored again.");
        assertThat(updates.history(bot.network(), "tizv-glasses")).hasSize(1);
        assertThat(updates.versions(bot.network(), "tizv-glasses", 1)).hasSize(1);
    }

    @Test
    void anEditIsANewVersionAndKeepsTheOldOne() {
        post("i-3", "project", "tizv-glasses", "results", "Eerste versie", "risks", "Uitval experts");
        clock.advance(Duration.ofDays(3));

        CommandResponse edited = post("i-4", "project", "tizv-glasses", "edit", "1", "results", "Tweede versie");

        assertThat(edited.pages().get(0).title()).isEqualTo("Update tizv-glasses #1 · 2021-Q3 (edited)");
        assertThat(updates.versions(bot.network(), "tizv-glasses", 1))
                .extracting(Update::version, Update::results)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Eerste versie"),
                        org.assertj.core.groups.Tuple.tuple(2, "Tweede versie"));
        assertThat(updates.history(bot.network(), "tizv-glasses"))
                .singleElement()
                .satisfies(u -> assertThat(u.results()).isEqualTo("Tweede versie"));
    }

    @Test
    void refusesAnEditAfterThePeriodsDeadline() {
        post("i-5", "project", "tizv-glasses", "results", "Q3-resultaten");
        // The Q3 deadline is 10 October; on 11 October the update is closed
        clock.set(Instant.parse("2021-10-11T08:00:00Z"));

        CommandResponse late = post("i-6", "project", "tizv-glasses", "edit", "1", "results", "Te laat");

        assertThat(text(late))
                .isEqualTo("Update #1 for 2021-Q3 can no longer be edited: the deadline was 10 October 2021."
                        + " Post a new update.");
        assertThat(updates.versions(bot.network(), "tizv-glasses", 1)).hasSize(1);
    }

    @Test
    void refusesBadInputWithoutStoringAnything() {
        String tooLong = "x".repeat(4001);

        assertThat(text(post("i-7", "project", "tizv-glasses", "results", tooLong)))
                .isEqualTo("The option results is too long: at most 4,000 characters, it had 4,001.");
        assertThat(text(post("i-8", "project", "tizv-glasses", "kpi", "Vacatures=3", "results", "x")))
                .startsWith("Unknown KPI Vacatures. This project's KPIs: Deelnemende organisaties.");
        assertThat(text(post("i-9", "project", "tizv-glasses", "period", "2022-Q1", "results", "x")))
                .isEqualTo("The period 2022-Q1 is too far ahead: report on the current or the next period.");
        assertThat(text(post("i-10", "project", "tizv-glasses", "period", "volgend jaar", "results", "x")))
                .startsWith("Cannot read the period volgend jaar.");
        assertThat(updates.history(bot.network(), "tizv-glasses")).isEmpty();
        assertThat(projects.find(bot.network(), "tizv-glasses")
                        .orElseThrow()
                        .kpis()
                        .get(0)
                        .actual())
                .isEqualTo(3.0);
    }

    @Test
    void onlyTheProjectsLeadersAndManagersMayPost() {
        CommandResponse other = registry.dispatch(
                bot.request(OTHER_LEADER, "update", null, "i-11", "project", "tizv-glasses", "results", "x"));
        CommandResponse member = registry.dispatch(
                bot.request(MEMBER, "update", null, "i-12", "project", "tizv-glasses", "results", "x"));
        CommandResponse manager = registry.dispatch(
                bot.request(MANAGER, "update", null, "i-13", "project", "tizv-glasses", "results", "x"));

        assertThat(other.isPrivate()).isTrue();
        assertThat(member.isPrivate()).isTrue();
        assertThat(manager.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(updates.history(bot.network(), "tizv-glasses"))
                .singleElement()
                .satisfies(u -> assertThat(u.authorId()).isEqualTo("m1"));
    }

    @Test
    void theFormWarnsThatNoClientDataBelongsInTheTextBlocks() {
        Form form = post("i-20", "project", "tizv-glasses").form();

        assertThat(form.inputs()).allSatisfy(i -> assertThat(i.placeholderKey()).isEqualTo("update.block.placeholder"));
    }

    @Test
    void storesNothingWhenATextBlockLooksLikeClientDataAndSaysWhatWasFoundMasked() {
        CommandResponse response = post(
                "i-21",
                "project",
                "tizv-glasses",
                "health",
                "vertraagd",
                "results",
                "Mevrouw (bsn 123456782) gebeld",
                "help",
                "Terugbellen op 06-12345678 of j.jansen@example.nl");

        assertThat(response.isPrivate()).isTrue();
        assertThat(response.pages().get(0).title()).isEqualTo("This looks like client data (3 times)");
        assertThat(text(response))
                .contains("Results achieved: something that looks like a BSN (passes the elfproef) ••••••782")
                .contains("Help needed: a phone number ••-••••••78")
                .contains("Help needed: an e-mail address j•••@•••.nl")
                .doesNotContain("123456782")
                .doesNotContain("12345678")
                .doesNotContain("jansen");
        assertThat(updates.history(bot.network(), "tizv-glasses")).isEmpty();
        assertThat(projects.find(bot.network(), "tizv-glasses").orElseThrow().health())
                .isNull();
        assertThat(response.action().options())
                .containsEntry("confirm", true)
                .containsEntry("results", "Mevrouw (bsn 123456782) gebeld")
                .containsEntry("health", "vertraagd");
    }

    @Test
    void storesFlaggedTextOnceTheLeaderConfirms() {
        CommandResponse warning = post("i-22", "project", "tizv-glasses", "results", "Bel 010-1234567 voor de demo");
        CommandResponse confirmed = registry.dispatch(bot.request(
                LEADER,
                warning.action().command(),
                warning.action().subcommand(),
                "i-23",
                warning.action().options().entrySet().stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                        .toArray()));

        assertThat(confirmed.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(updates.latest(bot.network(), "tizv-glasses").orElseThrow().results())
                .isEqualTo("Bel 010-1234567 voor de demo");
    }

    @Test
    void storesOrdinaryTextWithDatesAndAmountsWithoutAsking() {
        CommandResponse response = post(
                "i-24",
                "project",
                "tizv-glasses",
                "results",
                "Op 30-09-2021 € 1.234.567,00 toegekend; 2021-Q3 afgerond",
                "next-actions",
                "Eindevaluatie 1-10-21");

        assertThat(response.action()).isNull();
        assertThat(updates.history(bot.network(), "tizv-glasses")).hasSize(1);
    }
}
