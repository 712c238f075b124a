package nl.regiotafel.commands.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.regiotafel.commands.text.CsvWriter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a spreadsheet file into {@link Table}s: every sheet of an Excel workbook ({@code .xlsx}), or the one table of a
 * CSV file. Cells become text as a person reads them; a cell formatted as a date becomes {@code yyyy-MM-dd}.
 */
final class Spreadsheets {

    /** Thrown when the bytes are not a spreadsheet we can read; the message key says why. */
    static final class Unreadable extends Exception {
        private final String key;
        private final transient Object[] args;

        /** @param args message arguments after the file name, which is always the first */
        Unreadable(String key, Throwable cause, Object... args) {
            super(key, cause);
            this.key = key;
            this.args = args.clone();
        }

        String key() {
            return key;
        }

        /** The message arguments: the file's name, then the rest. */
        Object[] args(String fileName) {
            Object[] all = new Object[args.length + 1];
            all[0] = fileName;
            System.arraycopy(args, 0, all, 1, args.length);
            return all;
        }
    }

    /** The first bytes of an Excel 97-2003 (OLE2) file. */
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    /** The first bytes of a zip file, as every .xlsx is. */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private Spreadsheets() {}

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** First bytes of files people send instead of a spreadsheet, with the message that says what was found. */
    private static final List<Map.Entry<byte[], String>> FOREIGN = List.of(
            Map.entry("%PDF".getBytes(StandardCharsets.US_ASCII), "error.import.found.pdf"),
            Map.entry(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "error.import.found.image"),
            Map.entry(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "error.import.found.image"),
            Map.entry("GIF8".getBytes(StandardCharsets.US_ASCII), "error.import.found.image"),
            Map.entry(new byte[] {0x1F, (byte) 0x8B}, "error.import.found.archive"),
            Map.entry("Rar!".getBytes(StandardCharsets.US_ASCII), "error.import.found.archive"),
            Map.entry(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}, "error.import.found.archive"));

    static List<Table> read(String fileName, byte[] bytes) throws Unreadable {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, OLE2) || name.endsWith(".xls")) {
            // The binary Excel 97-2003 format needs a far larger library; every Excel since 2007 saves .xlsx
            throw new Unreadable("error.import.xls", null);
        }
        for (Map.Entry<byte[], String> foreign : FOREIGN) {
            if (startsWith(bytes, foreign.getKey())) {
                throw new Unreadable(foreign.getValue(), null);
            }
        }
        if (startsWith(bytes, ZIP) || name.endsWith(".xlsx")) {
            return xlsx(bytes);
        }
        if (name.endsWith(".ods") || name.endsWith(".numbers") || name.endsWith(".pdf") || name.endsWith(".docx")) {
            throw new Unreadable("error.import.format", null);
        }
        return List.of(csv(fileName, bytes));
    }

    static Table csv(String fileName, byte[] bytes) throws Unreadable {
        String text = Csv.decode(bytes);
        if (text.isBlank()) {
            throw new Unreadable("error.import.found.empty", null);
        }
        if (binary(text)) {
            throw new Unreadable("error.import.found.binary", null);
        }
        int firstLine = 1;
        char separator;
        // Excel understands a first line "sep=;" that names the separator; honour it too
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
            separator = text.charAt(4);
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
            firstLine = 2;
        } else {
            separator = Csv.separator(text);
        }
        List<List<String>> records;
        try {
            records = Csv.parse(text, separator).stream()
                    .map(record -> record.stream().map(CsvWriter::restore).toList())
                    .toList();
        } catch (Csv.UnterminatedQuote e) {
            throw new Unreadable("error.import.unterminatedQuote", e, firstLine + e.record());
        }
        return table(fileName, records, firstLine);
    }

    /** Text no spreadsheet writes: a NUL, or more than one control character in a hundred at its start. */
    private static boolean binary(String text) {
        int length = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                control++;
            }
        }
        return control * 100 > length;
    }

    private static Table table(String name, List<List<String>> records, int firstNumber) {
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            List<String> cells = records.get(i).stream().map(String::strip).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (header == null) {
                header = cells;
            } else {
                rows.add(new Table.Row(firstNumber + i, cells));
            }
        }
        return new Table(name, header == null ? List.of() : header, rows);
    }

    private static List<Table> xlsx(byte[] bytes) throws Unreadable {
        // Before the reader holds anything in memory; the planner counts the rows exactly afterwards
        XlsxLimits.check(bytes, ImportPlanner.MAX_ROWS);
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : workbook.getSheets().toList()) {
                tables.add(sheet(sheet));
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a damaged or foreign file with unchecked exceptions as well as IOException
            throw new Unreadable("error.import.unreadable", e);
        }
    }

    private static Table sheet(Sheet sheet) throws IOException {
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
            for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Table.Row(row.getRowNum(), cells));
                }
            }
        }
        return new Table(sheet.getName(), header == null ? List.of() : header, rows);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDate(cell)) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // Quoted text and [colour]/[locale] sections are not date parts
        String parts = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return parts.contains("d") || parts.contains("y");
    }
}
