package nl.regiotafel.commands.text;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as people write them: {@code 7}, {@code -3}, {@code 7.2} or {@code 7,2} (Dutch), and nothing else. Java's own
 * parser also takes {@code 0x1p3}, {@code 5d}, {@code 5f}, {@code 1e3}, {@code NaN} and {@code Infinity}, which no one
 * means as a KPI value.
 */
public final class Decimals {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(?:[.,]\\d{1,15})?");

    /** The largest value accepted; beyond it a value is a typo, and doubles lose whole numbers. */
    public static final double MAX = 1e12;

    private Decimals() {}

    /** The number, or empty when {@code text} is not written as above or is beyond {@link #MAX}. */
    public static OptionalDouble parse(String text) {
        String stripped = text.strip();
        if (!DECIMAL.matcher(stripped).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(stripped.replace(',', '.'));
        return Math.abs(value) > MAX ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
