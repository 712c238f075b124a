package nl.regiotafel.commands.project;

import static nl.regiotafel.commands.api.OptionSpec.optional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.project.ProjectField.Place;
import nl.regiotafel.commands.text.Texts;

/**
 * Every field of a project, each defined once. The order is the order of the options, of the export's columns and of
 * the card; the report's CSV keeps its documented order and takes a field added later at its end.
 */
public final class ProjectFields {

    /** The option of {@code /project add} that names the first leader. */
    public static final String LEADER = "leader";

    public static final String ADD_LEADER = "add-leader";
    public static final String REMOVE_LEADER = "remove-leader";

    public static final ProjectField<String> NAME = ProjectField.text("name", Project::name, (b, v) -> b.name = v)
            .required()
            .max(200)
            .on(Place.TITLE)
            .headers(
                    List.of("projectnaam", "naam", "projecttitel", "titel project"),
                    List.of("name", "project name", "title"))
            .build();

    public static final ProjectField<String> REGION = ProjectField.text(
                    "region", Project::region, (b, v) -> b.region = v)
            .required()
            .max(100)
            .autocomplete()
            .on(Place.INLINE)
            .read((text, context) -> context.region(text))
            .headers(List.of("regio", "zorgkantoorregio"), List.of("region"))
            .build();

    public static final ProjectField<String> SUBREGION = ProjectField.text(
                    "subregion", Project::subRegion, (b, v) -> b.subRegion = v)
            .max(100)
            .after(REGION, " – ")
            .headers(List.of("subregio", "deelregio", "plaats"), List.of("subregion", "sub-region", "place"))
            .build();

    public static final ProjectField<String> THEME = ProjectField.text("theme", Project::theme, (b, v) -> b.theme = v)
            .required()
            .max(100)
            .autocomplete()
            .on(Place.INLINE)
            .read((text, context) -> context.theme(text))
            .headers(List.of("thema", "themas"), List.of("theme", "themes"))
            .build();

    public static final ProjectField<String> PILLAR = ProjectField.text(
                    "pillar", Project::pillar, (b, v) -> b.pillar = v)
            .max(100)
            .autocomplete()
            .after(THEME, " · ")
            .read((text, context) -> context.pillar(text))
            // As the networks use them: a theme that is also a pillar is the pillar
            .implied((project, context) -> project.theme() == null
                    ? null
                    : context.pillarOfTheme(project.theme()).orElse(null))
            .headers(List.of("pijler", "pijlers"), List.of("pillar", "pillars"))
            .build();

    public static final ProjectField<String> GOAL = ProjectField.text("goal", Project::goal, (b, v) -> b.goal = v)
            .max(1000)
            .headers(List.of("doel", "doelstelling", "doelstellingen"), List.of("goal", "goals", "objective", "aim"))
            .build();

    public static final ProjectField<Phase> PHASE = new ProjectField.Builder<Phase>(
                    "phase", Project::phase, (b, v) -> b.phase = v, null)
            .kept()
            .choices(Phase.choices())
            .on(Place.INLINE)
            .read((text, context) -> context.phase(text))
            .text(v -> v == null ? null : v.slug())
            .shown((m, v) -> m.get(v.labelKey()))
            .card((m, v) -> m.get(v.labelKey()))
            .headers(List.of("fase", "projectfase"), List.of("phase", "project phase", "stage"))
            .build();

    public static final ProjectField<ProjectStatus> STATUS = new ProjectField.Builder<ProjectStatus>(
                    "status", Project::status, (b, v) -> b.status = v, null)
            .kept()
            .choices(ProjectStatus.choices())
            .on(Place.INLINE)
            .read((text, context) -> context.status(text))
            .text(v -> v == null ? null : v.slug())
            .shown((m, v) -> m.get(v.labelKey()))
            .card((m, v) -> m.get(v.labelKey()))
            .headers(List.of("status", "projectstatus"), List.of("status", "project status"))
            .build();

    /** The latest update's health signal: set by {@code /update}, never typed or imported. */
    public static final ProjectField<Health> HEALTH = new ProjectField.Builder<Health>(
                    "health", Project::health, (b, v) -> b.health = v, null)
            .readOnly()
            .on(Place.INLINE)
            .text(v -> v == null ? null : v.slug())
            .shown((m, v) -> v == null ? "" : m.get(v.labelKey()))
            .card((m, v) -> v == null ? null : m.get(v.labelKey()))
            .build();

    public static final ProjectField<List<String>> LEADERS = ProjectField.list(
                    "leaders", Project::leaders, (b, v) -> b.leaders = v)
            .on(Place.INLINE)
            .read((text, context) -> {
                List<String> ids = new ArrayList<>();
                for (String item : Texts.items(text)) {
                    String id = context.user(item);
                    if (id != null && !ids.contains(id)) {
                        ids.add(id);
                    }
                }
                return ids;
            })
            .card((m, v) -> v.isEmpty()
                    ? m.get("project.noLeader")
                    : String.join(
                            ", ",
                            v.stream()
                                    .map(nl.regiotafel.commands.chat.Markup::user)
                                    .toList()))
            .options(new LeaderOptions())
            .headers(
                    List.of("projectleiders", "projectleider", "leider", "leiders", "trekker", "trekkers"),
                    List.of("leaders", "leader", "project leader", "project leaders", "project lead", "lead"))
            .build();

