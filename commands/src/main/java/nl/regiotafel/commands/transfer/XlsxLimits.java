package nl.regiotafel.commands.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks an {@code .xlsx} file against the import's limits before the spreadsheet reader sees it, streaming every
 * entry of the zip once with constant memory: a 1 MB file can inflate to gigabytes (one shared string of a billion
 * characters) or to millions of rows, and the reader would hold them in memory. It reads the same entries the reader
 * does (the zip's central directory, through the same library), so nothing it skipped can be read later.
 *
 * <p>Limits: {@link #MAX_INFLATED} bytes inflated in all, {@link #MAX_ENTRIES} entries, no run of text or markup
 * longer than {@link #MAX_CELL_BYTES} bytes (a cell holds at most {@link #MAX_CELL_CHARS} characters in Excel; UTF-8
 * and XML escapes make that at most this many bytes), and at most {@code maxRows} rows with a value over all sheets.
 */
final class XlsxLimits {

    /** Inflated bytes of all entries; a 20,000-row export is about 15 MB. */
    static final long MAX_INFLATED = 64L * 1024 * 1024;

    static final int MAX_ENTRIES = 1_000;

    /** Excel's own limit of characters in a cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** The bytes of one cell of {@link #MAX_CELL_CHARS} characters at worst ({@code &amp;} for every character). */
    static final int MAX_CELL_BYTES = MAX_CELL_CHARS * 5;

    private XlsxLimits() {}

    /** Header rows allowed beyond the row limit: one a sheet, and a workbook has a few. */
    private static final int HEADERS = 10;

    /**
     * @param maxRows rows with a value allowed over all sheets, not counting a header row on each
     * @throws Spreadsheets.Unreadable when a limit is passed, or the zip cannot be read
     */
    static void check(byte[] bytes, int maxRows) throws Spreadsheets.Unreadable {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
            String found = notAWorkbook(all);
            if (found != null) {
                throw new Spreadsheets.Unreadable(found, null);
            }
            Scan scan = new Scan(maxRows + HEADERS, maxRows);
            int entries = 0;
            for (ZipArchiveEntry entry : all) {
                if (++entries > MAX_ENTRIES) {
                    throw new Spreadsheets.Unreadable("error.import.xlsxEntries", null, MAX_ENTRIES);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                try (InputStream in = zip.getInputStream(entry)) {
                    scan.entry(in, sheet);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Spreadsheets.Unreadable("error.import.unreadable", e);
        }
    }

    /** The message for a zip that is some other document, or null for what looks like a workbook. */
    private static String notAWorkbook(List<ZipArchiveEntry> entries) {
        Set<String> names = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            names.add(entry.getName().toLowerCase(Locale.ROOT));
            if (names.size() > MAX_ENTRIES) {
                return null;
            }
        }
        if (names.contains("xl/workbook.xml") || names.contains("[content_types].xml")) {
            return names.contains("word/document.xml") ? "error.import.found.word" : null;
        }
        if (names.contains("content.xml") && names.contains("mimetype")) {
            return "error.import.found.opendocument";
        }
        return "error.import.found.archive";
    }

    /** One pass over the entries' bytes: a tiny tokenizer of XML that counts, never keeps. */
    private static final class Scan {
        private final int maxRows;
        private final int shownLimit;
        private final byte[] buffer = new byte[64 * 1024];
        private long inflated;
        private int rows;
        private boolean rowHasValue;

        Scan(int maxRows, int shownLimit) {
            this.maxRows = maxRows;
            this.shownLimit = shownLimit;
        }

        void entry(InputStream in, boolean sheet) throws IOException, Spreadsheets.Unreadable {
            int run = 0;
            boolean naming = false;
            StringBuilder tag = new StringBuilder();
            rowHasValue = false;
            int read;
            while ((read = in.read(buffer)) > 0) {
                inflated += read;
                if (inflated > MAX_INFLATED) {
                    throw new Spreadsheets.Unreadable("error.import.xlsxInflated", null, MAX_INFLATED / (1024 * 1024));
                }
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '<' || b == '>') {
                        run = 0;
                        if (naming && sheet) {
                            tagName(tag);
                        }
                        naming = b == '<';
                        tag.setLength(0);
                        continue;
                    }
                    if (++run > MAX_CELL_BYTES) {
                        throw new Spreadsheets.Unreadable("error.import.xlsxCell", null, MAX_CELL_CHARS);
                    }
                    if (!naming) {
                        continue;
                    }
                    boolean ends = b == ' ' || b == '\t' || b == '\r' || b == '\n' || (b == '/' && !tag.isEmpty());
                    if (ends || tag.length() >= 16) {
                        naming = false;
                        if (sheet) {
                            tagName(tag);
                        }
                    } else {
                        tag.append((char) b);
                    }
                }
            }
        }

        /** Counts a row when it closes having held a value ({@code <v>}, {@code <t>} or {@code <is>}). */
        private void tagName(CharSequence tag) throws Spreadsheets.Unreadable {
            String name = localName(tag);
            if (name.equals("row")) {
                rowHasValue = false;
            } else if (name.equals("v") || name.equals("t") || name.equals("is")) {
                rowHasValue = true;
            } else if (name.equals("/row") && rowHasValue) {
                rowHasValue = false;
                if (++rows > maxRows) {
                    throw new Spreadsheets.Unreadable("error.import.xlsxRows", null, shownLimit);
                }
            }
        }

        private static String localName(CharSequence tag) {
            String name = tag.toString();
            int colon = name.indexOf(':');
            if (colon < 0) {
                return name;
            }
            return (name.startsWith("/") ? "/" : "") + name.substring(colon + 1);
        }
    }
}
