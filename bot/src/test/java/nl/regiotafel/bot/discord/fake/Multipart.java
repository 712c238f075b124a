package nl.regiotafel.bot.discord.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body as JDA sends it with files: a {@code payload_json} part holding the message
 * and one {@code files[n]} part per file.
 */
final class Multipart {

    /** One part: its form field name, file name (null for plain fields) and content. */
    record Part(String name, String fileName, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private Multipart() {}

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw new IllegalArgumentException("Multipart body without boundary: " + contentType);
        }
        byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int contentStart = start + delimiter.length;
            if (contentStart + 1 < body.length && body[contentStart] == '-' && body[contentStart + 1] == '-') {
                break; // closing delimiter
            }
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw new IllegalArgumentException("Multipart body without closing delimiter");
            }
            parts.add(part(Arrays.copyOfRange(body, contentStart + 2, next - 2))); // CRLF after and before
            start = next;
        }
        return parts;
    }

    private static Part part(byte[] raw) {
        int headerEnd = indexOf(raw, HEADER_END, 0);
        if (headerEnd < 0) {
            throw new IllegalArgumentException("Multipart part without headers");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : new String(raw, 0, headerEnd, StandardCharsets.UTF_8).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        String disposition = headers.getOrDefault("content-disposition", "");
        Matcher name = NAME.matcher(disposition);
        Matcher fileName = FILE_NAME.matcher(disposition);
        return new Part(
                name.find() ? name.group(1) : "",
                fileName.find() ? fileName.group(1) : null,
                Arrays.copyOfRange(raw, headerEnd + HEADER_END.length, raw.length));
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
