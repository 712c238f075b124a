package nl.regiotafel.commands.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ReportCsvTest {

    @Test
    void keepsItsDocumentedColumns() {
        assertThat(ReportCsv.COLUMNS)
                .startsWith("code", "name", "region", "subregion", "theme", "pillar", "status", "phase", "health")
                .endsWith("milestones_reached_in_period", "kpis", "round")
                .doesNotHaveDuplicates()
                .hasSize(28);
    }
}
