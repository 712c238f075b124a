package nl.regiotafel.commands.transfer;

import java.util.List;

/**
 * One sheet of a spreadsheet as text: its header row and data rows, blank rows left out.
 *
 * @param name the sheet's name (for a CSV file, the file name)
 * @param header the header cells as written
 * @param rows the data rows
 */
public record Table(String name, List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param number the row number a spreadsheet program shows (the header is row 1 in a CSV file)
     * @param cells the cells, trimmed; may be shorter than the header
     */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in column {@code index}, or the empty string. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
