package nl.regiotafel.commands.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ReportCsvTest {

    /** The columns of the report's first version, as the README documents them. */
    private static final List<String> FIRST = List.of(
            "code",
            "name",
            "region",
            "subregion",
            "theme",
            "pillar",
            "status",
            "phase",
            "health",
            "leaders",
            "portfolio_holders",
            "organisations",
            "goal",
            "update_period",
            "update_posted_on",
            "update_author",
            "results",
            "next_actions",
            "risks",
            "help_needed",
            "next_milestone",
            "next_milestone_due",
            "next_milestone_date",
            "open_milestones",
            "overdue_milestones",
            "milestones_reached_in_period",
            "kpis",
            "round");

    @Test
    void keepsItsDocumentedColumnsAndAddsNewOnesAtTheEnd() {
        assertThat(ReportCsv.COLUMNS.subList(0, FIRST.size())).isEqualTo(FIRST);
        // A field defined after the first version gets its column after round
        assertThat(ReportCsv.COLUMNS.subList(FIRST.size(), ReportCsv.COLUMNS.size()))
                .startsWith("related");
        assertThat(ReportCsv.COLUMNS).doesNotHaveDuplicates();
    }
}