    public static final ProjectField<List<String>> PORTFOLIO_HOLDERS = ProjectField.list(
                    "portfolio-holders", Project::portfolioHolders, (b, v) -> b.portfolioHolders = v)
            .label("project.portfolioHolders")
            .max(500)
            .headers(
                    List.of("portefeuillehouders", "portefeuillehouder"),
                    List.of("portfolio holders", "portfolio holder"))
            .build();

    public static final ProjectField<List<String>> ORGANISATIONS = ProjectField.list(
                    "organisations", Project::organisations, (b, v) -> b.organisations = v)
            .max(1000)
            .headers(
                    List.of(
                            "organisaties",
                            "organisatie",
                            "betrokken organisaties",
                            "deelnemende organisaties",
                            "partners"),
                    List.of(
                            "organisations",
                            "organisation",
                            "organizations",
                            "organization",
                            "participating organisations"))
            .build();

    /** Codes of related projects; each must exist. */
    public static final ProjectField<List<String>> RELATED = ProjectField.list(
                    "related", Project::related, (b, v) -> b.related = v)
            .max(500)
            .on(Place.BLOCK_IF_SET)
            .read((text, context) -> {
                List<String> codes = new ArrayList<>();
                for (String item : Texts.items(text)) {
                    String code = context.related(item.toLowerCase(Locale.ROOT));
                    if (code != null && !codes.contains(code)) {
                        codes.add(code);
                    }
                }
                return codes;
            })
            .card((m, v) -> v.isEmpty() ? null : String.join(", ", v))
            .headers(
                    List.of("gerelateerd", "gerelateerde projecten", "relatie met andere projecten"),
                    List.of("related", "related projects"))
            .build();

    private static final List<ProjectField<?>> ALL = List.of(
            NAME,
            REGION,
            SUBREGION,
            THEME,
            PILLAR,
            GOAL,
            PHASE,
            STATUS,
            HEALTH,
            LEADERS,
            PORTFOLIO_HOLDERS,
            ORGANISATIONS,
            RELATED);

    private ProjectFields() {}

    /** Every field, in order. */
    public static List<ProjectField<?>> all() {
        return ALL;
    }

    /** The fields users set with {@code /project} and {@code /import}. */
    public static List<ProjectField<?>> editable() {
        return ALL.stream().filter(ProjectField::editable).toList();
    }

    /** The field of this name. */
    public static Optional<ProjectField<?>> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** A new project with nothing set but what every project has (its phase and status start at the beginning). */
    public static Project blank(String networkId, String code, Instant now) {
        return new Project(
                networkId,
                code,
                "",
                null,
                null,
                null,
                null,
                null,
                Phase.PLAN_VAN_AANPAK,
                ProjectStatus.NOG_NIET_GESTART,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                now,
                now,
                0);
    }

    /** What changed between two versions of a project, field by field, as the audit log records it. */
    public static List<Change> changes(Project before, Project after) {
        List<Change> changes = new ArrayList<>();
        for (ProjectField<?> field : editable()) {
            field.change(before, after).ifPresent(changes::add);
        }
        return changes;
    }

    /** Whether two versions hold the same value in every field users set. */
    public static boolean sameValues(Project a, Project b) {
        return editable().stream().allMatch(f -> Objects.equals(f.get(a), f.get(b)));
    }

    /** {@code /project add} names one leader; {@code /project edit} adds or removes one. */
    private static final class LeaderOptions implements ProjectField.Options<List<String>> {

        @Override
        public List<OptionSpec> add() {
            return List.of(optional(LEADER, OptionType.USER));
        }

        @Override
        public List<OptionSpec> edit() {
            return List.of(optional(ADD_LEADER, OptionType.USER), optional(REMOVE_LEADER, OptionType.USER));
        }

        @Override
        public Optional<List<String>> fromAdd(CommandRequest request, FieldContext context) {
            return request.user(LEADER).map(u -> List.of(u.id()));
        }

        @Override
        public Optional<List<String>> fromEdit(CommandRequest request, List<String> current, FieldContext context) {
            Optional<UserRef> add = request.user(ADD_LEADER);
            Optional<UserRef> remove = request.user(REMOVE_LEADER);
            if (add.isEmpty() && remove.isEmpty()) {
                return Optional.empty();
            }
            List<String> leaders = new ArrayList<>(current);
            add.filter(u -> !leaders.contains(u.id())).ifPresent(u -> leaders.add(u.id()));
            remove.ifPresent(u -> leaders.remove(u.id()));
            return Optional.of(leaders);
        }
    }
}
