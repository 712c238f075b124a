package nl.regiotafel.commands.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.regiotafel.bot.DemoFixture;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The counts of the demo network, computed by hand from the demo data (see {@code DemoNetwork}'s Javadoc). */
@RegiotafelTest
@Import(DemoFixture.class)
final class SummaryStoreTest {

    @Autowired
    DemoFixture demo;

    @Autowired
    SummaryStore summaries;

    @Autowired
    NetworkStore networks;

    private SummaryData summarize(String network, SummaryScope scope, String period) {
        var settings = networks.get(network);
        return summaries.summarize(SummaryQuery.of(
                network,
                scope,
                ReportingPeriod.parse(period),
                settings.calendar(),
                settings.zone(),
                DemoFixture.SEPTEMBER_20,
                100));
    }

    @Test
    void countsTheDemoNetworkInQ3() {
        String network = demo.load(DemoFixture.SEPTEMBER_20);

        SummaryData q3 = summarize(network, SummaryScope.wholeNetwork(), "Q3 2021");

        assertThat(q3.projects()).isEqualTo(25);
        assertThat(q3.projectsAtStart()).isEqualTo(24);
        assertThat(q3.statusAtStart())
                .containsEntry(ProjectStatus.LOPEND, 22)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 1)
                .containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 1);
        assertThat(q3.statusAtEnd())
                .containsEntry(ProjectStatus.LOPEND, 21)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 1)
                .containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 3);
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
        assertThat(q3.health())
                .isEqualTo(Map.of(Health.OP_SCHEMA, 16, Health.AANDACHT, 5, Health.VERTRAAGD, 3));
        assertThat(q3.healthNone()).isEqualTo(1);
        assertThat(q3.organisations()).isEqualTo(32);
        assertThat(q3.doneThisPeriod().total()).isEqualTo(4);
        assertThat(q3.dueThisPeriod().total()).isEqualTo(4);
        assertThat(q3.dueNextPeriod().total()).isEqualTo(14);
        assertThat(q3.overdue().total()).isEqualTo(3);
        assertThat(q3.notReported().items())
                .extracting(SummaryData.ProjectRef::code)
                .containsExactly("arn-verzuim", "nhn-anw", "nhn-etrs", "nhn-fieldlab", "zco-bedden");
        assertThat(q3.help().items())
                .extracting(SummaryData.HelpItem::projectCode)
                .containsExactly("zco-platform", "tizv-rol", "tizv-europa", "arn-verzuim", "nhn-etrs");
        assertThat(q3.roundTrips()).isEqualTo(4);
        System.out.println(q3);
    }
}
