package nl.regiotafel.commands.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where things are in an import file: which header names which column, which sheets hold projects (those with a code
 * column), and which row describes a project.
 *
 * <p>Every row names a project by its code. A row whose milestone column is empty is the project's row (one per
 * project); a row with a milestone title is one milestone of that project. Milestone rows may repeat the project's
 * columns (the same values) or leave them empty, and may stand on a sheet of their own. A project without a project
 * row takes its columns from its first milestone row, so a sheet with the project repeated on every milestone row
 * works too.
 */
final class ImportLayout {

    /** A sheet's rows with the columns their headers name. */
    record Sheet(Table table, Map<Column, Integer> columns) {

        String cell(Table.Row row, Column column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cell(index);
        }

        boolean has(Column column) {
            return columns.containsKey(column);
        }

        String header(Column column) {
            return table.header().get(columns.get(column));
        }
    }

    /** A row with its sheet. */
    record Line(Sheet sheet, Table.Row row) {

        String cell(Column column) {
            return sheet.cell(row, column);
        }

        boolean isMilestone() {
            return !cell(Column.MILESTONE).isEmpty();
        }

        boolean hasProjectValues() {
            return sheet.columns.keySet().stream()
                    .anyMatch(c -> c != Column.CODE && c.isProject() && !cell(c).isEmpty());
        }
    }

    private final ImportRules rules;
    private final java.util.Locale locale;
    private final List<String> ignoredColumns = new ArrayList<>();

    ImportLayout(ImportRules rules, java.util.Locale locale) {
        this.rules = rules;
        this.locale = locale;
    }

    /** Headers that name no column we know (or that the file cannot use), as {@code sheet: header}. */
    List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** The sheets with a code column; a header named twice, or no sheet with codes, is a problem. */
    List<Sheet> sheets(List<Table> tables) {
        List<Sheet> sheets = new ArrayList<>();
        for (Table table : tables) {
            // In the export's order, whatever the file's: a row's problems are reported in that order
            Map<Column, Integer> columns = new java.util.TreeMap<>(Column.ORDER);
            for (int i = 0; i < table.header().size(); i++) {
                String header = table.header().get(i);
                if (header.isBlank()) {
                    continue;
                }
                Optional<Column> column = Column.of(header);
                if (column.isEmpty()) {
                    ignoredColumns.add(tables.size() > 1 ? table.name() + ": " + header : header);
                } else if (columns.containsKey(column.get())) {
                    rules.add(new ImportProblem(table.name(), 1, header, "columnTwice", new Object[] {
                        table.header().get(columns.get(column.get())), header
                    }));
                } else {
                    columns.put(column.get(), i);
                }
            }
            if (!columns.containsKey(Column.MILESTONE)) {
                // Without a milestone title a date or owner column says something about the project we do not keep
                for (Column column : List.of(Column.MILESTONE_NUMBER, Column.DUE, Column.DONE_ON, Column.OWNER)) {
                    Integer index = columns.remove(column);
                    if (index != null) {
                        String header = table.header().get(index);
                        ignoredColumns.add(tables.size() > 1 ? table.name() + ": " + header : header);
                    }
                }
            }
            if (columns.containsKey(Column.CODE)) {
                sheets.add(new Sheet(table, columns));
            }
        }
        if (sheets.isEmpty() && !rules.any()) {
            rules.add(new ImportProblem(
                    tables.isEmpty() ? "-" : tables.get(0).name(),
                    1,
                    Column.CODE.header(locale),
                    "noCode",
                    new Object[] {String.join(", ", Column.CODE.synonyms())}));
        }
        return sheets;
    }

    /** The rows of every sheet by project code, in file order; rows without a valid code are problems. */
    Map<String, List<Line>> byCode(List<Sheet> sheets) {
        Map<String, List<Line>> byCode = new LinkedHashMap<>();
        for (Sheet sheet : sheets) {
            for (Table.Row row : sheet.table().rows()) {
                Line line = new Line(sheet, row);
                rules.code(line).ifPresent(code -> byCode.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(line));
            }
        }
        return byCode;
    }

    /** The row that describes the project, after checking the others agree with it; null if there is none. */
    Line projectLine(String code, List<Line> lines) {
        Line projectLine = null;
        for (Line line : lines) {
            if (!line.isMilestone()) {
                if (projectLine != null && !projectLine.isMilestone()) {
                    rules.problem(
                            line,
                            Column.CODE,
                            "duplicateProject",
                            code,
                            projectLine.row().number());
                    continue;
                }
                projectLine = line;
            }
        }
        if (projectLine == null) {
            projectLine =
                    lines.stream().filter(Line::hasProjectValues).findFirst().orElse(null);
        }
        if (projectLine == null) {
            return null;
        }
        for (Line line : lines) {
            if (line == projectLine || !line.isMilestone()) {
                continue;
            }
            for (Column column : line.sheet().columns().keySet()) {
                if (column == Column.CODE
                        || !column.isProject()
                        || line.cell(column).isEmpty()) {
                    continue;
                }
                String value = line.cell(column);
                String expected = projectLine.cell(column);
                if (!value.equals(expected)) {
                    rules.problem(
                            line, column, "conflict", value, projectLine.row().number(), expected);
                }
            }
        }
        return projectLine;
    }
}
