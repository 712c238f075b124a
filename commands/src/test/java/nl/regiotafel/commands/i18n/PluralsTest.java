package nl.regiotafel.commands.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.regiotafel.commands.time.Dates;
import org.junit.jupiter.api.Test;

/** Counts, dates and words as each language writes them. */
final class PluralsTest {

    private static final Messages NL = Messages.of(Messages.DUTCH);
    private static final Messages EN = Messages.of(Messages.ENGLISH);

    @Test
    void writesOneInTheSingularAndMoreInThePlural() {
        assertThat(NL.get("console.more", 1, "a.png")).isEqualTo("Er is 1 bestand geschreven: a.png");
        assertThat(NL.get("console.more", 2, "a.png, b.md")).isEqualTo("Er zijn 2 bestanden geschreven: a.png, b.md");
        assertThat(EN.get("console.more", 1, "a.png")).isEqualTo("1 file written: a.png");
        assertThat(NL.get("import.problems.title", "p.csv", 1))
                .isEqualTo("p.csv: 1 probleem, er is niets geïmporteerd");
        assertThat(NL.get("import.problems.title", "p.csv", 3))
                .isEqualTo("p.csv: 3 problemen, er is niets geïmporteerd");
        assertThat(EN.get("import.problems.title", "p.csv", 1)).isEqualTo("p.csv: 1 problem, nothing was imported");
        assertThat(NL.get("report.moreMilestones", 1)).isEqualTo("… en nog 1 open mijlpaal");
        assertThat(EN.get("export.text", 1, 0, "Zeeland")).startsWith("1 project and no milestones of Zeeland.");
    }

    @Test
    void writesDatesInTextWithTheMonthsName() {
        assertThat(Dates.text(LocalDate.of(2021, 10, 10), Messages.DUTCH)).isEqualTo("10 oktober 2021");
        assertThat(Dates.text(LocalDate.of(2021, 10, 10), Messages.ENGLISH)).isEqualTo("10 October 2021");
    }

    @Test
    void usesOneNameForHealthInEachLanguageAndNaturalDutch() {
        assertThat(NL.get("project.health")).isEqualTo(NL.get("summary.health")).isEqualTo("Signaal");
        assertThat(NL.get("report.statusLine", "Lopend", "Ontwerp", "Op schema"))
                .contains("signaal: Op schema");
        assertThat(EN.get("project.health")).isEqualTo(EN.get("summary.health")).isEqualTo("Health");
        assertThat(NL.get("reminder.late", "maandag")).startsWith("Te laat verstuurd");
    }
}
