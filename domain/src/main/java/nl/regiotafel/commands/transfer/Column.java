package nl.regiotafel.commands.transfer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.regiotafel.commands.project.ProjectField;
import nl.regiotafel.commands.project.ProjectFields;

/**
 * The columns of the project spreadsheet that {@code /import} reads and {@code /export} writes: the project's code,
 * one column for each {@link ProjectField} that files carry (its headers are in its definition), and the milestone
 * columns. A header is recognised in Dutch or English, by any of its synonyms, ignoring case, accents, spaces and
 * punctuation: {@code Projectleider}, {@code project-leiders} and {@code Leaders} all name the leaders. The first name
 * in each list is what an export writes in that language.
 */
public final class Column {

    public static final Column CODE = new Column(
            "CODE",
            null,
            true,
            List.of("code", "projectcode", "project code", "projectid"),
            List.of("code", "project code"));
    public static final Column MILESTONE_NUMBER = new Column(
            "MILESTONE_NUMBER",
            null,
            false,
            List.of("mijlpaal nr", "mijlpaalnummer", "nr mijlpaal", "mijlpaal #"),
            List.of("milestone no", "milestone number", "milestone nr", "milestone #"));
    public static final Column MILESTONE = new Column(
            "MILESTONE",
            null,
            false,
            List.of("mijlpaal", "mijlpalen", "mijlpaal titel"),
            List.of("milestone", "milestones", "milestone title"));
    public static final Column DUE = new Column(
            "DUE",
            null,
            false,
            List.of("datum", "deadline", "einddatum", "streefdatum", "gepland", "planning", "wanneer"),
            List.of("due", "due date", "date", "when", "planned"));
    public static final Column DONE_ON = new Column(
            "DONE_ON",
            null,
            false,
            List.of("behaald op", "bereikt op", "afgerond op", "gereed op", "behaald"),
            List.of("done on", "reached on", "completed on", "done", "reached"));
    public static final Column OWNER =
            new Column("OWNER", null, false, List.of("eigenaar", "verantwoordelijke"), List.of("owner", "responsible"));

    /** The milestone columns, in order. */
    public static final List<Column> MILESTONE_COLUMNS = List.of(MILESTONE_NUMBER, MILESTONE, DUE, DONE_ON, OWNER);

    private static final Map<ProjectField<?>, Column> BY_FIELD = new LinkedHashMap<>();
    private static final Map<String, Column> BY_NAME = new HashMap<>();
    private static final Map<String, Column> BY_KEY = new HashMap<>();
    private static final List<Column> LAYOUT;

    static {
        List<Column> layout = new ArrayList<>();
        layout.add(CODE);
        for (ProjectField<?> field : ProjectFields.all()) {
            if (field.inFiles()) {
                Column column = new Column(
                        field.name().toUpperCase(Locale.ROOT).replace('-', '_'),
                        field,
                        true,
                        field.headers(Locale.forLanguageTag("nl")),
                        field.headers(Locale.ENGLISH));
                BY_FIELD.put(field, column);
                layout.add(column);
            }
        }
        layout.addAll(MILESTONE_COLUMNS);
        LAYOUT = List.copyOf(layout);
        for (Column column : LAYOUT) {
            BY_NAME.put(column.name, column);
            for (String name : column.synonyms()) {
                Column other = BY_KEY.put(key(name), column);
                if (other != null && other != column) {
                    throw new AssertionError("Header " + name + " names both " + other + " and " + column);
                }
            }
        }
    }

    /** Orders columns as {@link #layout()} does. */
    public static final java.util.Comparator<Column> ORDER = java.util.Comparator.comparingInt(LAYOUT::indexOf);

    private final String name;
    private final ProjectField<?> field;
    private final boolean project;
    private final List<String> dutch;
    private final List<String> english;

    private Column(String name, ProjectField<?> field, boolean project, List<String> dutch, List<String> english) {
        this.name = name;
        this.field = field;
        this.project = project;
        this.dutch = dutch;
        this.english = english;
    }

    /** The name an import's journal keeps the column under ({@code PORTFOLIO_HOLDERS}). */
    public String name() {
        return name;
    }

    /** The column of a {@link #name()}. */
    public static Column valueOf(String name) {
        Column column = BY_NAME.get(name);
        if (column == null) {
            throw new IllegalArgumentException("No column " + name);
        }
        return column;
    }

    /** The column of a project field that files carry. */
    public static Column of(ProjectField<?> field) {
        Column column = BY_FIELD.get(field);
        if (column == null) {
            throw new IllegalArgumentException("Files do not carry " + field);
        }
        return column;
    }

    /** The project field this column holds, or empty for the code and the milestone columns. */
    public Optional<ProjectField<?>> field() {
        return Optional.ofNullable(field);
    }

    /** Whether this column describes the project (else a milestone of it); {@link #CODE} is both. */
    public boolean isProject() {
        return project;
    }

    /** The header an export writes in this language. */
    public String header(Locale locale) {
        return locale.getLanguage().equals("en") ? english.get(0) : dutch.get(0);
    }

    /** Every header read as this column, Dutch first. */
    public List<String> synonyms() {
        return Stream.concat(dutch.stream(), english.stream()).distinct().toList();
    }

    /** The column a header names, if any. */
    public static Optional<Column> of(String header) {
        return Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /** The columns of an export, in order: code, the project's fields, the milestone's. */
    public static List<Column> layout() {
        return LAYOUT;
    }

    /** Lower case, accents removed, only letters and digits: how headers and values are compared. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(Character.toLowerCase(c));
            } else if (c == '#') {
                key.append('#');
            }
        });
        return key.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
