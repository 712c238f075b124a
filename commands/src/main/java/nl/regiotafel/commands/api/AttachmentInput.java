package nl.regiotafel.commands.api;

import java.io.IOException;

/**
 * A file given as an option. Reading is deferred, so a command can refuse by size or name before downloading.
 */
public interface AttachmentInput {

    String fileName();

    /** Size in bytes as announced by the platform. */
    long size();

    byte[] read() throws IOException;
}
