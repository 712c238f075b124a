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

    /** A file already in memory, e.g. one a command read and hands on in an {@link Action}. */
    static AttachmentInput of(String fileName, byte[] content) {
        byte[] bytes = content.clone();
        return new AttachmentInput() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public byte[] read() {
                return bytes.clone();
            }
        };
    }
}
