package nl.regiotafel.commands.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheet programs write it (RFC 4180: quotes around cells with separators, quotes or line breaks, a quote
 * doubled inside). The separator is found from the header line: Dutch Excel writes semicolons, most others commas; a
 * tab works too. UTF-8 with or without byte-order mark, or UTF-16 with one; a file that is not valid UTF-8 is read as
 * Windows-1252, which is what Excel's plain "CSV" saves on a Dutch Windows.
 */
final class Csv {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Csv() {}

    /** A quote opened and never closed: the rest of the file would silently become one cell. */
    static final class UnterminatedQuote extends RuntimeException {
        private final int record;

        UnterminatedQuote(int record) {
            super("quote opened in record " + record + " is never closed", null, false, false);
            this.record = record;
        }

        /** The index (from 0) of the record in which the quote opens. */
        int record() {
            return record;
        }
    }

    /** The file's text, decoded as described above, without a byte-order mark. */
    static String decode(byte[] bytes) {
        // Excel's "Unicode text" and some exports write UTF-16 with a byte-order mark
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator the header line uses most, outside quotes: {@code ;}, {@code ,} or tab. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    /**
     * Every record of the text, each a list of cells, separated by {@code separator}.
     *
     * @throws UnterminatedQuote when a quote is still open at the end of the text
     */
    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int quoteOpenedIn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
                quoteOpenedIn = records.size();
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                records.add(record);
                record = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new UnterminatedQuote(quoteOpenedIn);
        }
        if (any || cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
