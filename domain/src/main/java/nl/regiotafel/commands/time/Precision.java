package nl.regiotafel.commands.time;

/**
 * How exactly a {@link DueDate} was written: on a day, or only as a period that ends on the stored date. Reminders and
 * reports use it to say "in Q4 2021" rather than pretend the user meant 31 December.
 */
public enum Precision {
    DAY,
    MONTH,
    QUARTER,
    HALF,
    SEASON,
    YEAR
}
