package nl.regiotafel.commands.project;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.regiotafel.commands.api.Choice;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;

/**
 * One field of a project, defined once: its name (the option of {@code /project add} and {@code /project edit}, the
 * audit log's field name, the report's CSV column), its label, how it is read from and written to a {@link Project},
 * how a typed option or an import cell is read and checked, and how it is shown on the card, in an export and in the
 * report. {@code /project}, {@code /import}, {@code /export}, {@code /report} and the project card all work from
 * {@link ProjectFields#all()}; adding a field is adding one definition there, plus its label in the two bundles. See
 * docs/adding-a-field.md.
 *
 * @param <T> the value's type
 */
public final class ProjectField<T> {

    /** Whether a field may be left out or emptied. */
    public enum Presence {
        /** Needed to create a project; never emptied (an empty cell keeps it). */
        REQUIRED,
        /** Has a default on a new project; never emptied. */
        KEPT,
        /** May be empty: an empty cell, or {@code -} typed as the option, empties it. */
        OPTIONAL
    }

    /** Where the field stands on a project card. */
    public enum Place {
        /** In the card's title (the name). */
        TITLE,
        /** A short field beside others. */
        INLINE,
        /** A field of its own; says "none" when empty. */
        BLOCK,
        /** A field of its own, left out when empty. */
        BLOCK_IF_SET,
        /** After another field's value, with a separator (subregion after region). */
        JOINED
    }

    /** Reads a value from non-empty text: an option as typed or an import cell. */
    @FunctionalInterface
    public interface Reader<T> {
        /** The value, or null when {@code context} reported it as wrong (an import's context does). */
        T read(String text, FieldContext context);
    }

    /** The options a field takes in {@code /project add} and {@code /project edit}, when not just its name. */
    public interface Options<T> {
        List<OptionSpec> add();

        List<OptionSpec> edit();

        Optional<T> fromAdd(CommandRequest request, FieldContext context);

        Optional<T> fromEdit(CommandRequest request, T current, FieldContext context);
    }

    private final String name;
    private final String labelKey;
    private final Function<Project, T> get;
    private final BiConsumer<Project.Builder, T> set;
    private final T empty;
    private final Reader<T> reader;
    private final Function<T, String> text;
    private final BiFunction<Messages, T, String> shown;
    private final BiFunction<Messages, T, String> card;
    private final Presence presence;
    private final int maxLength;
    private final List<String> dutchHeaders;
    private final List<String> englishHeaders;
    private final Place place;
    private final ProjectField<?> host;
    private final String separator;
    private final boolean autocomplete;
    private final List<Choice> choices;
    private final Options<T> options;
    private final BiFunction<Project, FieldContext, T> implied;
    private final String descriptionKey;

    private ProjectField(Builder<T> b) {
        descriptionKey = b.descriptionKey;
        name = Objects.requireNonNull(b.name);
        labelKey = b.labelKey;
        get = b.get;
        set = b.set;
        empty = b.empty;
        reader = b.reader;
        text = b.text;
        shown = b.shown;
        card = b.card;
        presence = b.presence;
        maxLength = b.maxLength;
        dutchHeaders = List.copyOf(b.dutchHeaders);
        englishHeaders = List.copyOf(b.englishHeaders);
        place = b.place;
        host = b.host;
        separator = b.separator;
        autocomplete = b.autocomplete;
        choices = List.copyOf(b.choices);
        options = b.options;
        implied = b.implied;
    }

    /** A text field; empty is null. */
    static Builder<String> text(String name, Function<Project, String> get, BiConsumer<Project.Builder, String> set) {
        return new Builder<String>(name, get, set, null)
                .read((text, context) -> text)
                .text(v -> v == null || v.isEmpty() ? null : v)
                .shown((m, v) -> v == null ? "" : v)
                .card((m, v) -> v == null || v.isBlank() ? null : Texts.escape(v));
    }

