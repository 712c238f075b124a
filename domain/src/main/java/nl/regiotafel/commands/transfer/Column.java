package nl.regiotafel.commands.transfer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the project spreadsheet that {@code /import} reads and {@code /export} writes. A header is recognised
 * in Dutch or English, by any of its synonyms, ignoring case, accents, spaces and punctuation: {@code Projectleider},
 * {@code project-leiders} and {@code Leaders} all name {@link #LEADERS}. The first name in each list is what an export
 * writes in that language.
 */
public enum Column {
    CODE(true, List.of("code", "projectcode", "project code", "projectid"), List.of("code", "project code")),
    NAME(
            true,
            List.of("projectnaam", "naam", "projecttitel", "titel project"),
            List.of("name", "project name", "title")),
    REGION(true, List.of("regio", "zorgkantoorregio"), List.of("region")),
    SUBREGION(true, List.of("subregio", "deelregio", "plaats"), List.of("subregion", "sub-region", "place")),
    THEME(true, List.of("thema", "themas"), List.of("theme", "themes")),
    PILLAR(true, List.of("pijler", "pijlers"), List.of("pillar", "pillars")),
    GOAL(true, List.of("doel", "doelstelling", "doelstellingen"), List.of("goal", "goals", "objective", "aim")),
    PHASE(true, List.of("fase", "projectfase"), List.of("phase", "project phase", "stage")),
    STATUS(true, List.of("status", "projectstatus"), List.of("status", "project status")),
    LEADERS(
            true,
            List.of("projectleiders", "projectleider", "leider", "leiders", "trekker", "trekkers"),
            List.of("leaders", "leader", "project leader", "project leaders", "project lead", "lead")),
    PORTFOLIO_HOLDERS(
            true,
            List.of("portefeuillehouders", "portefeuillehouder"),
            List.of("portfolio holders", "portfolio holder")),
    ORGANISATIONS(
            true,
            List.of("organisaties", "organisatie", "betrokken organisaties", "deelnemende organisaties", "partners"),
            List.of("organisations", "organisation", "organizations", "organization", "participating organisations")),
    MILESTONE_NUMBER(
            false,
            List.of("mijlpaal nr", "mijlpaalnummer", "nr mijlpaal", "mijlpaal #"),
            List.of("milestone no", "milestone number", "milestone nr", "milestone #")),
    MILESTONE(
            false,
            List.of("mijlpaal", "mijlpalen", "mijlpaal titel"),
            List.of("milestone", "milestones", "milestone title")),
    DUE(
            false,
            List.of("datum", "deadline", "einddatum", "streefdatum", "gepland", "planning", "wanneer"),
            List.of("due", "due date", "date", "when", "planned")),
    DONE_ON(
            false,
            List.of("behaald op", "bereikt op", "afgerond op", "gereed op", "behaald"),
            List.of("done on", "reached on", "completed on", "done", "reached")),
    OWNER(false, List.of("eigenaar", "verantwoordelijke"), List.of("owner", "responsible"));

    private static final Map<String, Column> BY_KEY = new HashMap<>();

    static {
        for (Column column : values()) {
            for (String name : column.synonyms()) {
                Column other = BY_KEY.put(key(name), column);
                if (other != null && other != column) {
                    throw new AssertionError("Header " + name + " names both " + other + " and " + column);
                }
            }
        }
    }

    private final boolean project;
    private final List<String> dutch;
    private final List<String> english;

    Column(boolean project, List<String> dutch, List<String> english) {
        this.project = project;
        this.dutch = dutch;
        this.english = english;
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
        return java.util.stream.Stream.concat(dutch.stream(), english.stream())
                .distinct()
                .toList();
    }

    /** The column a header names, if any. */
    public static Optional<Column> of(String header) {
        return Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /** The columns of an export, in order. */
    public static List<Column> layout() {
        return Arrays.asList(values());
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
}
