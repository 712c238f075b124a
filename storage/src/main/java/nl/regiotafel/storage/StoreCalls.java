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
        return REGEX_SPECIAL.matcher(text).replaceAll(m -> "\\\\" + m.group().replace("\\", "\\\\"));
    }
}
