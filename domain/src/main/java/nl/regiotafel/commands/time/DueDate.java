package nl.regiotafel.commands.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import nl.regiotafel.commands.i18n.Messages;

/**
 * A deadline as a user wrote it ({@code label}) and as we resolved it. For a period ({@code Q4 2021}, {@code zomer
 * 2021}) {@code date} is the last day of that period, so "due in Q4" is overdue only from 1 January. Read with
 * {@link DueDateParser#parse(String)}.
 *
 * @param date the day, or the last day of the period
 * @param precision whether the user named a day or a period
 * @param label the text as the user wrote it, trimmed
 */
public record DueDate(LocalDate date, Precision precision, String label) {

    public DueDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The label with the resolved date, e.g. {@code Q4 2021 (31-12-2021)} in Dutch and {@code Q4 2021 (2021-12-31)} in
     * English, so the user sees what we understood without losing their own words.
     */
    public String display(Locale locale) {
        Messages messages = Messages.of(locale);
        String day = messages.shortDate(date);
        return messages.get("due.display", label, day);
    }
}
