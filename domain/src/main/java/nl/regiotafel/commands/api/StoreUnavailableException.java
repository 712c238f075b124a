package nl.regiotafel.commands.api;

/** The database did not answer in time; nothing was written. The user is asked to try again. */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
