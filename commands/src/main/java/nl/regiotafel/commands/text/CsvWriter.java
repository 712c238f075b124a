package nl.regiotafel.commands.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one writer of every CSV file the bot sends (export, report, import problems): RFC 4180 quoting (quotes around a
 * cell with the separator, a quote or a line break; a quote doubled inside), lines ending in CRLF, UTF-8 with a
 * byte-order mark so Excel shows accents right.
 *
 * <p>A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to
 * Excel and LibreOffice, so user text that starts so gets an apostrophe in front and is shown, never run. The import
 * takes that apostrophe off again ({@link #restore(String)}), so export → import round-trips: a cell that already
 * starts with apostrophes before such a character gets one more, and the reader removes exactly one.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {}

    /** The records as a file's bytes. */
    public static byte[] bytes(List<? extends List<String>> records, char separator) {
        return ("\uFEFF" + text(records, separator)).getBytes(StandardCharsets.UTF_8);
    }

    /** The records as CSV text, without byte-order mark. */
    public static String text(List<? extends List<String>> records, char separator) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(separator);
                }
                out.append(cell(record.get(i), separator));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** One cell: neutralised when it would start a formula, quoted when it must be; null is empty. */
    public static String cell(String value, char separator) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(separator) >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A cell as read back from a file: without the one apostrophe {@link #cell} put before a formula start. */
    public static String restore(String cell) {
        return cell.startsWith("'") && startsFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
