package nl.regiotafel.commands.api;

import java.util.Arrays;

/**
 * Thrown by a command when the user's input or rights do not allow it to run. The registry turns it into a private,
 * localised reply; nothing has been written when it is thrown.
 */
public final class UserError extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    /**
     * @param key message key of the explanation, which names the field and what is accepted
     * @param args message arguments
     */
    public UserError(String key, Object... args) {
        super(key + Arrays.toString(args), null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
