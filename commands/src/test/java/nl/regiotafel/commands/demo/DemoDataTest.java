package nl.regiotafel.commands.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DemoDataTest {

    @Test
    void readsTheDemoFromItsResource() {
        DemoData data = DemoData.load();

        assertThat(data.projects()).hasSize(DemoNetwork.PROJECTS);
        assertThat(data.themes()).hasSize(15).startsWith("Professionals aantrekken");
        assertThat(data.leaders()).hasSize(17).containsEntry("demo-sanne", "Sanne de Wit");
        DemoData.Project first = data.projects().get(0);
        assertThat(first.code()).isEqualTo("tizv-academici");
        assertThat(first.kpis())
                .containsExactly(new DemoData.Kpi("Artsen/psychologen gevestigd in Zeeland", "personen", null, 15));
        assertThat(first.milestones().get(0))
                .isEqualTo(new DemoData.Milestone(
                        "Summerschool Healthy Aging at Sea", "zomer 2021", LocalDate.of(2021, 8, 27)));
        assertThat(first.updates())
                .extracting(DemoData.Update::period)
                .containsExactly("2021-Q1", "2021-Q2", "2021-Q3");
        assertThat(data.projects().stream().mapToInt(p -> p.milestones().size()).sum())
                .isEqualTo(33);
    }

    @Test
    void keepsValuesAsWrittenAndBlocksWithTheirProject() {
        DemoData data = DemoData.parse(List.of(
                "# a comment",
                "[network]",
                "name = Demo",
                "theme = A",
                "theme = B",
                "[leader]",
                "id = demo-x",
                "name = X",
                "[project]",
                "code = p1",
                "name = Eén = twee",
                "region = Zeeland",
                "theme = A",
                "goal = Doel",
                "phase = uitvoering",
                "status = lopend",
                "leader = demo-x",
                "created = 2021-01-04",
                "",
                "[update]",
                "period = 2021-Q1",
                "posted = 2021-03-22",
                "health = op-schema",
                "results = Klaar.",
                "kpis = Plaatsen=2; Leerlingen=3"));

        assertThat(data.themes()).containsExactly("A", "B");
        DemoData.Project p = data.projects().get(0);
        assertThat(p.name()).isEqualTo("Eén = twee");
        assertThat(p.pillar()).isNull();
        assertThat(p.updates().get(0).kpis()).isEqualTo("Plaatsen=2; Leerlingen=3");
        assertThat(p.updates().get(0).phase()).isNull();
    }

    @Test
    void refusesWhatItDoesNotExpectNamingTheLine() {
        assertThatThrownBy(() -> DemoData.parse(List.of("[network]", "name = Demo", "colour = blauw")))
                .hasMessageContaining("line 3")
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> DemoData.parse(List.of("[network]", "name = Demo", "[kpi]", "label = x")))
                .hasMessageContaining("line 3")
                .hasMessageContaining("before any [project]");
        assertThatThrownBy(() -> DemoData.parse(List.of("[network]", "name = Demo", "[project]", "code = p")))
                .hasMessageContaining("line 3")
                .hasMessageContaining("needs name");
        assertThatThrownBy(() -> DemoData.parse(List.of("[netwerk]"))).hasMessageContaining("unknown block");
    }
}
