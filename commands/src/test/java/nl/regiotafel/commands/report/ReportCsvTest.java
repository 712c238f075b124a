package nl.regiotafel.commands.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ReportCsvTest {

    @Test
    void quotesOnlyWhatMustBeQuoted() {
        assertThat(ReportCsv.field("Zeeland", ';')).isEqualTo("Zeeland");
        assertThat(ReportCsv.field("SVRZ, Viazorg", ';')).isEqualTo("SVRZ, Viazorg");
        assertThat(ReportCsv.field("SVRZ, Viazorg", ',')).isEqualTo("\"SVRZ, Viazorg\"");
        assertThat(ReportCsv.field("een \"pilot\"; twee", ';')).isEqualTo("\"een \"\"pilot\"\"; twee\"");
        assertThat(ReportCsv.field("regel 1\nregel 2", ',')).isEqualTo("\"regel 1\nregel 2\"");
        assertThat(ReportCsv.field(null, ',')).isEmpty();
    }

    @Test
    void neverLetsUserTextRunAsASpreadsheetFormula() {
        assertThat(ReportCsv.field("=HYPERLINK(\"x\")", ';')).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportCsv.field("+31 6", ';')).isEqualTo("'+31 6");
        assertThat(ReportCsv.field("@demo-sanne", ';')).isEqualTo("'@demo-sanne");
    }

    @Test
    void keepsItsDocumentedColumns() {
        assertThat(ReportCsv.COLUMNS)
                .startsWith("code", "name", "region", "subregion", "theme", "pillar", "status", "phase", "health")
                .endsWith("milestones_reached_in_period", "kpis", "round")
                .doesNotHaveDuplicates()
                .hasSize(28);
    }
}
