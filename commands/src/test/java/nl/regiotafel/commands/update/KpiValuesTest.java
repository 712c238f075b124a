package nl.regiotafel.commands.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Project;
import org.junit.jupiter.api.Test;

final class KpiValuesTest {

    private static Project project() {
        Project.Builder b = nl.regiotafel.commands.project.ProjectFields.blank("n", "p1", Instant.EPOCH).toBuilder();
        b.name = "P1";
        b.region = "Zeeland";
        b.theme = "Instroom";
        b.status = nl.regiotafel.commands.project.ProjectStatus.LOPEND;
        b.kpis = List.of(new Kpi("Orgs", null, null, 10.0, null), new Kpi("Uren", "uur", null, 100.0, null));
        return b.build();
    }

    private static String message(Runnable parse) {
        try {
            parse.run();
        } catch (UserError e) {
            return Messages.of(Messages.ENGLISH).get(e.key(), e.args());
        }
        throw new AssertionError("no error");
    }

    @Test
    void readsDecimalPointsAndDecimalCommasBetweenPairs() {
        assertThat(UpdateCommand.kpiValues(project(), "Orgs=7,2")).isEqualTo(Map.of("Orgs", 7.2));
        assertThat(UpdateCommand.kpiValues(project(), "orgs=7.2; Uren=12"))
                .isEqualTo(Map.of("Orgs", 7.2, "Uren", 12.0));
        assertThat(UpdateCommand.kpiValues(project(), "Orgs=7,2,Uren=3,5")).isEqualTo(Map.of("Orgs", 7.2, "Uren", 3.5));
        assertThat(UpdateCommand.kpiValues(project(), "Orgs=7, Uren=3")).isEqualTo(Map.of("Orgs", 7.0, "Uren", 3.0));
    }

    @Test
    void refusesWhatJavaWouldReadButNoOneWrites() {
        for (String value : List.of("0x1p3", "5d", "5f", "1e3", "NaN", "Infinity", "7.", ".5", "7,2,3", "1 000")) {
            assertThatThrownBy(() -> UpdateCommand.kpiValues(project(), "Orgs=" + value))
                    .as(value)
                    .isInstanceOf(UserError.class);
        }
        assertThat(message(() -> UpdateCommand.kpiValues(project(), "Orgs=0x1p3")))
                .isEqualTo("‘0x1p3’ is not a number for KPI Orgs: write it as 7, 7.2 or 7,2.");
    }

    @Test
    void saysWhichPartIsWrong() {
        assertThat(message(() -> UpdateCommand.kpiValues(project(), "Orgs=a=b")))
                .isEqualTo("‘a=b’ is not a number for KPI Orgs: write it as 7, 7.2 or 7,2.");
        assertThat(message(() -> UpdateCommand.kpiValues(project(), "Leden=3")))
                .startsWith("Unknown KPI Leden. This project's KPIs: Orgs, Uren.");
        assertThat(message(() -> UpdateCommand.kpiValues(project(), "zeven")))
                .startsWith("KPI value zeven cannot be read: write label=value");
    }
}
