package nl.regiotafel.commands.text;

import java.text.NumberFormat;
import nl.regiotafel.commands.i18n.Messages;

/** Numbers as the bot writes them: in the reader's notation for people, in one neutral form for logs and files. */
public final class Numbers {

    private Numbers() {}

    /** A number in the reader's notation, at most two decimals, no grouping: 7,2 in Dutch, 7.2 in English. */
    public static String shown(Messages m, Double value, String none) {
        if (value == null) {
            return none;
        }
        NumberFormat format = NumberFormat.getNumberInstance(m.locale());
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A number in the neutral form the audit log and files keep: 7.2, 15. */
    public static String neutral(Double value, String none) {
        if (value == null) {
            return none;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString(value.longValue())
                : value.toString();
    }
}
