package nl.regiotafel.bot.console;

import java.util.Arrays;

/** A console line that cannot be read as a command; carries a message key for the reply. */
final class ConsoleSyntaxException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    ConsoleSyntaxException(String key, Object... args) {
        super(key + Arrays.toString(args), null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
