package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Choice;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.network.RoleMapping;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * Configures a network, for its administrators. Every change is saved at once (optimistically locked: a concurrent
 * change is refused, never overwritten) and written to the audit log as {@code setup.*}, old → new.
 *
 * <pre>
 * /setup show
 * /setup network name:"Netwerk Zorg Zeeland" timezone:Europe/Amsterdam language:nl members-may-read:false
 * /setup regions add region:Zeeland subregions:"Walcheren, Zeeuws-Vlaanderen"
 * /setup regions remove region:Zeeland subregion:Walcheren
 * /setup themes add theme:ZomerZorg
 * /setup pillars remove pillar:Behoud
 * /setup roles add admin:@Bestuur manager:@Programmamanagers leader:@Projectleiders
 * /setup channels updates:#voortgang reminders:#herinneringen digest:#overzicht managers:#escalaties
 * /setup calendar kind:quarter opens-days-before:14 deadline-days-after:10
 * /setup link name:"Sanne de Vries" member:@sanne
 * /setup unlinked skip:1          (names waiting to be linked, one at a time, with a choice of member)
 * /setup delete                  (leaving: shows what goes and offers the export)
 * /setup delete confirm:true     (deletes everything of the network)
 * </pre>
 */
public final class SetupCommand implements Command {

    public static final String NAME = "setup";
    public static final String CONFIRM = "confirm";
    public static final String TITLE = "name";
    public static final String TIMEZONE = "timezone";
    public static final String LANGUAGE = "language";
    public static final String MEMBERS_MAY_READ = "members-may-read";
    public static final String REGION = "region";
    public static final String SUBREGIONS = "subregions";
    public static final String SUBREGION = "subregion";
    public static final String THEME = "theme";
    public static final String PILLAR = "pillar";
    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String LEADER = "leader";
    public static final String UPDATES = "updates";
    public static final String REMINDERS = "reminders";
    public static final String DIGEST = "digest";
    public static final String MANAGERS = "managers";
    public static final String FORUM = "forum";
    public static final String MEMBER = "member";
    public static final String CLEAR = "clear";
    public static final String SKIP = "skip";
    public static final String KIND = "kind";
    public static final String OPENS_DAYS_BEFORE = "opens-days-before";
    public static final String DEADLINE_DAYS_AFTER = "deadline-days-after";

    /** What the audit log names as the subject of every configuration change. */
    public static final String AUDIT_SUBJECT = "network";

    static final int MAX_NAME = 100;
    static final int MAX_DAYS = 92;

    private final NetworkStore networks;
    private final ProjectStore projects;
    private final nl.regiotafel.commands.milestone.MilestoneStore milestones;
    private final nl.regiotafel.commands.update.UpdateStore updates;
    private final AuditStore audit;
    private final nl.regiotafel.commands.privacy.PersonalDataStore personalData;
    private final nl.regiotafel.commands.privacy.RetentionStore retention;
    private final Clock clock;