    /** A list of names, written as one comma-separated text; empty is the empty list. */
    static Builder<List<String>> list(
            String name, Function<Project, List<String>> get, BiConsumer<Project.Builder, List<String>> set) {
        return new Builder<List<String>>(name, get, set, List.of())
                .read((text, context) -> Texts.items(text))
                .text(v -> v.isEmpty() ? null : String.join(", ", v))
                .shown((m, v) -> String.join(", ", v))
                .card((m, v) -> v.isEmpty() ? null : Texts.escape(String.join(", ", v)));
    }

    /** The field's name: its option, its name in the audit log, its report column (with {@code _}). */
    public String name() {
        return name;
    }

    /** Message key of its label on the card. */
    public String labelKey() {
        return labelKey;
    }

    public T get(Project project) {
        return get.apply(project);
    }

    /** {@code project} with this field set to {@code value}; everything else, version included, stays. */
    public Project with(Project project, T value) {
        Project.Builder b = project.toBuilder();
        set.accept(b, value);
        return b.build();
    }

    /** {@code to} with this field's value taken from {@code from}. */
    public Project copy(Project from, Project to) {
        return with(to, get(from));
    }

    /** The value of an emptied field. */
    public T empty() {
        return empty;
    }

    public boolean isEmpty(Project project) {
        T value = get(project);
        return value == null || value.equals(empty) || value instanceof String s && s.isEmpty();
    }

    /** Whether users set it (by {@code /project} and {@code /import}); else only the bot does (health). */
    public boolean editable() {
        return reader != null;
    }

    /** The value of non-empty text, or null when {@code context} reported a problem. */
    public T read(String text, FieldContext context) {
        return reader.read(text, context);
    }

    /** The value as the audit log and the report's CSV keep it, the same in every language; null when empty. */
    public String text(Project project) {
        return text.apply(get(project));
    }

    /** The value in an export cell, in the reader's language and read back by {@code /import}. */
    public String shown(Messages m, Project project) {
        return shown.apply(m, get(project));
    }

    /** The value on the card, escaped for chat; null when empty. */
    public String card(Messages m, Project project) {
        return card.apply(m, get(project));
    }

    /** The value in JSON: a list as a list, anything else as its text. */
    public Object json(Project project) {
        T value = get(project);
        return value instanceof List<?> list ? list : text.apply(value);
    }

