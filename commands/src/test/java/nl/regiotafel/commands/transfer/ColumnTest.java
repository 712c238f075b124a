package nl.regiotafel.commands.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ColumnTest {

    @ParameterizedTest
    @CsvSource({
        "code, CODE",
        "Projectcode, CODE",
        "PROJECT CODE, CODE",
        "projectnaam, NAME",
        "Naam, NAME",
        "Project name, NAME",
        "regio, REGION",
        "Région, REGION",
        "subregio, SUBREGION",
        "Sub-region, SUBREGION",
        "thema, THEME",
        "Thema's, THEME",
        "pijler, PILLAR",
        "Pillar, PILLAR",
        "Projectleider, LEADERS",
        "project-leiders, LEADERS",
        "Leader, LEADERS",
        "doel, GOAL",
        "Goal, GOAL",
        "fase, PHASE",
        "Phase, PHASE",
        "Status, STATUS",
        "portefeuillehouders, PORTFOLIO_HOLDERS",
        "Portfolio holders, PORTFOLIO_HOLDERS",
        "organisaties, ORGANISATIONS",
        "Organisations, ORGANISATIONS",
        "mijlpaal, MILESTONE",
        "Milestone, MILESTONE",
        "Mijlpaal nr, MILESTONE_NUMBER",
        "datum, DUE",
        "Due, DUE",
        "Behaald op, DONE_ON",
        "done on, DONE_ON",
        "eigenaar, OWNER",
        "Owner, OWNER"
    })
    void recognisesHeadersInDutchAndEnglishIgnoringCaseAccentsAndPunctuation(String header, Column expected) {
        assertThat(Column.of(header)).contains(expected);
    }

    @Test
    void ignoresHeadersItDoesNotKnow() {
        assertThat(Column.of("Opmerkingen")).isEqualTo(Optional.empty());
        assertThat(Column.of("")).isEqualTo(Optional.empty());
    }

    @Test
    void writesTheFirstSynonymOfTheReadersLanguage() {
        assertThat(Column.valueOf("LEADERS").header(Messages.DUTCH)).isEqualTo("projectleiders");
        assertThat(Column.valueOf("LEADERS").header(Messages.ENGLISH)).isEqualTo("leaders");
        for (Column column : Column.layout()) {
            assertThat(Column.of(column.header(Messages.DUTCH))).contains(column);
            assertThat(Column.of(column.header(Messages.ENGLISH))).contains(column);
        }
    }
}