    public SetupCommand(
            NetworkStore networks,
            ProjectStore projects,
            nl.regiotafel.commands.milestone.MilestoneStore milestones,
            nl.regiotafel.commands.update.UpdateStore updates,
            AuditStore audit,
            nl.regiotafel.commands.privacy.PersonalDataStore personalData,
            nl.regiotafel.commands.privacy.RetentionStore retention,
            Clock clock) {
        this.personalData = personalData;
        this.retention = retention;
        this.networks = networks;
        this.projects = projects;
        this.milestones = milestones;
        this.updates = updates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        List<Choice> kinds = List.of(
                new Choice("month", "setup.kind.month"),
                new Choice("quarter", "setup.kind.quarter"),
                new Choice("half", "setup.kind.half"),
                new Choice("year", "setup.kind.year"));
        return CommandSpec.withSubcommands(
                        NAME,
                        SubcommandSpec.of(NAME, "show"),
                        SubcommandSpec.of(NAME, "demo"),
                        SubcommandSpec.of(
                                NAME,
                                "delete",
                                optional(CONFIRM, OptionType.BOOLEAN).describedBy("opt.setup.delete.confirm")),
                        SubcommandSpec.of(
                                NAME,
                                "link",
                                required(TITLE, OptionType.STRING)
                                        .withMaxLength(100)
                                        .describedBy("opt.setup.linkName"),
                                required(MEMBER, OptionType.USER)),
                        SubcommandSpec.of(
                                NAME,
                                "unlinked",
                                optional(SKIP, OptionType.INTEGER).describedBy("opt.setup.skip")),
                        SubcommandSpec.of(
                                NAME,
                                "network",
                                optional(TITLE, OptionType.STRING)
                                        .withMaxLength(MAX_NAME)
                                        .describedBy("opt.setup.name"),
                                optional(TIMEZONE, OptionType.STRING).withAutocomplete(),
                                optional(LANGUAGE, OptionType.STRING)
                                        .withChoices(List.of(
                                                new Choice("nl", "setup.language.nl"),
                                                new Choice("en", "setup.language.en"))),
                                optional(MEMBERS_MAY_READ, OptionType.BOOLEAN)),
                        SubcommandSpec.grouped(
                                NAME,
                                "regions",
                                "add",
                                required(REGION, OptionType.STRING)
                                        .withMaxLength(MAX_NAME)
                                        .withAutocomplete(),
                                optional(SUBREGIONS, OptionType.STRING).withMaxLength(1000)),
                        SubcommandSpec.grouped(
                                NAME,
                                "regions",
                                "remove",
                                required(REGION, OptionType.STRING).withAutocomplete(),
                                optional(SUBREGION, OptionType.STRING)
                                        .withMaxLength(MAX_NAME)
                                        .describedBy("opt.setup.subregion")),
                        SubcommandSpec.grouped(
                                NAME,
                                "themes",
                                "add",
                                required(THEME, OptionType.STRING).withMaxLength(MAX_NAME)),
                        SubcommandSpec.grouped(
                                NAME,
                                "themes",
                                "remove",
                                required(THEME, OptionType.STRING).withAutocomplete()),
                        SubcommandSpec.grouped(
                                NAME,
                                "pillars",
                                "add",
                                required(PILLAR, OptionType.STRING).withMaxLength(MAX_NAME)),
                        SubcommandSpec.grouped(
                                NAME,
                                "pillars",
                                "remove",
                                required(PILLAR, OptionType.STRING).withAutocomplete()),
                        SubcommandSpec.grouped(NAME, "roles", "add", roleOptions()),
                        SubcommandSpec.grouped(NAME, "roles", "remove", roleOptions()),
                        SubcommandSpec.of(
                                NAME,
                                "channels",
                                optional(UPDATES, OptionType.CHANNEL).describedBy("opt.setup.updates"),
                                optional(REMINDERS, OptionType.CHANNEL).describedBy("opt.setup.reminders"),
                                optional(DIGEST, OptionType.CHANNEL).describedBy("opt.setup.digest"),
                                optional(MANAGERS, OptionType.CHANNEL).describedBy("opt.setup.managers"),
                                optional(FORUM, OptionType.CHANNEL).describedBy("opt.setup.forum"),
                                optional(CLEAR, OptionType.STRING)
                                        .describedBy("opt.setup.clear")
                                        .withChoices(List.of(
                                                new Choice(UPDATES, "setup.channel.updates"),
                                                new Choice(REMINDERS, "setup.channel.reminders"),
                                                new Choice(DIGEST, "setup.channel.digest"),
                                                new Choice(MANAGERS, "setup.channel.managers"),
                                                new Choice(FORUM, "setup.channel.forum"),
                                                new Choice("all", "setup.channel.all")))),
                        SubcommandSpec.of(
                                NAME,
                                "calendar",
                                optional(KIND, OptionType.STRING)
                                        .describedBy("opt.setup.kind")
                                        .withChoices(kinds),
                                optional(OPENS_DAYS_BEFORE, OptionType.INTEGER),
                                optional(DEADLINE_DAYS_AFTER, OptionType.INTEGER)))
                .asConfiguration();
    }

