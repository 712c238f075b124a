package nl.regiotafel.commands.api;

/**
 * Someone else changed the same record between our read and our write. Nothing of ours was written; the user is told
 * to look again and retry, so no edit is silently lost.
 */
public final class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super("Concurrent edit of " + what);
    }
}
