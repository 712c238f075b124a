package nl.regiotafel.commands.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.text.TextInput;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.Precision;
import nl.regiotafel.commands.transfer.ImportLayout.Line;
import nl.regiotafel.commands.transfer.ImportLayout.Sheet;

/**
 * The rules an import file must keep, and the problems found where it does not: how many rows, which characters, a
 * valid code on every row, no milestone values on a project row, text within its length, required values, a done date
 * that is a day and not in the future. Each problem names its sheet, row and column.
 */
final class ImportRules {

    /** Most data rows in one file: 5,000 projects with three milestones each, and room to spare. */
    static final int MAX_ROWS = 20_000;

    static final int MAX_TITLE = 200;
    static final int MAX_DUE = 60;

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Locale locale;

    ImportRules(Locale locale) {
        this.locale = locale;
    }

    /** Problems found so far: a part of the file was wrong when this grew while reading it. */
    int count() {
        return problems.size();
    }

    boolean any() {
        return !problems.isEmpty();
    }

    void add(ImportProblem problem) {
        problems.add(problem);
    }

    /** A problem in one cell; a column the sheet lacks is named by its standard header. */
    void problem(Line line, Column column, String key, Object... args) {
        String header = line.sheet().has(column) ? line.sheet().header(column) : column.header(locale);
        problems.add(new ImportProblem(line.sheet().table().name(), line.row().number(), header, key, args));
    }

    /** In file order, as the user will fix them: by sheet, then row; a row's problems left to right. */
    List<ImportProblem> sorted() {
        List<String> sheetOrder = new ArrayList<>();
        problems.forEach(p -> {
            if (!sheetOrder.contains(p.sheet())) {
                sheetOrder.add(p.sheet());
            }
        });
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((ImportProblem p) -> sheetOrder.indexOf(p.sheet()))
                .thenComparingInt(ImportProblem::row));
        return sorted;
    }

    /** Not too many rows, and not none. */
    void size(List<Sheet> sheets, List<Table> tables) {
        int rows = sheets.stream().mapToInt(s -> s.table().rows().size()).sum();
        if (rows > MAX_ROWS) {
            problems.add(new ImportProblem(
                    sheets.get(0).table().name(), 1, "-", "tooManyRows", new Object[] {MAX_ROWS, rows}));
        } else if (rows == 0 && problems.isEmpty()) {
            problems.add(
                    new ImportProblem(tables.isEmpty() ? "-" : tables.get(0).name(), 1, "-", "empty", new Object[0]));
        }
    }

    /** Every cell that is read: no control or direction characters, no value of only invisible ones. */
    void characters(List<Sheet> sheets) {
        for (Sheet sheet : sheets) {
            for (Table.Row row : sheet.table().rows()) {
                Line line = new Line(sheet, row);
                for (Column column : sheet.columns().keySet()) {
                    TextInput.check(line.cell(column))
                            .ifPresent(refused -> problem(
                                    line,
                                    column,
                                    "text." + refused.problem().name().toLowerCase(Locale.ROOT),
                                    refused.character()));
                }
            }
        }
    }

    /** The row's project code, if it is valid and the row is either a project's or a milestone's. */
    Optional<String> code(Line line) {
        String code = line.cell(Column.CODE).toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            problem(line, Column.CODE, "codeMissing");
            return Optional.empty();
        }
        if (!Projects.isValidCode(code)) {
            problem(line, Column.CODE, "codeInvalid", code);
            return Optional.empty();
        }
        if (!line.isMilestone()) {
            for (Column column : List.of(Column.MILESTONE_NUMBER, Column.DUE, Column.DONE_ON, Column.OWNER)) {
                if (!line.cell(column).isEmpty()) {
                    problem(line, Column.MILESTONE, "milestoneTitle");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(code);
    }

    /** The cell's text, or empty (with a problem) when it is longer than {@code max}. */
    String text(Line line, Column column, int max) {
        String value = line.cell(column);
        if (max > 0 && value.length() > max) {
            problem(line, column, "tooLong", max, value.length());
            return "";
        }
        return value;
    }

    void required(Line line, Column column) {
        problem(line, column, "required");
    }

    /** A done date: a day, not after {@code today}; null when empty or wrong (then with a problem). */
    LocalDate doneOn(Line line, String text, LocalDate today) {
        if (text.isEmpty()) {
            return null;
        }
        Optional<DueDate> day = ImportVocabulary.date(text).filter(d -> d.precision() == Precision.DAY);
        if (day.isEmpty()) {
            problem(line, Column.DONE_ON, "doneOn", text);
        } else if (day.get().date().isAfter(today)) {
            problem(line, Column.DONE_ON, "doneFuture", text);
        } else {
            return day.get().date();
        }
        return null;
    }
}