    /**
     * Links a leader or milestone owner stored as a plain name (from an import) to a member: every project led by that
     * name, and every milestone owned by it, now names the member, so reminders can mention them.
     */
    private CommandResponse link(CommandRequest request, Messages m) {
        String name = request.requireText(TITLE);
        nl.regiotafel.commands.api.UserRef member = request.user(MEMBER)
                .orElseThrow(
                        () -> new UserError("error.option.missing", new nl.regiotafel.commands.api.OptionRef(MEMBER)));
        int linkedProjects = 0;
        int linkedMilestones = 0;
        List<Change> changes = new java.util.ArrayList<>();
        for (nl.regiotafel.commands.project.Project project : projects.list(
                request.networkId(),
                new nl.regiotafel.commands.project.ProjectFilter(null, null, null, null, null, true))) {
            if (project.leaders().stream().anyMatch(l -> l.equalsIgnoreCase(name))) {
                nl.regiotafel.commands.project.Project.Builder linked = project.toBuilder();
                linked.leaders = project.leaders().stream()
                        .map(l -> l.equalsIgnoreCase(name) ? member.id() : l)
                        .distinct()
                        .toList();
                linked.updatedAt = clock.instant();
                projects.update(linked.build());
                changes.add(new Change("leaders " + project.code(), name, member.id()));
                linkedProjects++;
            }
            for (nl.regiotafel.commands.milestone.Milestone ms :
                    milestones.ofProject(request.networkId(), project.code())) {
                if (ms.ownerId() != null && ms.ownerId().equalsIgnoreCase(name)) {
                    milestones.update(new nl.regiotafel.commands.milestone.Milestone(
                            ms.networkId(),
                            ms.projectCode(),
                            ms.number(),
                            ms.title(),
                            ms.due(),
                            ms.status(),
                            ms.doneOn(),
                            member.id(),
                            ms.moves(),
                            ms.snoozedUntil(),
                            ms.createdAt(),
                            clock.instant(),
                            ms.version()));
                    changes.add(new Change("owner " + project.code() + "#" + ms.number(), name, member.id()));
                    linkedMilestones++;
                }
            }
        }
        if (changes.isEmpty()) {
            throw new UserError("error.setup.linkUnknown", name);
        }
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                "setup.link",
                AUDIT_SUBJECT,
                changes));
        String text = m.get("setup.linked.text", member.name(), linkedProjects, linkedMilestones);
        List<NameLinks.Waiting> waiting = NameLinks.waiting(request.networkId(), projects, milestones);
        if (waiting.isEmpty()) {
            return CommandResponse.privateText(m.get("setup.linked.title", name), text);
        }
        // The next name right away, so linking a whole import is a row of choices
        return CommandResponse.builder()
                .privately()
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get("setup.linked.title", name),
                        text + "\n\n"
                                + m.get(
                                        "setup.linked.next",
                                        waiting.size(),
                                        Markup.bold(Texts.escape(waiting.get(0).name())))))
                .action(NameLinks.choose(waiting.get(0).name()))
                .build();
    }

    private static OptionSpec[] roleOptions() {
        return new OptionSpec[] {
            optional(ADMIN, OptionType.ROLE).describedBy("opt.setup.admin"),
            optional(MANAGER, OptionType.ROLE).describedBy("opt.setup.manager"),
            optional(LEADER, OptionType.ROLE).describedBy("opt.setup.leader")
        };
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Access.requireAdmin(request);
        Messages m = Messages.of(request.locale());
        if (request.subcommand().equals("delete")) {
            return NetworkDeletion.delete(request, m, personalData);
        }
        NetworkSettings current = networks.get(request.networkId());
        if (request.subcommand().equals("show")) {
            return show(m, current, retention.get(request.networkId()));
        }
        if (request.subcommand().equals("demo")) {
            return demo(request, m);
        }
        if (request.subcommand().equals("link")) {
            return link(request, m);
        }
        if (request.subcommand().equals("unlinked")) {
            long skip = request.integer(SKIP).orElse(0L);
            if (skip < 0 || skip > 10_000) {
                throw new UserError("error.setup.skip", new nl.regiotafel.commands.api.OptionRef(SKIP), skip);
            }
            return NameLinks.offer(m, NameLinks.waiting(request.networkId(), projects, milestones), (int) skip);
        }
        NetworkSettings.Builder next = current.toBuilder();
        switch (request.subcommand()) {
            case "network" -> network(request, next);
            case "regions add" -> addRegion(request, next);
            case "regions remove" -> removeRegion(request, next);
            case "themes add" ->
                next.themes = added(next.themes, request.requireText(THEME), "error.setup.themeExists");
            case "themes remove" -> removeTheme(request, current, next);
            case "pillars add" ->
                next.pillars = added(next.pillars, request.requireText(PILLAR), "error.setup.pillarExists");
            case "pillars remove" -> removePillar(request, current, next);
            case "roles add" -> roles(request, next, true);
            case "roles remove" -> roles(request, next, false);
            case "channels" -> channels(request, next);
            case "calendar" -> calendar(request, next);
            default -> throw new AssertionError("Unknown subcommand " + request.subcommand());
        }
        NetworkSettings changed = next.build();
        List<Change> changes = changes(current, changed);
        if (changes.isEmpty()) {
            throw new UserError("error.setup.nothingToChange");
        }
        NetworkSettings saved = networks.save(changed);
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                "setup." + request.subcommand().replace(' ', '.'),
                AUDIT_SUBJECT,
                changes));
        StringBuilder summary = new StringBuilder();
        for (Change change : changes) {
            summary.append("• ")
                    .append(m.get("setup.field." + change.field()))
                    .append(": ")
                    .append(Texts.escape(Texts.limit(shown(m, change.before()), 300)))
                    .append(" → ")
                    .append(Texts.escape(Texts.limit(shown(m, change.after()), 300)))
                    .append('\n');
        }
        return CommandResponse.builder()
                .privately()
                .tone(Tone.SUCCESS)
                .page(new Page(
                        m.get("setup.saved"), summary.toString(), List.of(), m.get("setup.version", saved.version())))
                .build();
    }

    /**
     * Applies new regions and themes to settings, as {@code /import} does when a file names ones the network does not
     * know yet; returns the settings unchanged when all are known. Matching ignores case.
     */
    public static NetworkSettings withAdded(NetworkSettings settings, List<String> regions, List<String> themes) {
        NetworkSettings.Builder next = settings.toBuilder();
        List<Region> allRegions = new ArrayList<>(settings.regions());
        for (String region : regions) {
            if (settings.region(region).isEmpty()
                    && allRegions.stream().noneMatch(r -> r.name().equalsIgnoreCase(region))) {
                allRegions.add(Region.of(region));
            }
        }
        next.regions = allRegions;
        List<String> allThemes = new ArrayList<>(settings.themes());
        for (String theme : themes) {
            if (allThemes.stream().noneMatch(t -> t.equalsIgnoreCase(theme))) {
                allThemes.add(theme);
            }
        }
        next.themes = allThemes;
        return next.build();
    }

    private static void network(CommandRequest request, NetworkSettings.Builder next) {
        request.text(TITLE).ifPresent(v -> next.name = v);
        request.text(TIMEZONE).ifPresent(v -> next.zone = zone(v));
        request.text(LANGUAGE).ifPresent(v -> next.locale = Locale.forLanguageTag(v.toLowerCase(Locale.ROOT)));
        request.bool(MEMBERS_MAY_READ).ifPresent(v -> next.membersMayRead = v);
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new UserError("error.setup.timezone", text);
        }
    }

    private static void addRegion(CommandRequest request, NetworkSettings.Builder next) {
        String name = request.requireText(REGION);
        List<String> subs = Texts.items(request.text(SUBREGIONS).orElse(null));
        List<Region> regions = new ArrayList<>(next.regions);
        Optional<Region> existing =
                regions.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
        if (existing.isEmpty()) {
            regions.add(new Region(name, subs));
        } else {
            LinkedHashSet<String> all = new LinkedHashSet<>(existing.get().subRegions());
            subs.stream()
                    .filter(s -> all.stream().noneMatch(a -> a.equalsIgnoreCase(s)))
                    .forEach(all::add);
            if (all.size() == existing.get().subRegions().size()) {
                throw new UserError("error.setup.regionExists", existing.get().name());
            }
            regions.set(
                    regions.indexOf(existing.get()), new Region(existing.get().name(), List.copyOf(all)));
        }
        next.regions = regions;
    }

    private void removeRegion(CommandRequest request, NetworkSettings.Builder next) {
        String name = request.requireText(REGION);
        List<Region> regions = new ArrayList<>(next.regions);
        Region region = regions.stream()
                .filter(r -> r.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new UserError("error.setup.regionUnknown", name));
        Optional<String> sub = request.text(SUBREGION);
        if (sub.isPresent()) {
            List<String> subs = new ArrayList<>(region.subRegions());
            if (!subs.removeIf(s -> s.equalsIgnoreCase(sub.get()))) {
                throw new UserError(
                        "error.setup.subregionUnknown",
                        sub.get(),
                        region.name(),
                        Texts.joinOr(region.subRegions(), "–"));
            }
            regions.set(regions.indexOf(region), new Region(region.name(), subs));
        } else {
            if (regions.size() == 1) {
                throw new UserError("error.setup.lastRegion");
            }
            refuseInUse(request, p -> p.region(), region.name(), "error.setup.regionInUse");
            regions.remove(region);
        }
        next.regions = regions;
    }

    private void removeTheme(CommandRequest request, NetworkSettings current, NetworkSettings.Builder next) {
        String theme = current.theme(request.requireText(THEME))
                .orElseThrow(() -> new UserError(
                        "error.theme.unknown", request.requireText(THEME), String.join(", ", current.themes())));
        if (current.themes().size() == 1) {
            throw new UserError("error.setup.lastTheme");
        }
        refuseInUse(request, Project::theme, theme, "error.setup.themeInUse");
        next.themes = current.themes().stream().filter(t -> !t.equals(theme)).toList();
    }

    private void removePillar(CommandRequest request, NetworkSettings current, NetworkSettings.Builder next) {
        String pillar = current.pillar(request.requireText(PILLAR))
                .orElseThrow(() -> new UserError(
                        "error.pillar.unknown", request.requireText(PILLAR), String.join(", ", current.pillars())));
        refuseInUse(request, Project::pillar, pillar, "error.setup.pillarInUse");
        next.pillars = current.pillars().stream().filter(p -> !p.equals(pillar)).toList();
    }

    /** Refuses to remove a value projects still use, naming some of them, so no project is left with an unknown one. */
    private void refuseInUse(CommandRequest request, Function<Project, String> field, String value, String key) {
        List<String> codes =
                projects.list(request.networkId(), new ProjectFilter(null, null, null, null, null, true)).stream()
                        .filter(p -> value.equalsIgnoreCase(field.apply(p)))
                        .map(Project::code)
                        .toList();
        if (!codes.isEmpty()) {
            throw new UserError(
                    key, value, codes.size(), String.join(", ", codes.subList(0, Math.min(10, codes.size()))));
        }
    }

    private static List<String> added(List<String> values, String value, String existsKey) {
        if (values.stream().anyMatch(v -> v.equalsIgnoreCase(value))) {
            throw new UserError(existsKey, value);
        }
        List<String> all = new ArrayList<>(values);
        all.add(value);
        return all;
    }

    private static void roles(CommandRequest request, NetworkSettings.Builder next, boolean add) {
        Optional<String> admin = request.text(ADMIN).map(SetupCommand::id);
        Optional<String> manager = request.text(MANAGER).map(SetupCommand::id);
        Optional<String> leader = request.text(LEADER).map(SetupCommand::id);
        if (admin.isEmpty() && manager.isEmpty() && leader.isEmpty()) {
            throw new UserError("error.setup.roleMissing");
        }
        RoleMapping roles = next.roles;
        next.roles = new RoleMapping(
                edit(roles.adminRoleIds(), admin, add),
                edit(roles.managerRoleIds(), manager, add),
                edit(roles.leaderRoleIds(), leader, add));
    }

    private static List<String> edit(List<String> ids, Optional<String> id, boolean add) {
        if (id.isEmpty()) {
            return ids;
        }
        List<String> result = new ArrayList<>(ids);
        result.remove(id.get());
        if (add) {
            result.add(id.get());
        }
        return result;
    }

    private static void channels(CommandRequest request, NetworkSettings.Builder next) {
        Channels c = next.channels;
        String updates = request.text(UPDATES).map(SetupCommand::id).orElse(c.updates());
        String reminders = request.text(REMINDERS).map(SetupCommand::id).orElse(c.reminders());
        String digest = request.text(DIGEST).map(SetupCommand::id).orElse(c.digest());
        String managers = request.text(MANAGERS).map(SetupCommand::id).orElse(c.managers());
        String forum = request.text(FORUM).map(SetupCommand::id).orElse(c.forum());
        String clear = request.text(CLEAR).map(v -> v.toLowerCase(Locale.ROOT)).orElse("");
        boolean all = clear.equals("all");
        next.channels = new Channels(
                all || clear.equals(UPDATES) ? null : updates,
                all || clear.equals(REMINDERS) ? null : reminders,
                all || clear.equals(DIGEST) ? null : digest,
                all || clear.equals(MANAGERS) ? null : managers,
                all || clear.equals(FORUM) ? null : forum);
    }

    private static void calendar(CommandRequest request, NetworkSettings.Builder next) {
        ReportingCalendar c = next.calendar;
        ReportingPeriod.Kind kind = request.text(KIND)
                .map(v -> ReportingPeriod.Kind.valueOf(v.toUpperCase(Locale.ROOT)))
                .orElse(c.kind());
        int opens = days(request, OPENS_DAYS_BEFORE, c.opensDaysBefore());
        int deadline = days(request, DEADLINE_DAYS_AFTER, c.deadlineDaysAfter());
        next.calendar = new ReportingCalendar(kind, opens, deadline);
    }

    private static int days(CommandRequest request, String option, int current) {
        long days = request.integer(option).orElse((long) current);
        if (days < 0 || days > MAX_DAYS) {
            throw new UserError("error.setup.days", option, MAX_DAYS);
        }
        return (int) days;
    }

    /** A role or channel id from what an adapter passes: the id itself, or a mention as typed in the console. */
    static String id(String value) {
        String text = value.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1);
        }
        while (!text.isEmpty() && "@&#!".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UserError("error.setup.id", value);
        }
        return text;
    }

    /** A changed value as the reader says it: yes or no (ja, nee) for a switch, a dash for none. */
    private static String shown(Messages m, String value) {
        if (value == null) {
            return "–";
        }
        return switch (value) {
            case "true" -> m.get("common.yes");
            case "false" -> m.get("common.no");
            default -> value;
        };
    }

    /** Every field that differs, lists as what was removed → what was added. */
    static List<Change> changes(NetworkSettings before, NetworkSettings after) {
        List<Change> changes = new ArrayList<>();
        diff(changes, "name", before.name(), after.name());
        diff(changes, "timezone", before.zone().getId(), after.zone().getId());
        diff(
                changes,
                "language",
                before.locale().toLanguageTag(),
                after.locale().toLanguageTag());
        diff(
                changes,
                "membersMayRead",
                String.valueOf(before.membersMayRead()),
                String.valueOf(after.membersMayRead()));
        diffList(
                changes,
                "regions",
                before.regions().stream().map(SetupCommand::region).toList(),
                after.regions().stream().map(SetupCommand::region).toList());
        diffList(changes, "themes", before.themes(), after.themes());
        diffList(changes, "pillars", before.pillars(), after.pillars());
        diffList(
                changes,
                "adminRoles",
                before.roles().adminRoleIds(),
                after.roles().adminRoleIds());
        diffList(
                changes,
                "managerRoles",
                before.roles().managerRoleIds(),
                after.roles().managerRoleIds());
        diffList(
                changes,
                "leaderRoles",
                before.roles().leaderRoleIds(),
                after.roles().leaderRoleIds());
        diff(
                changes,
                "updatesChannel",
                before.channels().updates(),
                after.channels().updates());
        diff(
                changes,
                "remindersChannel",
                before.channels().reminders(),
                after.channels().reminders());
        diff(
                changes,
                "digestChannel",
                before.channels().digest(),
                after.channels().digest());
        diff(
                changes,
                "managersChannel",
                before.channels().managers(),
                after.channels().managers());
        diff(
                changes,
                "forumChannel",
                before.channels().forum(),
                after.channels().forum());
        diff(
                changes,
                "calendarKind",
                before.calendar().kind().name(),
                after.calendar().kind().name());
        diff(
                changes,
                "opensDaysBefore",
                String.valueOf(before.calendar().opensDaysBefore()),
                String.valueOf(after.calendar().opensDaysBefore()));
        diff(
                changes,
                "deadlineDaysAfter",
                String.valueOf(before.calendar().deadlineDaysAfter()),
                String.valueOf(after.calendar().deadlineDaysAfter()));
        return changes;
    }

    private static void diff(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private static void diffList(List<Change> changes, String field, List<String> before, List<String> after) {
        List<String> removed = before.stream().filter(v -> !after.contains(v)).toList();
        List<String> added = after.stream().filter(v -> !before.contains(v)).toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            changes.add(new Change(
                    field,
                    removed.isEmpty() ? null : String.join("; ", removed),
                    added.isEmpty() ? null : String.join("; ", added)));
        }
    }

    static String region(Region region) {
        return region.subRegions().isEmpty()
                ? region.name()
                : region.name() + " (" + String.join(", ", region.subRegions()) + ")";
    }

    private static CommandResponse show(
            Messages m, NetworkSettings s, nl.regiotafel.commands.privacy.Retention retention) {
        String none = m.get("common.none");
        StringBuilder regions = new StringBuilder();
        for (Region region : s.regions()) {
            regions.append("• ").append(Texts.escape(region(region))).append('\n');
        }
        List<Field> fields = List.of(
                Field.inline(m.get("setup.field.name"), Texts.escape(s.name())),
                Field.inline(m.get("setup.field.timezone"), s.zone().getId()),
                Field.inline(
                        m.get("setup.field.language"),
                        m.get("setup.language." + s.locale().getLanguage())),
                Field.inline(
                        m.get("setup.field.membersMayRead"), m.get(s.membersMayRead() ? "common.yes" : "common.no")),
                Field.of(m.get("setup.field.themes"), Texts.escape(Texts.joinOr(s.themes(), none))),
                Field.of(m.get("setup.field.pillars"), Texts.escape(Texts.joinOr(s.pillars(), none))),
                Field.of(
                        m.get("setup.roles"),
                        m.get(
                                "setup.roles.text",
                                roles(s.roles().adminRoleIds(), m.get("setup.roles.platformAdmins")),
                                roles(s.roles().managerRoleIds(), none),
                                roles(s.roles().leaderRoleIds(), none))),
                Field.of(
                        m.get("setup.channels"),
                        m.get(
                                "setup.channels.text",
                                channel(s.channels().updates(), none),
                                channel(s.channels().reminders(), none),
                                channel(s.channels().digest(), none),
                                channel(s.channels().managers(), none),
                                channel(s.channels().forum(), none))),
                Field.of(
                        m.get("setup.calendar"),
                        m.get(
                                "setup.calendar.text",
                                m.get("setup.kind." + s.calendar().kind().name().toLowerCase(Locale.ROOT)),
                                s.calendar().opensDaysBefore(),
                                s.calendar().deadlineDaysAfter())),
                Field.of(
                        m.get("privacy.retention.title"),
                        nl.regiotafel.commands.privacy.PrivacyCommand.describe(m, retention)));
        String footer = s.version() == 0 ? m.get("setup.defaults") : m.get("setup.version", s.version());
        return CommandResponse.builder()
                .privately()
                .page(new Page(
                        m.get("setup.show.title", Texts.escape(s.name())),
                        m.get("setup.field.regions") + " (" + s.regions().size() + ")\n" + regions,
                        fields,
                        footer))
                .build();
    }

    private static String roles(List<String> ids, String empty) {
        return ids.isEmpty()
                ? empty
                : String.join(", ", ids.stream().map(Markup::role).toList());
    }

    private static String channel(String id, String empty) {
        return id == null ? empty : Markup.channel(id);
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        String typed = request.text(option).orElse("").toLowerCase(Locale.ROOT);
        NetworkSettings settings = networks.get(request.networkId());
        List<String> values =
                switch (option) {
                    case TIMEZONE ->
                        ZoneId.getAvailableZoneIds().stream()
                                .filter(z -> z.contains("/"))
                                .sorted()
                                .toList();
                    case REGION -> settings.regions().stream().map(Region::name).toList();
                    case THEME -> settings.themes();
                    case PILLAR -> settings.pillars();
                    default -> List.of();
                };
        return values.stream()
                .filter(v -> v.toLowerCase(Locale.ROOT).contains(typed))
                .limit(25)
                .map(v -> new Suggestion(v, v))
                .toList();
    }

    /** Loads the demo network built from the public plans, into a network that has no projects yet. */
    private CommandResponse demo(CommandRequest request, Messages m) {
        if (!projects.list(request.networkId(), nl.regiotafel.commands.project.ProjectFilter.all())
                .isEmpty()) {
            throw new nl.regiotafel.commands.api.UserError("error.setup.demoNotEmpty");
        }
        nl.regiotafel.commands.demo.DemoNetwork.Result loaded = nl.regiotafel.commands.demo.DemoNetwork.load(
                request.networkId(), projects, milestones, updates, networks, audit, clock);
        audit.record(new nl.regiotafel.commands.audit.AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                "setup.demo",
                "network",
                List.of()));
        return CommandResponse.builder()
                .tone(nl.regiotafel.commands.api.Tone.SUCCESS)
                .page(nl.regiotafel.commands.api.Page.of(
                        m.get("setup.demo.title"),
                        m.get("setup.demo.text", loaded.projects(), loaded.milestones(), loaded.updates())))
                .build();
    }
}
