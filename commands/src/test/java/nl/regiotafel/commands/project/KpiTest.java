package nl.regiotafel.commands.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class KpiTest {

    @Test
    void aLowerIsBetterKpiAboveItsTargetIsNotAchieved() {
        Kpi absence = new Kpi("Verzuim", "%", null, 6.0, 7.2, Kpi.Direction.LOWER);

        assertThat(absence.progress()).isZero();
        assertThat(absence.withActual(5.9).progress()).isEqualTo(1.0);
    }

    @Test
    void aLowerIsBetterKpiWithABaselineMovesFromItTowardsTheTarget() {
        Kpi absence = new Kpi("Verzuim", "%", 8.0, 6.0, 7.0, Kpi.Direction.LOWER);

        assertThat(absence.progress()).isEqualTo(0.5);
        assertThat(absence.withActual(9.0).progress()).isZero();
    }

    @Test
    void aHigherIsBetterKpiIsAsBefore() {
        assertThat(new Kpi("Artsen", "personen", 0.0, 15.0, 6.0).progress()).isEqualTo(0.4);
        assertThat(new Kpi("Artsen", "personen", null, 15.0, 30.0).progress()).isEqualTo(1.0);
    }

    @Test
    void onlyTheSameLabelAndUnitAreTheSameMeasure() {
        Kpi a = new Kpi("Extra leerlingen", "personen", null, 10.0, 5.0);

        assertThat(a.sameMeasure(new Kpi("extra leerlingen", "Personen", null, 3.0, 1.0)))
                .isTrue();
        assertThat(a.sameMeasure(new Kpi("Artsen", "personen", null, 3.0, 1.0))).isFalse();
    }

    @Test
    void readsTheDirectionInBothLanguages() {
        assertThat(Kpi.Direction.parse("lager")).contains(Kpi.Direction.LOWER);
        assertThat(Kpi.Direction.parse("Lower")).contains(Kpi.Direction.LOWER);
        assertThat(Kpi.Direction.parse("hoger")).contains(Kpi.Direction.HIGHER);
        assertThat(Kpi.Direction.parse("sideways")).isEmpty();
    }
}
