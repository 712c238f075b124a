package nl.regiotafel.storage;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.regiotafel.commands.api.StoreUnavailableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;

/** Turns driver failures that mean "the database is not there" into the port's {@link StoreUnavailableException}. */
final class StoreCalls {

    private static final Pattern REGEX_SPECIAL = Pattern.compile("[^\\p{L}\\p{N} ]");

    private StoreCalls() {}

    static <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessResourceFailureException | QueryTimeoutException e) {
            throw new StoreUnavailableException(what, e);
        }
    }

    static void run(String what, Runnable work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    /** User text made safe for a {@code $regex}: every character that is not a letter, digit or space is escaped. */
    static String literalRegex(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(codePoint -> {
            String c = Character.toString(codePoint);
            // Only ASCII punctuation has a meaning in a pattern; escaping it makes it literal everywhere
            if (codePoint < 128 && REGEX_SPECIAL.matcher(c).matches()) {
                out.append('\\');
            }
            out.append(c);
        });
        return out.toString();
    }
}
