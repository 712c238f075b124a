package nl.regiotafel.commands.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Locale;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;

final class DueDateTest {

    private static final DueDate Q4 = new DueDate(LocalDate.of(2021, 12, 31), Precision.QUARTER, "Q4 2021");

    @Test
    void displaysLabelWithTheDayFirstDateInDutch() {
        // WHEN
        String shown = Q4.display(Messages.DUTCH);

        // THEN
        assertThat(shown).isEqualTo("Q4 2021 (31-12-2021)");
    }

    @Test
    void displaysLabelWithTheIsoDateInEnglish() {
        // WHEN
        String shown = Q4.display(Locale.UK);

        // THEN
        assertThat(shown).isEqualTo("Q4 2021 (2021-12-31)");
    }

    @Test
    void displaysInDutchForALanguageWeDoNotSpeak() {
        // WHEN
        String shown = Q4.display(Locale.GERMAN);

        // THEN
        assertThat(shown).isEqualTo("Q4 2021 (31-12-2021)");
    }

    @Test
    void displaysWhatTheParserReadWithTheUsersOwnWords() {
        // GIVEN
        DueDate due = DueDateParser.parse("zomer van 2021");

        // WHEN
        String shown = due.display(Messages.DUTCH);

        // THEN
        assertThat(shown).isEqualTo("zomer van 2021 (31-08-2021)");
    }

    @Test
    void refusesMissingParts() {
        // WHEN / THEN
        assertThatNullPointerException().isThrownBy(() -> new DueDate(null, Precision.DAY, "x"));
        assertThatNullPointerException().isThrownBy(() -> new DueDate(LocalDate.of(2021, 1, 1), null, "x"));
        assertThatNullPointerException().isThrownBy(() -> new DueDate(LocalDate.of(2021, 1, 1), Precision.DAY, null));
    }
}
