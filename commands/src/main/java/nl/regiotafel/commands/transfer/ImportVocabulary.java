package nl.regiotafel.commands.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.DueDateParser;
import nl.regiotafel.commands.time.Precision;

/**
 * The words an import file may use for values (its column names are {@link Column}'s): phases and statuses by slug, by
 * Dutch or English label or as the seeds write them, dates as written or as Excel day numbers, people as mentions, ids
 * or names. Values are compared as headers are ({@link Column#key(String)}).
 */
final class ImportVocabulary {

    private static final Pattern MENTION = Pattern.compile("<@!?(\\d{5,25})>");
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,25}");
    private static final Pattern NAME = Pattern.compile("@?([\\p{L}\\p{N}._' -]{1,64})");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** How the seeds write statuses and phases besides our own labels (ZN table 6, the ZCO phase grid). */
    private static final Map<String, ProjectStatus> STATUS_WORDS = Map.of(
            "afgerondensuccesvolverlopen", ProjectStatus.AFGEROND_SUCCESVOL,
            "afgerondenietsuccesvolverlopen", ProjectStatus.AFGEROND_NIET_SUCCESVOL,
            "afgerondennietsuccesvolverlopen", ProjectStatus.AFGEROND_NIET_SUCCESVOL,
            "vroegtijdiggestoptofhelemaalnietgestart", ProjectStatus.VROEGTIJDIG_GESTOPT,
            "gestopt", ProjectStatus.VROEGTIJDIG_GESTOPT,
            "running", ProjectStatus.LOPEND,
            "notstarted", ProjectStatus.NOG_NIET_GESTART);

    private static final Map<String, Phase> PHASE_WORDS = Map.of(
            "bestuurlijkakkoordplan", Phase.BESTUURLIJK_AKKOORD,
            "uitvoeringwerkgroep", Phase.UITVOERING,
            "integraalontwerp", Phase.ONTWERP,
            "realisatiefase", Phase.REALISATIE,
            "planofapproach", Phase.PLAN_VAN_AANPAK);

    /** A person as a file writes them: an id, and whether it was written as a name (to be linked later). */
    record Person(String id, boolean byName) {}

    private final Map<String, Phase> phaseKeys = new HashMap<>(PHASE_WORDS);
    private final Map<String, ProjectStatus> statusKeys = new HashMap<>(STATUS_WORDS);
    private final Locale locale;

    ImportVocabulary(Locale locale) {
        this.locale = locale;
        for (Phase phase : Phase.values()) {
            for (String name : names(phase.slug(), phase.labelKey())) {
                phaseKeys.put(name, phase);
            }
        }
        for (ProjectStatus status : ProjectStatus.values()) {
            for (String name : names(status.slug(), status.labelKey())) {
                statusKeys.put(name, status);
            }
        }
    }

    /** The slug and the Dutch and English labels, as comparison keys. */
    private static List<String> names(String slug, String labelKey) {
        List<String> names = new ArrayList<>();
        names.add(Column.key(slug));
        Messages.SUPPORTED.forEach(l -> names.add(Column.key(Messages.of(l).get(labelKey))));
        return names;
    }

    /** A phase by its slug, its Dutch or English label, or a word the seeds use. */
    Optional<Phase> phase(String text) {
        return Optional.ofNullable(phaseKeys.get(Column.key(text)));
    }

    Optional<ProjectStatus> status(String text) {
        return Optional.ofNullable(statusKeys.get(Column.key(text)));
    }

    /** The phases a cell may name, for a problem: {@code uitvoering (Uitvoering), …}. */
    String acceptedPhases() {
        Messages m = Messages.of(locale);
        List<String> names = new ArrayList<>();
        for (Phase p : Phase.values()) {
            names.add(p.slug() + " (" + m.get(p.labelKey()) + ")");
        }
        return String.join(", ", names);
    }

    String acceptedStatuses() {
        Messages m = Messages.of(locale);
        List<String> names = new ArrayList<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            names.add(s.slug() + " (" + m.get(s.labelKey()) + ")");
        }
        return String.join(", ", names);
    }

    /** A date as written, or an Excel day number that lost its date format on the way. */
    static Optional<DueDate> date(String text) {
        if (EXCEL_SERIAL.matcher(text).matches()) {
            LocalDate day = EXCEL_EPOCH.plusDays(Long.parseLong(text));
            return Optional.of(new DueDate(day, Precision.DAY, day.toString()));
        }
        return DueDateParser.tryParse(text);
    }

    /**
     * A person from a cell: a Discord mention {@code <@123…>}, an id, or a name. Without the privileged members intent
     * a name cannot be looked up, so it is kept as written (in the console, a name is the id).
     */
    static Optional<Person> person(String text) {
        Matcher mention = MENTION.matcher(text);
        if (mention.matches()) {
            return Optional.of(new Person(mention.group(1), false));
        }
        if (SNOWFLAKE.matcher(text).matches()) {
            return Optional.of(new Person(text, false));
        }
        Matcher name = NAME.matcher(text);
        if (name.matches() && !name.group(1).isBlank()) {
            return Optional.of(new Person(name.group(1).strip(), true));
        }
        return Optional.empty();
    }
}
