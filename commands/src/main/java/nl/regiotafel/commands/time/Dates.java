package nl.regiotafel.commands.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in running text, as each language writes them: {@code 10 oktober 2021}, {@code 10 October 2021}. */
public final class Dates {

    private Dates() {}

    public static String text(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}
