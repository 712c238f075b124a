package nl.regiotafel.commands.summary;

import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.DemoFixture;
import nl.regiotafel.commands.testing.ShownMarkup;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@CommandTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SummaryCommandTest {

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    @Wired
    DemoFixture demo;

    @Wired
    NetworkStore networks;

    private String network;
    private TestRequests english;
    private TestRequests dutch;

    @BeforeAll
    void loadDemo() {
        network = demo.load(DemoFixture.SEPTEMBER_20);
        english = new TestRequests(registry, network, Messages.ENGLISH);
        dutch = new TestRequests(registry, network, Messages.DUTCH);
    }

    @BeforeEach
    void setClock() {
        clock.set(DemoFixture.SEPTEMBER_20);
    }

    private static String field(CommandResponse response, String name) {
        return response.pages().get(0).fields().stream()
                .filter(f -> f.name().equals(name))
                .map(f -> ShownMarkup.of(f.value()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no field " + name + " in " + response.pages().get(0)));
    }

    @Test
    void summarisesTheWholeDemoNetworkForTheCurrentQuarterInEnglish() throws Exception {
        CommandResponse summary = english.run(MANAGER, "summary", null);

        Page card = summary.pages().get(0);
        assertThat(card.title())
                .isEqualTo(
                        "Regional summary — Regiotafel demo — Zeeland, Noord-Holland Noord en andere regio's · 2021-Q3");
        assertThat(card.text())
                .isEqualTo("Period 2021-07-01 to 2021-09-30 · as of 2021-09-20 · changes since 2021-Q2 (the"
                        + " previous round)\nProvisional: the reporting round 2021-Q3 is open until 10 October 2021"
                        + " inclusive; the figures may still change.");
        assertThat(field(summary, "Projects")).isEqualTo("25 (previous round: 24)");
        assertThat(field(summary, "Participating organisations")).isEqualTo("32");
        assertThat(field(summary, "Status (change)"))
                .isEqualTo("Running: **21** (−1)\nNot started yet: **1** (0)\nCompleted, successful: **3** (+2)\n"
                        + "Completed, not successful: **0** (0)\nStopped early: **0** (0)");
        assertThat(field(summary, "Phase (change)"))
                .contains("Board approval: **2** (+1)")
                .contains("Execution: **10** (−1)")
                .contains("Embedding: **3** (+2)");
        assertThat(field(summary, "Completed successfully"))
                .isEqualTo("100.0% (3 of 3 completed projects succeeded; 0 stopped early); previous round: 100.0%");
        assertThat(field(summary, "Health"))
                // Compared with the Q2 round's snapshot: four projects turned from on track to attention or delayed
                .isEqualTo("On track: **16** (−4)\nNeeds attention: **5** (+2)\nDelayed: **3** (+2)\n"
                        + "Not reported: **1** (+1)");
        assertThat(field(summary, "Reported")).isEqualTo("17 of 22 (previous round: 23 of 23)");
        assertThat(field(summary, "Milestones"))
                .isEqualTo("Reached 4 · still due this period 4 · next period 14 · overdue 3");
        assertThat(field(summary, "Not reported for 2021-Q3"))
                .isEqualTo("5 projects: **arn-verzuim**, **nhn-anw**, **nhn-etrs**, **nhn-fieldlab**, **zco-bedden**");
        assertThat(field(summary, "KPI totals (per measure: label and unit)"))
                .contains("Extra leerlingen (personen): 140 of 225 (62%)");
        assertThat(field(summary, "Help needed (5)"))
                .contains("**zco-platform**")
                .contains("ICT-architect");
        assertThat(summary.pages())
                .extracting(Page::title)
                .containsExactly(
                        card.title(),
                        "Overdue milestones (3)",
                        "Still due this period (4)",
                        "Next period (2021-Q4) (14)",
                        "Reached this period (4)",
                        "Not reported for 2021-Q3 (5)",
                        "Help needed (5)",
                        "By theme (19)",
                        "By theme (19)");
        assertThat(ShownMarkup.of(summary.pages().get(1).text()))
                .startsWith("• **nhn-etrs** #1 Contract en SLA via Sigra — 1-7-21 (2021-07-01) · <@demo-daan>");
        // Everything fits the pages, so the only file is the chart
        assertThat(summary.attachments())
                .extracting(Attachment::fileName)
                .containsExactly("summary-network-2021-Q3.png");
        BufferedImage chart = ImageIO.read(
                new ByteArrayInputStream(summary.attachments().get(0).content()));
        assertThat(chart.getWidth()).isEqualTo(SummaryChart.WIDTH);
        assertThat(chart.getHeight()).isGreaterThan(600);
        // Opaque light background of its own, readable on Discord's dark and light themes
        assertThat(chart.getColorModel().hasAlpha()).isFalse();
        assertThat(chart.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xF4F6F8);
    }

    @Test
    void speaksDutch() {
        CommandResponse summary =
                dutch.run(MANAGER, "summary", null, "region", "Zeeland", "period", "derde kwartaal 2021");

        assertThat(summary.pages().get(0).title()).isEqualTo("Regiosamenvatting — Zeeland · 2021-Q3");
        assertThat(text(summary))
                .isEqualTo("Periode 01-07-2021 t/m 30-09-2021 · peildatum 20-09-2021 · verschillen ten opzichte van"
                        + " 2021-Q2 (vorige ronde)\nVoorlopig: de rapportageronde 2021-Q3 is open tot en met 10 oktober"
                        + " 2021; de cijfers kunnen nog veranderen.");
        assertThat(field(summary, "Projecten")).isEqualTo("13 (vorige ronde: 13)");
        assertThat(field(summary, "Status (verschil)"))
                .contains("Lopend: **12** (0)")
                .contains("Nog niet gestart: **0** (−1)")
                .contains("Afgerond, succesvol: **1** (+1)");
        assertThat(field(summary, "Niet gerapporteerd over 2021-Q3")).isEqualTo("1 project: **zco-bedden**");
        assertThat(field(summary, "Mijlpalen"))
                .isEqualTo("Behaald 2 · nog deze periode 2 · volgende periode 10 · verlopen 2");
        assertThat(summary.attachments().get(0).fileName()).isEqualTo("samenvatting-zeeland-2021-Q3.png");
    }

    @Test
    void readsSubregionsPillarsAndPastPeriods() {
        CommandResponse foodValley = english.run(MANAGER, "summary", null, "region", "food valley");
        CommandResponse instroom = english.run(MANAGER, "summary", null, "pillar", "instroom", "period", "H1 2021");

        assertThat(foodValley.pages().get(0).title()).isEqualTo("Regional summary — Arnhem – Food Valley · 2021-Q3");
        assertThat(field(foodValley, "Projects")).isEqualTo("2 (previous round: 2)");
        assertThat(instroom.pages().get(0).title()).isEqualTo("Regional summary — Instroom · 2021-H1");
        assertThat(text(instroom)).contains("as of 2021-06-30");
        // The demo projects were added on 4 January, after the half year began
        assertThat(field(instroom, "Projects")).isEqualTo("8 (previous round: 0)");
    }

    @Test
    void filtersOnASubregionThatProjectsCarryInSummariesAndProjectLists() {
        // GIVEN the demo, whose projects carry subregions the network does not list (Kop van Noord-Holland, …)

        // WHEN a summary and a project list are asked for such a subregion, typed in any case
        CommandResponse kop = english.run(MANAGER, "summary", null, "region", "kop van noord-holland");
        CommandResponse westFriesland = english.run(MANAGER, "project", "list", "region", "West-Friesland");

        // THEN they cover the projects there, under their region
        assertThat(kop.tone()).as(text(kop)).isNotEqualTo(Tone.ERROR);
        assertThat(kop.pages().get(0).title())
                .isEqualTo("Regional summary — Noord-Holland Noord – Kop van Noord-Holland · 2021-Q3");
        assertThat(field(kop, "Projects")).startsWith("1 ");
        assertThat(westFriesland.tone()).as(text(westFriesland)).isNotEqualTo(Tone.ERROR);
        assertThat(westFriesland.pages().get(0).title()).isEqualTo("Projects (1)");
        assertThat(text(westFriesland)).contains("nhn-talent");
    }

    @Test
    void listsTheKnownRegionsEachWithItsSubregionsWhenARegionIsUnknown() {
        CommandResponse summary = english.run(MANAGER, "summary", null, "region", "Atlantis");
        CommandResponse list = english.run(MANAGER, "project", "list", "region", "Atlantis");

        for (CommandResponse unknown : List.of(summary, list)) {
            assertThat(text(unknown))
                    .startsWith("Unknown region Atlantis. Known regions: Zeeland, West-Brabant")
                    .contains("Twente, Arnhem (Arnhem, Food Valley, Achterhoek), Waardenland")
                    .contains("Nijmegen (Nijmegen, Rivierenland)")
                    .doesNotContain("Arnhem, Arnhem");
        }
        // Subregions only projects carry are named too
        assertThat(text(summary)).contains("Kop van Noord-Holland");
    }

    @Test
    void takesThemeAsTheThemeWhenAPillarHasTheSameNameAndPillarAsThePillar() {
        // GIVEN Behoud, a theme of two demo projects and the pillar of six
        CommandResponse theme = english.run(MANAGER, "summary", null, "theme", "Behoud");
        CommandResponse pillar = english.run(MANAGER, "summary", null, "pillar", "behoud");
        CommandResponse both = english.run(MANAGER, "summary", null, "theme", "Behoud", "pillar", "Behoud");

        assertThat(field(theme, "Projects")).startsWith("2 ");
        assertThat(field(pillar, "Projects")).startsWith("6 ");
        assertThat(field(both, "Projects")).startsWith("2 ");
    }

    @Test
    void saysSoForAnEmptySelection() {
        CommandResponse twente = english.run(MANAGER, "summary", null, "region", "Twente");

        assertThat(text(twente)).endsWith("No projects in this selection.");
        assertThat(twente.attachments()).isEmpty();
    }

    @Test
    void explainsUnknownRegionsThemesAndPeriods() {
        CommandResponse region = english.run(MANAGER, "summary", null, "region", "Atlantis");
        CommandResponse theme = english.run(MANAGER, "summary", null, "theme", "Ruimtevaart");
        CommandResponse period = english.run(MANAGER, "summary", null, "period", "ooit");
        CommandResponse future = english.run(MANAGER, "summary", null, "period", "Q1 2022");

        assertThat(region.tone()).isEqualTo(Tone.ERROR);
        assertThat(text(region)).startsWith("Unknown region Atlantis. Known regions: Zeeland, West-Brabant");
        assertThat(text(theme)).startsWith("Unknown theme Ruimtevaart. This network's themes: Instroom, Behoud");
        assertThat(text(period))
                .isEqualTo("Cannot read the period ooit. Use a quarter, half year, month or year, for"
                        + " example: Q3 2021, 2021-Q3, H2 2021, september 2021, 2021-09, 2021.");
        assertThat(text(future)).isEqualTo("The period 2022-Q1 has not started yet.");
        assertThat(future.isPrivate()).isTrue();
    }

    @Test
    void isReadByMembersUnlessTheNetworkClosedIt() {
        TestRequests other = TestRequests.inNewNetwork(registry);
        CommandResponse open = other.run(MEMBER, "summary", null);
        NetworkSettings settings = networks.get(other.network());
        NetworkSettings.Builder closedToMembers = settings.toBuilder();
        closedToMembers.membersMayRead = false;
        networks.save(closedToMembers.build());

        CommandResponse closed = other.run(MEMBER, "summary", null);
        CommandResponse manager = other.run(MANAGER, "summary", null);

        assertThat(open.tone()).isNotEqualTo(Tone.ERROR);
        assertThat(text(closed)).isEqualTo("This network shows project status to project leaders and managers only.");
        assertThat(manager.tone()).isNotEqualTo(Tone.ERROR);
    }

    @Test
    void suggestsRegionsWithSubregionsAndThemesWithPillars() {
        var request = english.request(MANAGER, "summary", null, "x", "region", "food");
        var themes = english.request(MANAGER, "summary", null, "y", "theme", "acute");

        assertThat(registry.suggest(request, "region"))
                .extracting(s -> s.value())
                .containsExactly("Food Valley");
        assertThat(registry.suggest(themes, "theme")).extracting(s -> s.value()).containsExactly("Acute zorg");
    }
}
