package nl.regiotafel.commands.summary;

import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.summary.SummaryData.HelpItem;
import nl.regiotafel.commands.summary.SummaryData.KpiTotal;
import nl.regiotafel.commands.summary.SummaryData.MilestoneItem;
import nl.regiotafel.commands.summary.SummaryData.ProjectRef;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.DemoFixture;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The counts of the demo network, computed by hand from the demo data (see {@code DemoNetwork}'s Javadoc), against
 * the real embedded store.
 */
@CommandTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SummaryStoreTest {

    @Wired
    DemoFixture demo;

    @Wired
    SummaryStore summaries;

    @Wired
    NetworkStore networks;

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    private String network;

    @BeforeAll
    void loadDemo() {
        network = demo.load(DemoFixture.SEPTEMBER_20);
    }

    private SummaryData summarize(String id, SummaryScope scope, String period, Instant now) {
        var settings = networks.get(id);
        return summaries.summarize(SummaryQuery.of(
                id, scope, ReportingPeriod.parse(period), settings.calendar(), settings.zone(), now, 100));
    }

    private SummaryData summarize(SummaryScope scope, String period) {
        return summarize(network, scope, period, DemoFixture.SEPTEMBER_20);
    }

    @Test
    void countsTheWholeDemoNetworkInTheRunningQuarterWithTheChangeSinceItsStart() {
        SummaryData q3 = summarize(SummaryScope.wholeNetwork(), "Q3 2021");

        // ANW-Zorg Kop was added in July; Smart Glasses and Teamreflectie finished, the platform started
        assertThat(q3.projects()).isEqualTo(25);
        assertThat(q3.projectsAtStart()).isEqualTo(24);
        assertThat(q3.statusAtStart())
                .containsEntry(ProjectStatus.LOPEND, 22)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 1)
                .containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 1)
                .containsEntry(ProjectStatus.AFGEROND_NIET_SUCCESVOL, 0)
                .containsEntry(ProjectStatus.VROEGTIJDIG_GESTOPT, 0);
        assertThat(q3.statusAtEnd())
                .containsEntry(ProjectStatus.LOPEND, 21)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 1)
                .containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 3);
        assertThat(SummaryData.successRate(q3.statusAtEnd())).isEqualTo(1.0);
        assertThat(q3.phaseAtStart())
                .isEqualTo(Map.of(
                        Phase.PLAN_VAN_AANPAK, 2,
                        Phase.BESTUURLIJK_AKKOORD, 1,
                        Phase.UITVOERING, 11,
                        Phase.ONTWERP, 4,
                        Phase.REALISATIE, 5,
                        Phase.BORGING, 1));
        assertThat(q3.phaseAtEnd())
                .isEqualTo(Map.of(
                        Phase.PLAN_VAN_AANPAK, 2,
                        Phase.BESTUURLIJK_AKKOORD, 2,
                        Phase.UITVOERING, 10,
                        Phase.ONTWERP, 3,
                        Phase.REALISATIE, 5,
                        Phase.BORGING, 3));
        assertThat(q3.byPillar())
                .isEqualTo(Map.of("Arbeidsbesparing", 4, "Behoud", 6, "Instroom", 8, "Ketensamenwerking", 6, "", 1));
        assertThat(q3.statusByTheme().get("Zorg en technologie"))
                .containsEntry(ProjectStatus.LOPEND, 1)
                .containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 1);
        assertThat(q3.health()).isEqualTo(Map.of(Health.OP_SCHEMA, 16, Health.AANDACHT, 5, Health.VERTRAAGD, 3));
        assertThat(q3.healthNone()).isEqualTo(1);
        assertThat(q3.organisations()).isEqualTo(32);
    }

    @Test
    void listsTheDemoMilestonesOfTheRunningQuarter() {
        SummaryData q3 = summarize(SummaryScope.wholeNetwork(), "Q3 2021");

        assertThat(q3.doneThisPeriod().items())
                .extracting(MilestoneItem::projectCode)
                .containsExactly("tizv-glasses", "tizv-academici", "nhn-talent", "mbr-teamreflectie");
        assertThat(q3.dueThisPeriod().items())
                .extracting(MilestoneItem::projectCode)
                .containsExactly("arn-nieuwkomers", "nhn-toolkit", "tizv-opleiden", "zco-data");
        assertThat(q3.dueNextPeriod().total()).isEqualTo(14);
        assertThat(q3.overdue().items())
                .extracting(MilestoneItem::projectCode, MilestoneItem::number)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nhn-etrs", 1),
                        org.assertj.core.groups.Tuple.tuple("tizv-rol", 2),
                        org.assertj.core.groups.Tuple.tuple("zco-platform", 1));
        assertThat(q3.overdue().items().get(0).leaders()).containsExactly("demo-daan");
        assertThat(q3.months())
                .extracting(SummaryData.MonthCount::month)
                .containsExactly(
                        "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09", "2021-10", "2021-11",
                        "2021-12");
        // July: three due and still open (overdue), Eindevaluatie due and reached
        assertThat(q3.months().get(3)).isEqualTo(new SummaryData.MonthCount("2021-07", 4, 1, 3));
        // Reached April–December: three in June, one in July and August, two in September
        assertThat(q3.months().stream().mapToInt(SummaryData.MonthCount::done).sum())
                .isEqualTo(7);
    }

    @Test
    void listsWhoHasNotReportedTheHelpRequestsAndTheKpiTotals() {
        SummaryData q3 = summarize(SummaryScope.wholeNetwork(), "Q3 2021");

        assertThat(q3.notReported().items())
                .extracting(ProjectRef::code)
                .containsExactly("arn-verzuim", "nhn-anw", "nhn-etrs", "nhn-fieldlab", "zco-bedden");
        assertThat(q3.help().items())
                .extracting(HelpItem::projectCode)
                .containsExactly("zco-platform", "tizv-rol", "tizv-europa", "arn-verzuim", "nhn-etrs");
        assertThat(q3.help().items().get(0).text()).isEqualTo("Capaciteit van een ICT-architect");
        // Only the same measure (label and unit) adds up: the demo's KPIs are all different measures, so "personen"
        // of physicians and of pupils stay apart; percentages (sickness absence) are never added up
        assertThat(q3.kpiTotals()).hasSize(11);
        assertThat(q3.kpiTotals())
                .contains(
                        new KpiTotal("Cliënten met VPT thuis", "cliënten", 1, 250, 160),
                        new KpiTotal("Extra leerlingen", "personen", 1, 225, 140),
                        new KpiTotal("Artsen/psychologen gevestigd in Zeeland", "personen", 1, 15, 6));
        assertThat(q3.kpiTotals()).extracting(KpiTotal::unit).doesNotContain("%");
    }

    @Test
    void scopesToARegion() {
        SummaryData zeeland = summarize(new SummaryScope("Zeeland", null, null, null), "Q3 2021");

        assertThat(zeeland.projects()).isEqualTo(13);
        assertThat(zeeland.statusAtStart())
                .containsEntry(ProjectStatus.LOPEND, 12)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 1);
        assertThat(zeeland.statusAtEnd())
                .containsEntry(ProjectStatus.LOPEND, 12)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 0)
                .containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 1);
        assertThat(zeeland.phaseAtStart())
                .containsEntry(Phase.PLAN_VAN_AANPAK, 2)
                .containsEntry(Phase.UITVOERING, 6)
                .containsEntry(Phase.ONTWERP, 4)
                .containsEntry(Phase.REALISATIE, 1);
        assertThat(zeeland.phaseAtEnd())
                .containsEntry(Phase.PLAN_VAN_AANPAK, 1)
                .containsEntry(Phase.BESTUURLIJK_AKKOORD, 1)
                .containsEntry(Phase.UITVOERING, 5)
                .containsEntry(Phase.ONTWERP, 3)
                .containsEntry(Phase.REALISATIE, 2)
                .containsEntry(Phase.BORGING, 1);
        assertThat(zeeland.organisations()).isEqualTo(11);
        assertThat(zeeland.overdue().total()).isEqualTo(2);
        assertThat(zeeland.notReported().items()).extracting(ProjectRef::code).containsExactly("zco-bedden");
    }

    @Test
    void scopesToASubregionAndToAThemeAndToAPillar() {
        SummaryData foodValley = summarize(new SummaryScope("Arnhem", "Food Valley", null, null), "Q3 2021");
        SummaryData behoud = summarize(new SummaryScope(null, null, null, "Behoud"), "Q3 2021");
        SummaryData behoudTheme = summarize(new SummaryScope(null, null, "Behoud", null), "Q3 2021");
        SummaryData acute = summarize(new SummaryScope("Zeeland", null, "Acute zorg", null), "Q3 2021");

        assertThat(foodValley.projects()).isEqualTo(2);
        // Pillar Behoud: theme Behoud (LWWL, Talent Academy) and four more (Rolontwikkeling, verzuim, Teamreflectie,
        // REIN); theme Behoud: the first two only
        assertThat(behoud.projects()).isEqualTo(6);
        assertThat(behoudTheme.projects()).isEqualTo(2);
        assertThat(behoud.statusAtEnd()).containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 1);
        assertThat(acute.projects()).isEqualTo(2);
        assertThat(acute.phaseAtStart()).containsEntry(Phase.ONTWERP, 2);
        assertThat(acute.phaseAtEnd()).containsEntry(Phase.ONTWERP, 1).containsEntry(Phase.REALISATIE, 1);
    }

    @Test
    void reconstructsAPastQuarterFromTheAuditLog() {
        SummaryData q2 = summarize(SummaryScope.wholeNetwork(), "Q2 2021");

        assertThat(q2.projectsAtStart()).isEqualTo(24);
        assertThat(q2.projects()).isEqualTo(24);
        assertThat(q2.statusAtStart())
                .containsEntry(ProjectStatus.LOPEND, 22)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 2);
        // Changes made later, in Q3, are undone: the first change after the end tells what it was then
        assertThat(q2.statusAtEnd())
                .containsEntry(ProjectStatus.LOPEND, 22)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 1)
                .containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 1);
        assertThat(q2.phaseAtStart())
                .isEqualTo(Map.of(
                        Phase.PLAN_VAN_AANPAK, 3,
                        Phase.BESTUURLIJK_AKKOORD, 2,
                        Phase.UITVOERING, 9,
                        Phase.ONTWERP, 4,
                        Phase.REALISATIE, 6,
                        Phase.BORGING, 0));
        assertThat(q2.phaseAtEnd())
                .isEqualTo(summarize(SummaryScope.wholeNetwork(), "Q3 2021").phaseAtStart());
        assertThat(q2.health()).isEqualTo(Map.of(Health.OP_SCHEMA, 20, Health.AANDACHT, 3, Health.VERTRAAGD, 1));
        assertThat(q2.doneThisPeriod().total()).isEqualTo(3);
        assertThat(q2.dueThisPeriod().total()).isZero();
        assertThat(q2.overdue().total()).isZero();
        // Reached in Q3, so still open at the end of Q2
        assertThat(q2.dueNextPeriod().total()).isEqualTo(11);
        assertThat(q2.help().items()).extracting(HelpItem::projectCode).containsExactly("arn-verzuim", "nhn-etrs");
    }

    @Test
    void countsNothingForAnEmptyScope() {
        SummaryData utrecht2020 = summarize(new SummaryScope("Utrecht", null, null, null), "2020");
        SummaryData twente = summarize(new SummaryScope("Twente", null, null, null), "Q3 2021");

        for (SummaryData empty : new SummaryData[] {utrecht2020, twente}) {
            assertThat(empty.projects()).isZero();
            assertThat(empty.projectsAtStart()).isZero();
            assertThat(empty.organisations()).isZero();
            assertThat(empty.overdue().total()).isZero();
            assertThat(empty.notReported().total()).isZero();
            assertThat(empty.kpiTotals()).isEmpty();
            assertThat(empty.statusByTheme()).isEmpty();
        }
    }

    @Test
    void followsAStatusChangedByHandWithProjectEdit() {
        // GIVEN a project added in Q2 and finished by hand in Q3
        clock.set(Instant.parse("2021-05-03T08:00:00Z"));
        TestRequests bot = TestRequests.inNewNetwork(registry);
        bot.run(
                MANAGER, "project", "add", "code", "p1", "name", "P1", "region", "Zeeland", "theme", "Behoud", "status",
                "lopend");
        clock.set(Instant.parse("2021-08-02T08:00:00Z"));
        bot.run(MANAGER, "project", "edit", "project", "p1", "status", "vroegtijdig-gestopt", "phase", "uitvoering");
        clock.advance(Duration.ofDays(1));

        // WHEN summarising Q3 and Q2
        SummaryData q3 = summarize(bot.network(), SummaryScope.wholeNetwork(), "Q3 2021", clock.instant());
        SummaryData q2 = summarize(bot.network(), SummaryScope.wholeNetwork(), "Q2 2021", clock.instant());

        // THEN Q3 shows the change, and Q2 (which it started in) the status of then
        assertThat(q3.statusAtStart()).containsEntry(ProjectStatus.LOPEND, 1);
        assertThat(q3.statusAtEnd())
                .containsEntry(ProjectStatus.VROEGTIJDIG_GESTOPT, 1)
                .containsEntry(ProjectStatus.LOPEND, 0);
        assertThat(q3.phaseAtStart()).containsEntry(Phase.PLAN_VAN_AANPAK, 1);
        assertThat(q3.phaseAtEnd()).containsEntry(Phase.UITVOERING, 1);
        // Stopped early is not completed (ZN §4.2): no success share yet
        assertThat(SummaryData.successRate(q3.statusAtEnd())).isEqualTo(-1.0);
        assertThat(q2.projectsAtStart()).isZero();
        assertThat(q2.statusAtEnd()).containsEntry(ProjectStatus.LOPEND, 1);
    }
}
