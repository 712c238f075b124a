package nl.regiotafel.commands.api;

import java.util.Objects;

/**
 * A file sent with a reply: a chart, a report, an export.
 *
 * @param fileName name with extension, shown to the user
 * @param contentType MIME type
 * @param content the bytes
 */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
