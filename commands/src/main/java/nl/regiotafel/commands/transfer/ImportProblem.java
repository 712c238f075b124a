package nl.regiotafel.commands.transfer;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong in an import file: where, and what is accepted instead.
 *
 * @param sheet the sheet's name (the file name for CSV)
 * @param row the row number a spreadsheet program shows; 1 is the header row
 * @param column the column's header as written in the file (or the standard header when the column is missing)
 * @param key message key of the explanation, under {@code import.problem.}
 * @param args its arguments
 */
public record ImportProblem(String sheet, int row, String column, String key, Object[] args) {

    public ImportProblem {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportProblem p
                && p.sheet.equals(sheet)
                && p.row == row
                && p.column.equals(column)
                && p.key.equals(key)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheet, row, column, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return sheet + "!" + row + " " + column + ": " + key + Arrays.toString(args);
    }
}
