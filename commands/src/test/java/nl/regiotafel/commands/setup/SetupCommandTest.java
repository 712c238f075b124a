package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.ZoneId;
import java.util.List;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.ShownMarkup;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /setup against the real embedded store, through the registry as every adapter calls it. */
@CommandTest
final class SetupCommandTest {

    @Wired
    CommandRegistry registry;

    @Wired
    NetworkStore networks;

    @Wired
    AuditStore audit;

    private TestRequests requests;

    @BeforeEach
    void newNetwork() {
        requests = TestRequests.inNewNetwork(registry);
    }

    private CommandResponse setup(String sub, Object... options) {
        return requests.run(ADMIN, "setup", sub, options);
    }

    private NetworkSettings settings() {
        return networks.get(requests.network());
    }

    @Test
    void loadsTheDemoNetworkOnceIntoAnEmptyNetwork() {
        CommandResponse loaded = setup("demo");
        CommandResponse again = setup("demo");

        assertThat(loaded.tone()).as(TestRequests.text(loaded)).isEqualTo(nl.regiotafel.commands.api.Tone.SUCCESS);
        assertThat(TestRequests.text(loaded)).startsWith("25 projects");
        assertThat(TestRequests.text(again))
                .isEqualTo("This network already has projects; the demo network is only loaded into an empty network.");
        assertThat(TestRequests.text(requests.run(ADMIN, "summary", null))).isNotBlank();
    }

    @Test
    void loadingTheDemoKeepsTheChannelsAlreadyChosen() {
        // GIVEN channels chosen before the demo is loaded
        setup("channels", "updates", "901", "reminders", "902", "digest", "903", "managers", "904");

        // WHEN the demo adds its themes to the network
        setup("demo");

        // THEN every channel is still there
        NetworkSettings saved = settings();
        assertThat(saved.themes()).containsAll(nl.regiotafel.commands.demo.DemoNetwork.THEMES);
        assertThat(saved.channels()).isEqualTo(new nl.regiotafel.commands.network.Channels("901", "902", "903", "904"));
    }

    private List<AuditEntry> auditLog() {
        return audit.history(requests.network(), SetupCommand.AUDIT_SUBJECT, 50);
    }