    /** The field's name in JSON: {@code portfolioHolders}. */
    public String jsonName() {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** The report's CSV column: {@code portfolio_holders}. */
    public String reportColumn() {
        return name.replace('-', '_');
    }

    public Presence presence() {
        return presence;
    }

    /** The longest accepted text, or 0 for no limit of its own. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether files carry it (an export writes it, an import reads it). */
    public boolean inFiles() {
        return !dutchHeaders.isEmpty();
    }

    /** Every header an import reads as this field, Dutch first; the first of each language is what an export writes. */
    public List<String> headers(Locale locale) {
        return locale.getLanguage().equals("en") ? englishHeaders : dutchHeaders;
    }

    public List<String> synonyms() {
        return Stream.concat(dutchHeaders.stream(), englishHeaders.stream())
                .distinct()
                .toList();
    }

    public Place place() {
        return place;
    }

    /** The field whose card value this one follows ({@link Place#JOINED}), or null. */
    public ProjectField<?> host() {
        return host;
    }

    public String separator() {
        return separator;
    }

    /**
     * The value a project gets when none is given, from its other fields (a theme that is also a pillar is the
     * pillar); empty for a field without such a rule.
     */
    public Optional<T> implied(Project project, FieldContext context) {
        return implied == null ? Optional.empty() : Optional.ofNullable(implied.apply(project, context));
    }

    public boolean hasImplied() {
        return implied != null;
    }

    /** The options of {@code /project add} for this field. */
    public List<OptionSpec> addOptions() {
        if (options != null) {
            return options.add();
        }
        return List.of(option(presence == Presence.REQUIRED));
    }

    /** The options of {@code /project edit} for this field. */
    public List<OptionSpec> editOptions() {
        return options != null ? options.edit() : List.of(option(false));
    }

    private OptionSpec option(boolean isRequired) {
        OptionSpec option = isRequired ? required(name, OptionType.STRING) : optional(name, OptionType.STRING);
        option = option.describedBy(descriptionKey);
        if (maxLength > 0) {
            option = option.withMaxLength(maxLength);
        }
        if (autocomplete) {
            option = option.withAutocomplete();
        }
        if (!choices.isEmpty()) {
            option = option.withChoices(choices);
        }
        return option;
    }

    /** The value {@code /project add} was given, if any. */
    public Optional<T> fromAdd(CommandRequest request, FieldContext context) {
        if (options != null) {
            return options.fromAdd(request, context);
        }
        return request.text(name).map(t -> read(t, context));
    }

    /** The value {@code /project edit} was given, if any; {@code -} empties an optional field. */
    public Optional<T> fromEdit(CommandRequest request, Project current, FieldContext context) {
        if (options != null) {
            return options.fromEdit(request, get(current), context);
        }
        return request.text(name)
                .map(t -> presence == Presence.OPTIONAL && t.strip().equals("-") ? empty : read(t, context));
    }

    /** The change from {@code before} to {@code after}, as the audit log records it, if the value changed. */
    public Optional<Change> change(Project before, Project after) {
        String was = text(before);
        String is = text(after);
        return Objects.equals(was, is) ? Optional.empty() : Optional.of(new Change(name, was, is));
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds a definition; see {@link ProjectFields} for every one. */
    static final class Builder<T> {
        private final String name;
        private final Function<Project, T> get;
        private final BiConsumer<Project.Builder, T> set;
        private final T empty;
        private String labelKey;
        private Reader<T> reader;
        private Function<T, String> text;
        private BiFunction<Messages, T, String> shown;
        private BiFunction<Messages, T, String> card;
        private Presence presence = Presence.OPTIONAL;
        private int maxLength;
        private List<String> dutchHeaders = List.of();
        private List<String> englishHeaders = List.of();
        private Place place = Place.BLOCK;
        private ProjectField<?> host;
        private String separator = "";
        private boolean autocomplete;
        private List<Choice> choices = List.of();
        private Options<T> options;
        private BiFunction<Project, FieldContext, T> implied;
        private String descriptionKey;

        Builder(String name, Function<Project, T> get, BiConsumer<Project.Builder, T> set, T empty) {
            this.name = name;
            this.get = get;
            this.set = set;
            this.empty = empty;
            this.labelKey = "project." + name;
            this.descriptionKey = "opt." + name;
        }

        /** The option's description, when not {@code opt.<name>} (a new field may use its label). */
        Builder<T> described(String key) {
            descriptionKey = key;
            return this;
        }

        Builder<T> label(String key) {
            labelKey = key;
            return this;
        }

        Builder<T> read(Reader<T> value) {
            reader = value;
            return this;
        }

        /** Set only by the bot: no option, no import. */
        Builder<T> readOnly() {
            reader = null;
            return this;
        }

        Builder<T> text(Function<T, String> value) {
            text = value;
            return this;
        }

        Builder<T> shown(BiFunction<Messages, T, String> value) {
            shown = value;
            return this;
        }

        Builder<T> card(BiFunction<Messages, T, String> value) {
            card = value;
            return this;
        }

        Builder<T> required() {
            presence = Presence.REQUIRED;
            return this;
        }

        Builder<T> kept() {
            presence = Presence.KEPT;
            return this;
        }

        Builder<T> max(int length) {
            maxLength = length;
            return this;
        }

        Builder<T> headers(List<String> dutch, List<String> english) {
            dutchHeaders = dutch;
            englishHeaders = english;
            return this;
        }

        Builder<T> on(Place value) {
            place = value;
            return this;
        }

        Builder<T> after(ProjectField<?> field, String between) {
            place = Place.JOINED;
            host = field;
            separator = between;
            return this;
        }

        Builder<T> autocomplete() {
            autocomplete = true;
            return this;
        }

        Builder<T> choices(List<Choice> values) {
            choices = values;
            return this;
        }

        Builder<T> options(Options<T> value) {
            options = value;
            return this;
        }

        Builder<T> implied(BiFunction<Project, FieldContext, T> rule) {
            implied = rule;
            return this;
        }

        ProjectField<T> build() {
            return new ProjectField<>(this);
        }
    }
}
