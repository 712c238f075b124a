package nl.regiotafel.commands.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.text.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes {@link Table}s as an Excel workbook or as CSV, the way {@link Spreadsheets} reads them back. */
public final class SheetWriter {

    private SheetWriter() {}

    /** One sheet per table, header in bold and frozen, every cell text so codes and dates stay as written. */
    public static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Regiotafel", "1.0");
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(table.name());
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.value(0, c, table.header().get(c));
                    sheet.style(0, c).bold().set();
                    sheet.width(c, width(table, c));
                }
                sheet.freezePane(0, 1);
                int r = 1;
                for (Table.Row row : table.rows()) {
                    for (int c = 0; c < row.cells().size(); c++) {
                        String value = row.cells().get(c);
                        if (value != null && !value.isEmpty()) {
                            sheet.value(r, c, value);
                        }
                    }
                    r++;
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static double width(Table table, int column) {
        int longest = table.header().get(column).length();
        for (Table.Row row : table.rows()) {
            longest = Math.max(longest, Math.min(60, row.cell(column).length()));
        }
        return Math.max(8, longest + 2);
    }

    /**
     * One table as CSV by {@link CsvWriter}, with semicolons (what Dutch Excel expects; the import detects either).
     */
    static byte[] csv(Table table) {
        List<List<String>> records = new ArrayList<>();
        records.add(table.header());
        table.rows().forEach(row -> records.add(row.cells()));
        return CsvWriter.bytes(records, ';');
    }
}
