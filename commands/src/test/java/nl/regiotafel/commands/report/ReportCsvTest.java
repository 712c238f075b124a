package nl.regiotafel.commands.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ReportCsvTest {

    @Test
    void keepsItsDocumentedColumns() {
        assertThat(ReportCsv.COLUMNS)
                .startsWith("code", "name", "region", "subregion", "theme", "pillar", "status", "phase", "health")
                .containsSubsequence("milestones_reached_in_period", "kpis", "round")
                // A field defined after the first version gets its column after round
                .endsWith("round", "related")
                .doesNotHaveDuplicates()
                .hasSize(29);
    }
}
