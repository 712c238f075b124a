package nl.regiotafel.commands.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class DueDateParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            Q4 2021                     | 2021-12-31
            q4 2021                     | 2021-12-31
            Q 4 2021                    | 2021-12-31
            Q4-2021                     | 2021-12-31
            Q4 '21                      | 2021-12-31
            2021-Q4                     | 2021-12-31
            2021-q1                     | 2021-03-31
            Q1 2021                     | 2021-03-31
            Q2 2021                     | 2021-06-30
            Q3 2021                     | 2021-09-30
            4e kwartaal 2021            | 2021-12-31
            1e kwartaal 2021            | 2021-03-31
            2e kwartaal 2021            | 2021-06-30
            3e kwartaal 2021            | 2021-09-30
            1ste kwartaal 2021          | 2021-03-31
            eerste kwartaal 2021        | 2021-03-31
            tweede kwartaal 2021        | 2021-06-30
            derde kwartaal 2021         | 2021-09-30
            vierde kwartaal 2021        | 2021-12-31
            Vierde Kwartaal 2021        | 2021-12-31
            het vierde kwartaal van 2021| 2021-12-31
            fourth quarter 2021         | 2021-12-31
            4th quarter 2021            | 2021-12-31
            first quarter 2021          | 2021-03-31
            2nd quarter 2021            | 2021-06-30
            third quarter 2021          | 2021-09-30
            the fourth quarter of 2021  | 2021-12-31
            """)
    void readsQuartersAsTheirLastDay(String text, LocalDate expected) {
        // WHEN
        DueDate due = DueDateParser.parse(text);

        // THEN
        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.precision()).isEqualTo(Precision.QUARTER);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1-10-21          | 2021-10-01
            01-10-2021       | 2021-10-01
            1-10-2021        | 2021-10-01
            1/10/2021        | 2021-10-01
            1.10.2021        | 2021-10-01
            31-12-21         | 2021-12-31
            29-02-2024       | 2024-02-29
            2021-10-01       | 2021-10-01
            2021-1-5         | 2021-01-05
            1 oktober 2021   | 2021-10-01
            1 October 2021   | 2021-10-01
            1 okt 2021       | 2021-10-01
            1 okt. 2021      | 2021-10-01
            1 oct 2021       | 2021-10-01
            1 oktober 21     | 2021-10-01
            October 1, 2021  | 2021-10-01
            october 1 2021   | 2021-10-01
            15 mrt 2022      | 2022-03-15
            15 mar. 2022     | 2022-03-15
            3 mei 2021       | 2021-05-03
            3 May 2021       | 2021-05-03
            30 sept. 2021    | 2021-09-30
            """)
    void readsDaysDayFirstInNumbersOrWithAMonthName(String text, LocalDate expected) {
        // WHEN
        DueDate due = DueDateParser.parse(text);

        // THEN
        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.precision()).isEqualTo(Precision.DAY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            januari   | january  | jan  | 2021-01-31
            februari  | february | feb  | 2021-02-28
            maart     | march    | mrt  | 2021-03-31
            april     | april    | apr  | 2021-04-30
            mei       | may      | mei  | 2021-05-31
            juni      | june     | jun  | 2021-06-30
            juli      | july     | jul  | 2021-07-31
            augustus  | august   | aug  | 2021-08-31
            september | september| sep  | 2021-09-30
            oktober   | october  | okt  | 2021-10-31
            november  | november | nov  | 2021-11-30
            december  | december | dec  | 2021-12-31
            """)
    void readsEveryMonthInDutchEnglishAndAbbreviatedAsItsLastDay(
            String dutch, String english, String abbreviation, LocalDate expected) {
        for (String name : new String[] {dutch, english, abbreviation, abbreviation + ".", capitalised(english)}) {
            // WHEN
            DueDate due = DueDateParser.parse(name + " 2021");

            // THEN
            assertThat(due.date()).as(name).isEqualTo(expected);
            assertThat(due.precision()).as(name).isEqualTo(Precision.MONTH);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            mar 2021  | 2021-03-31
            may 2021  | 2021-05-31
            sept 2021 | 2021-09-30
            oct 2021  | 2021-10-31
            febr 2024 | 2024-02-29
            2021-10   | 2021-10-31
            okt 2021  | 2021-10-31
            """)
    void readsOtherMonthSpellings(String text, LocalDate expected) {
        // WHEN
        DueDate due = DueDateParser.parse(text);

        // THEN
        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.precision()).isEqualTo(Precision.MONTH);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            voorjaar 2021     | 2021-05-31
            lente 2021        | 2021-05-31
            spring 2021       | 2021-05-31
            zomer 2021        | 2021-08-31
            Zomer van 2021    | 2021-08-31
            in de zomer van 2021 | 2021-08-31
            summer 2021       | 2021-08-31
            najaar 2021       | 2021-11-30
            herfst 2021       | 2021-11-30
            autumn 2021       | 2021-11-30
            fall 2021         | 2021-11-30
            winter 2021       | 2022-02-28
            winter 2023       | 2024-02-29
            """)
    void readsSeasonsAsMeteorologicalAndTheirLastDay(String text, LocalDate expected) {
        // WHEN
        DueDate due = DueDateParser.parse(text);

        // THEN
        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.precision()).isEqualTo(Precision.SEASON);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            H1 2021            | 2021-06-30
            H2 2021            | 2021-12-31
            h 2 2021           | 2021-12-31
            2021-H2            | 2021-12-31
            eerste helft 2021  | 2021-06-30
            tweede helft 2021  | 2021-12-31
            1e helft 2021      | 2021-06-30
            2e helft 2021      | 2021-12-31
            tweede halfjaar 2021 | 2021-12-31
            first half 2021    | 2021-06-30
            second half 2021   | 2021-12-31
            second half of 2021 | 2021-12-31
            """)
    void readsHalvesAsTheirLastDay(String text, LocalDate expected) {
        // WHEN
        DueDate due = DueDateParser.parse(text);

        // THEN
        assertThat(due.date()).isEqualTo(expected);
        assertThat(due.precision()).isEqualTo(Precision.HALF);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            begin 2022      | 2022-03-31 | QUARTER
            Begin van 2022  | 2022-03-31 | QUARTER
            early 2022      | 2022-03-31 | QUARTER
            medio 2021      | 2021-06-30 | MONTH
            mid 2021        | 2021-06-30 | MONTH
            mid-2021        | 2021-06-30 | MONTH
            eind 2021       | 2021-12-31 | MONTH
            eind van 2021   | 2021-12-31 | MONTH
            end 2021        | 2021-12-31 | MONTH
            end of 2021     | 2021-12-31 | MONTH
            2021            | 2021-12-31 | YEAR
            2000            | 2000-12-31 | YEAR
            2100            | 2100-12-31 | YEAR
            """)
    void readsPartsOfAYearAndWholeYears(String text, LocalDate expectedDate, Precision expectedPrecision) {
        // WHEN
        DueDate due = DueDateParser.parse(text);

        // THEN
        assertThat(due.date()).isEqualTo(expectedDate);
        assertThat(due.precision()).isEqualTo(expectedPrecision);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            per 1 oktober 2021           | 2021-10-01 | DAY
            vanaf 1-10-2021              | 2021-10-01 | DAY
            uiterlijk 1 oktober 2021     | 2021-10-01 | DAY
            by 2021-10-01                | 2021-10-01 | DAY
            in oktober 2021              | 2021-10-31 | MONTH
            uiterlijk in oktober 2021    | 2021-10-31 | MONTH
            by the end of 2021           | 2021-12-31 | MONTH
            uiterlijk in het vierde kwartaal van 2021 | 2021-12-31 | QUARTER
            in Q4 2021                   | 2021-12-31 | QUARTER
            """)
    void ignoresWordsAroundTheDateThatDoNotChangeIt(String text, LocalDate expectedDate, Precision expectedPrecision) {
        // WHEN
        DueDate due = DueDateParser.parse(text);

        // THEN
        assertThat(due.date()).isEqualTo(expectedDate);
        assertThat(due.precision()).isEqualTo(expectedPrecision);
    }

    @Test
    void keepsTheTextAsWrittenButTrimmedAsLabel() {
        // WHEN
        DueDate due = DueDateParser.parse("  Uiterlijk   Q4  2021 \t");

        // THEN
        assertThat(due.label()).isEqualTo("Uiterlijk   Q4  2021");
        assertThat(due.date()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void toleratesExtraAndNonBreakingSpaces() {
        // WHEN
        DueDate due = DueDateParser.parse("vierde\u00A0kwartaal    2021");

        // THEN
        assertThat(due.date()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(due.precision()).isEqualTo(Precision.QUARTER);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "   ",
                "31-02-2021",
                "29-02-2021",
                "13-13-2021",
                "1-13-2021",
                "0-10-2021",
                "2021-02-30",
                "2021-13",
                "Q5 2021",
                "Q0 2021",
                "H3 2021",
                "2021-Q5",
                "vijfde kwartaal 2021",
                "derde helft 2021",
                "1999",
                "2101",
                "Q4 1999",
                "1 oktober 2101",
                "31-12-1999",
                "21",
                "binnenkort",
                "volgend jaar",
                "next year",
                "oktober",
                "1 oktober",
                "Q4",
                "smarch 2021",
                "1-10/2021",
                "per",
                "kwartaal 2021",
            })
    void rejectsWhatItCannotReadWithTheAcceptedForms(String text) {
        // WHEN / THEN
        assertThatThrownBy(() -> DueDateParser.parse(text)).isInstanceOfSatisfying(UserError.class, error -> {
            assertThat(error.key()).isEqualTo("error.due.unreadable");
            assertThat(error.args()).containsExactly(text.strip(), DueDateParser.EXAMPLES);
        });
    }

    @Test
    void rejectsMissingText() {
        // WHEN / THEN
        assertThatThrownBy(() -> DueDateParser.parse(null))
                .isInstanceOfSatisfying(
                        UserError.class, error -> assertThat(error.key()).isEqualTo("error.due.unreadable"));
    }

    @Test
    void tryParseIsEmptyInsteadOfThrowing() {
        // WHEN / THEN
        assertThat(DueDateParser.tryParse("binnenkort")).isEmpty();
        assertThat(DueDateParser.tryParse("31-02-2021")).isEmpty();
        assertThat(DueDateParser.tryParse("Q4 2021"))
                .contains(new DueDate(LocalDate.of(2021, 12, 31), Precision.QUARTER, "Q4 2021"));
    }

    @Test
    void examplesInTheErrorAreThemselvesAccepted() {
        for (String example : DueDateParser.EXAMPLES.split(", ")) {
            // WHEN / THEN
            assertThat(DueDateParser.tryParse(example)).as(example).isPresent();
        }
    }

    @Test
    void explainsTheErrorInDutchAndEnglishWithTheTextAndExamples() {
        // GIVEN
        UserError error = catchThrowableOfType(UserError.class, () -> DueDateParser.parse("binnenkort"));

        // WHEN
        String dutch = Messages.of(Messages.DUTCH).get(error.key(), error.args());
        String english = Messages.of(Messages.ENGLISH).get(error.key(), error.args());

        // THEN
        assertThat(dutch)
                .isEqualTo("Datum binnenkort is niet te lezen. Gebruik bijvoorbeeld: " + DueDateParser.EXAMPLES
                        + ", een seizoen (zomer 2021) of begin, medio of eind 2021.");
        assertThat(english)
                .isEqualTo("Cannot read the date binnenkort. Use for example: " + DueDateParser.EXAMPLES
                        + ", a season (summer 2021) or early, mid or end 2021.");
    }

    private static String capitalised(String english) {
        // Capitalised as at the start of a sentence: case must not matter
        return english.substring(0, 1).toUpperCase(Locale.ROOT) + english.substring(1);
    }
}
