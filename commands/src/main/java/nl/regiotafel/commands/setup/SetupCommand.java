package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Choice;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Subcommand;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.privacy.PersonalDataStore;
import nl.regiotafel.commands.privacy.RetentionStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * Configures a network, for its administrators. Every change is saved at once (optimistically locked: a concurrent
 * change is refused, never overwritten) and written to the audit log as {@code setup.*}, old → new
 * ({@link SettingsChanges}). This class is the command's shape; each group of subcommands has its own handler class
 * beside it: {@link NetworkSetup} (network, calendar), {@link VocabularySetup} (regions, themes, pillars),
 * {@link RoleSetup}, {@link ChannelSetup}, {@link LinkSetup} (link, unlinked), {@link SetupShow}, {@link DemoSetup} and
 * {@link NetworkDeletion}.
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

    private final NetworkSetup network;
    private final VocabularySetup vocabulary;
    private final RoleSetup roles;
    private final ChannelSetup channels;
    private final LinkSetup links;
    private final SetupShow show;
    private final DemoSetup demo;
    private final PersonalDataStore personalData;

    public SetupCommand(
            NetworkStore networks,
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            AuditStore audit,
            PersonalDataStore personalData,
            RetentionStore retention,
            Clock clock) {
        SettingsChanges changes = new SettingsChanges(networks, audit, clock);
        this.network = new NetworkSetup(changes);
        this.vocabulary = new VocabularySetup(changes, projects);
        this.roles = new RoleSetup(changes);
        this.channels = new ChannelSetup(changes);
        this.links = new LinkSetup(projects, milestones, audit, clock);
        this.show = new SetupShow(retention);
        this.demo = new DemoSetup(networks, projects, milestones, updates, audit, clock);
        this.personalData = personalData;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(NAME, subcommands()).asConfiguration();
    }

    /** Every subcommand with its handler; all of them are for administrators only. */
    @Override
    public List<Subcommand> subcommands() {
        List<Choice> kinds = List.of(
                new Choice("month", "setup.kind.month"),
                new Choice("quarter", "setup.kind.quarter"),
                new Choice("half", "setup.kind.half"),
                new Choice("year", "setup.kind.year"));
        return List.of(
                admin(SubcommandSpec.of(NAME, "show"), show::show),
                admin(SubcommandSpec.of(NAME, "demo"), demo::demo),
                admin(
                        SubcommandSpec.of(
                                NAME,
                                "delete",
                                optional(CONFIRM, OptionType.BOOLEAN).describedBy("opt.setup.delete.confirm")),
                        request -> NetworkDeletion.delete(request, request.messages(), personalData)),
                admin(
                        SubcommandSpec.of(
                                NAME,
                                "link",
                                required(TITLE, OptionType.STRING)
                                        .withMaxLength(100)
                                        .describedBy("opt.setup.linkName"),
                                required(MEMBER, OptionType.USER)),
                        links::link),
                admin(
                        SubcommandSpec.of(
                                NAME,
                                "unlinked",
                                optional(SKIP, OptionType.INTEGER).describedBy("opt.setup.skip")),
                        links::unlinked),
                admin(
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
                        network::network),
                admin(
                        SubcommandSpec.grouped(
                                NAME,
                                "regions",
                                "add",
                                required(REGION, OptionType.STRING)
                                        .withMaxLength(MAX_NAME)
                                        .withAutocomplete(),
                                optional(SUBREGIONS, OptionType.STRING).withMaxLength(1000)),
                        vocabulary::addRegion),
                admin(
                        SubcommandSpec.grouped(
                                NAME,
                                "regions",
                                "remove",
                                required(REGION, OptionType.STRING).withAutocomplete(),
                                optional(SUBREGION, OptionType.STRING)
                                        .withMaxLength(MAX_NAME)
                                        .describedBy("opt.setup.subregion")),
                        vocabulary::removeRegion),
                admin(
                        SubcommandSpec.grouped(
                                NAME,
                                "themes",
                                "add",
                                required(THEME, OptionType.STRING).withMaxLength(MAX_NAME)),
                        vocabulary::addTheme),
                admin(
                        SubcommandSpec.grouped(
                                NAME,
                                "themes",
                                "remove",
                                required(THEME, OptionType.STRING).withAutocomplete()),
                        vocabulary::removeTheme),
                admin(
                        SubcommandSpec.grouped(
                                NAME,
                                "pillars",
                                "add",
                                required(PILLAR, OptionType.STRING).withMaxLength(MAX_NAME)),
                        vocabulary::addPillar),
                admin(
                        SubcommandSpec.grouped(
                                NAME,
                                "pillars",
                                "remove",
                                required(PILLAR, OptionType.STRING).withAutocomplete()),
                        vocabulary::removePillar),
                admin(SubcommandSpec.grouped(NAME, "roles", "add", roleOptions()), roles::add),
                admin(SubcommandSpec.grouped(NAME, "roles", "remove", roleOptions()), roles::remove),
                admin(
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
                        channels::channels),
                admin(
                        SubcommandSpec.of(
                                NAME,
                                "calendar",
                                optional(KIND, OptionType.STRING)
                                        .describedBy("opt.setup.kind")
                                        .withChoices(kinds),
                                optional(OPENS_DAYS_BEFORE, OptionType.INTEGER),
                                optional(DEADLINE_DAYS_AFTER, OptionType.INTEGER)),
                        network::calendar));
    }

    /** A subcommand only a network's administrators may run. */
    private static Subcommand admin(SubcommandSpec spec, Subcommand.Handler handler) {
        return new Subcommand(spec, request -> {
            Access.requireAdmin(request);
            return handler.handle(request);
        });
    }

    private static OptionSpec[] roleOptions() {
        return new OptionSpec[] {
            optional(ADMIN, OptionType.ROLE).describedBy("opt.setup.admin"),
            optional(MANAGER, OptionType.ROLE).describedBy("opt.setup.manager"),
            optional(LEADER, OptionType.ROLE).describedBy("opt.setup.leader")
        };
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        String typed = request.text(option).orElse("").toLowerCase(Locale.ROOT);
        NetworkSettings settings = request.settings();
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
}