    @Test
    void setsNameTimeZoneLanguageAndReadingAndAuditsOldToNew() {
        CommandResponse response = setup(
                "network",
                "name",
                "Netwerk Zorg Zeeland",
                "timezone",
                "Europe/London",
                "language",
                "en",
                "members-may-read",
                false);

        assertThat(response.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(text(response))
                .contains("Name: Regiotafel → Netwerk Zorg Zeeland")
                .contains(": yes → no");
        NetworkSettings saved = settings();
        assertThat(saved.name()).isEqualTo("Netwerk Zorg Zeeland");
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(saved.locale()).isEqualTo(Messages.ENGLISH);
        assertThat(saved.membersMayRead()).isFalse();
        assertThat(saved.version()).isEqualTo(1);
        AuditEntry entry = auditLog().get(0);
        assertThat(entry.action().key()).isEqualTo("setup.network");
        assertThat(entry.actorId()).isEqualTo(ADMIN.userId());
        assertThat(entry.changes())
                .extracting(AuditEntry.Change::field, AuditEntry.Change::before, AuditEntry.Change::after)
                .containsExactly(
                        tuple("name", "Regiotafel", "Netwerk Zorg Zeeland"),
                        tuple("timezone", "Europe/Amsterdam", "Europe/London"),
                        tuple("language", "nl", "en"),
                        tuple("membersMayRead", "true", "false"));
    }

    @Test
    void refusesEveryChangeToSomeoneWhoIsNotAnAdministrator() {
        CommandResponse response = requests.run(MANAGER, "setup", "themes add", "theme", "ZomerZorg");
        CommandResponse show = requests.run(MANAGER, "setup", "show");

        assertThat(response.tone()).isEqualTo(Tone.ERROR);
        assertThat(text(response)).isEqualTo("Only the network's administrators may do this.");
        assertThat(show.tone()).isEqualTo(Tone.ERROR);
        assertThat(settings().themes()).doesNotContain("ZomerZorg");
        assertThat(auditLog()).isEmpty();
    }

    @Test
    void addsRegionsWithSubregionsAndRemovesThem() {
        setup("regions add", "region", "Walcheren-Oost", "subregions", "Middelburg, Vlissingen");
        setup("regions add", "region", "arnhem", "subregions", "Ede; Food Valley");
        setup("regions remove", "region", "Walcheren-Oost", "subregion", "vlissingen");

        assertThat(settings().region("Walcheren-Oost")).contains(Region.of("Walcheren-Oost", "Middelburg"));
        assertThat(settings().region("Arnhem"))
                .contains(Region.of("Arnhem", "Arnhem", "Food Valley", "Achterhoek", "Ede"));
        assertThat(auditLog())
                .extracting(e -> e.action().key())
                .containsExactly("setup.regions.remove", "setup.regions.add", "setup.regions.add");
        assertThat(auditLog().get(0).changes())
                .containsExactly(new AuditEntry.Change(
                        "regions", "Walcheren-Oost (Middelburg, Vlissingen)", "Walcheren-Oost (Middelburg)"));

        setup("regions remove", "region", "Walcheren-Oost");
        assertThat(settings().region("Walcheren-Oost")).isEmpty();
    }

    @Test
    void refusesToRemoveARegionOrThemeThatProjectsStillUse() {
        requests.run(
                ADMIN,
                "project",
                "add",
                "code",
                "zomerzorg",
                "name",
                "ZomerZorg",
                "region",
                "Zeeland",
                "theme",
                "Instroom");

        CommandResponse region = setup("regions remove", "region", "Zeeland");
        CommandResponse theme = setup("themes remove", "theme", "instroom");

        assertThat(text(region))
                .isEqualTo("The region Zeeland is used by 1 project (zomerzorg). Move it to another region first.");
        assertThat(text(theme)).contains("The theme Instroom is used by 1 project (zomerzorg)");
        assertThat(settings().version()).isZero();
    }

    @Test
    void mapsRolesAndChannelsAndTheCalendar() {
        setup("roles add", "admin", "111", "manager", "222", "leader", "333");
        setup("roles add", "leader", "444");
        setup("roles remove", "leader", "333");
        setup("channels", "updates", "901", "reminders", "902", "digest", "903", "managers", "904");
        setup("channels", "clear", "digest");
        setup("calendar", "kind", "half", "opens-days-before", 21L, "deadline-days-after", 5L);

        NetworkSettings saved = settings();
        assertThat(saved.roles().adminRoleIds()).containsExactly("111");
        assertThat(saved.roles().managerRoleIds()).containsExactly("222");
        assertThat(saved.roles().leaderRoleIds()).containsExactly("444");
        assertThat(saved.channels().updates()).isEqualTo("901");
        assertThat(saved.channels().reminders()).isEqualTo("902");
        assertThat(saved.channels().digest()).isNull();
        assertThat(saved.channels().managers()).isEqualTo("904");
        assertThat(saved.calendar().kind()).isEqualTo(ReportingPeriod.Kind.HALF);
        assertThat(saved.calendar().opensDaysBefore()).isEqualTo(21);
        assertThat(saved.calendar().deadlineDaysAfter()).isEqualTo(5);
        assertThat(saved.version()).isEqualTo(6);
        assertThat(auditLog()).hasSize(6);
    }

    @Test
    void refusesNonsenseAndChangesNothing() {
        assertThat(text(setup("network", "timezone", "Mars/Olympus")))
                .isEqualTo("Unknown time zone Mars/Olympus. Use a name such as Europe/Amsterdam.");
        assertThat(text(setup("network"))).startsWith("Nothing to change");
        assertThat(text(setup("themes add", "theme", "behoud"))).isEqualTo("The theme behoud already exists.");
        assertThat(text(setup("calendar", "deadline-days-after", 400L)))
                .isEqualTo("The option deadline-days-after must be between 0 and 92 days.");
        assertThat(text(setup("roles add"))).startsWith("Give at least one role");
        assertThat(settings().version()).isZero();
    }

    @Test
    void showsTheWholeConfiguration() {
        CommandResponse defaults = setup("show");
        assertThat(defaults.pages().get(0).footer()).startsWith("Not set up yet");

        setup("network", "name", "Zeeuwse Zorg Coalitie");
        setup("roles add", "manager", "222");
        setup("channels", "updates", "901");
        CommandResponse show = setup("show");

        assertThat(show.isPrivate()).isTrue();
        var page = show.pages().get(0);
        assertThat(page.title()).isEqualTo("Configuration of Zeeuwse Zorg Coalitie");
        assertThat(page.text()).startsWith("Regions (30)").contains("• Arnhem (Arnhem, Food Valley, Achterhoek)");
        assertThat(page.fields())
                .extracting(Field::name)
                .containsExactly(
                        "Name",
                        "Time zone",
                        "Language",
                        "Members may read",
                        "Themes",
                        "Pillars",
                        "Roles",
                        "Channels",
                        "Reporting calendar",
                        "Retention");
        assertThat(ShownMarkup.of(page.fields().get(6).value()))
                .isEqualTo("Administrators: members with Manage Server\nManagers: <@&222>\nProject leaders: –");
        assertThat(ShownMarkup.of(page.fields().get(7).value())).startsWith("Updates: <#901>\nReminders: –");
        assertThat(page.fields().get(8).value())
                .isEqualTo("Per quarter; the round opens 14 days before the end, updates are due 10 days after it");
        assertThat(page.fields().get(9).value()).contains("Sent reminders: 180 days");
        assertThat(page.footer()).isEqualTo("Version 3");
    }

    @Test
    void refusesASaveBasedOnAStaleReadInsteadOfLosingTheOtherChange() {
        // GIVEN an administrator's read of the settings, then another administrator's change
        NetworkSettings stale = settings();
        setup("themes add", "theme", "ZomerZorg");

        // WHEN the stale read is saved
        NetworkSettings.Builder edit = stale.toBuilder();
        edit.name = "Overschreven";

        // THEN it is refused and the other change is kept
        assertThatThrownBy(() -> networks.save(edit.build())).isInstanceOf(ConcurrentEditException.class);
        assertThat(settings().themes()).contains("ZomerZorg");
        assertThat(settings().name()).isEqualTo("Regiotafel");
    }

    @Test
    void pointsTheFirstAdministratorToSetupOnceAndOnlyThem() {
        // GIVEN a network nobody has used: a member's command gets no hint and uses none up
        CommandResponse member = requests.run(TestRequests.MEMBER, "project", "list");
        assertThat(member.note()).isNull();

        // WHEN an administrator runs two commands
        CommandResponse first = requests.run(ADMIN, "project", "list");
        CommandResponse second = requests.run(ADMIN, "project", "list");

        // THEN only the first reply carries the private hint
        assertThat(first.note()).startsWith("Welcome to Regiotafel!").contains("/setup");
        assertThat(second.note()).isNull();
    }

    @Test
    void givesNoHintToAnAdministratorWhoStartsWithSetup() {
        setup("show");

        assertThat(requests.run(ADMIN, "help", null).note()).isNull();
    }

    @Wired
    nl.regiotafel.commands.project.ProjectStore projects;

    @Wired
    nl.regiotafel.commands.milestone.MilestoneStore milestones;

    @Test
    void linksALeaderAndOwnerStoredAsANameToAMemberEverywhere() {
        // GIVEN two projects led by "sanne.devries" as a plain name (as an import or the console stores it), one
        // milestone she owns, and a project led by someone else
        nl.regiotafel.commands.api.UserRef plain =
                new nl.regiotafel.commands.api.UserRef("sanne.devries", "sanne.devries");
        for (String code : List.of("link-a", "link-b")) {
            requests.run(
                    ADMIN,
                    "project",
                    "add",
                    "code",
                    code,
                    "name",
                    "Project " + code,
                    "region",
                    "Zeeland",
                    "theme",
                    "Behoud",
                    "leader",
                    plain);
        }
        requests.run(
                ADMIN,
                "project",
                "add",
                "code",
                "link-c",
                "name",
                "Ander",
                "region",
                "Zeeland",
                "theme",
                "Behoud",
                "leader",
                new nl.regiotafel.commands.api.UserRef("daan", "daan"));
        requests.run(
                ADMIN, "milestone", "add", "project", "link-a", "title", "Evaluatie", "due", "Q4 2021", "owner", plain);

        // WHEN an administrator links the name (in any case) to the member
        CommandResponse linked = setup(
                "link", "name", "Sanne.DeVries", "member", new nl.regiotafel.commands.api.UserRef("900", "Sanne"));

        // THEN both projects and the milestone name the member, the other project is untouched, and it is audited
        assertThat(linked.tone()).isNotEqualTo(Tone.ERROR);
        assertThat(text(linked)).contains("2").contains("1");
        assertThat(projects.find(requests.network(), "link-a").orElseThrow().leaders())
                .containsExactly("900");
        assertThat(projects.find(requests.network(), "link-b").orElseThrow().leaders())
                .containsExactly("900");
        assertThat(projects.find(requests.network(), "link-c").orElseThrow().leaders())
                .containsExactly("daan");
        assertThat(milestones
                        .find(requests.network(), "link-a", 1)
                        .orElseThrow()
                        .ownerId())
                .isEqualTo("900");
        assertThat(audit.history(requests.network(), SetupCommand.AUDIT_SUBJECT, 10))
                .anyMatch(e -> e.action().key().equals("setup.link"));

        // AND a name nobody has is refused, naming it
        CommandResponse unknown =
                setup("link", "name", "niemand", "member", new nl.regiotafel.commands.api.UserRef("901", "Iemand"));
        assertThat(unknown.tone()).isEqualTo(Tone.ERROR);
        assertThat(text(unknown)).contains("niemand");
    }

    @Test
    void theReplyShowsChangedChannelsAndRolesAsMentionsAsSetupShowDoes() {
        // WHEN a channel and two roles are set
        CommandResponse channels = setup("channels", "reminders", "902");
        CommandResponse roles = setup("roles add", "manager", "222", "leader", "333");
        setup("roles add", "leader", "444");

        // THEN the replies mention them (Discord shows #herinneringen and @Projectleiders, not the bare numbers)
        assertThat(nl.regiotafel.commands.testing.ShownMarkup.of(
                        channels.pages().get(0).text()))
                .contains(": – → <#902>");
        assertThat(nl.regiotafel.commands.testing.ShownMarkup.of(
                        roles.pages().get(0).text()))
                .contains(": – → <@&222>")
                .contains(": – → <@&333>");
        CommandResponse show = requests.run(ADMIN, "setup", "show");
        StringBuilder shown = new StringBuilder();
        show.pages().forEach(page -> {
            shown.append(page.text()).append('\n');
            page.fields().forEach(f -> shown.append(f.name())
                    .append(": ")
                    .append(f.value())
                    .append('\n'));
        });
        assertThat(nl.regiotafel.commands.testing.ShownMarkup.of(shown.toString()))
                .contains("<#902>")
                .contains("<@&333>, <@&444>");
        // AND the audit log keeps the ids themselves
        assertThat(auditLog().get(auditLog().size() - 1).changes().toString()).contains("902");
    }
}
