package nl.regiotafel.commands.privacy;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.dashboard.DashboardLinks;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.round.RoundCloser;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.update.UpdateStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@RegiotafelTest
final class PrivacyCommandTest {

    private static final String ID = "700000000000000017";
    private static final String NAME = "Petra Privé";
    private static final Invoker PETRA = new Invoker(ID, NAME, Set.of(Role.LEADER, Role.MEMBER));
    private static final UserRef PETRA_REF = new UserRef(ID, NAME);

    @Autowired
    CommandRegistry registry;

    @Autowired
    AdjustableClock clock;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    UpdateStore updates;

    @Autowired
    AuditStore audit;

    @Autowired
    RoundCloser rounds;

    @Autowired
    nl.regiotafel.commands.reminder.ReminderEngine reminders;

    @Autowired
    WebApplicationContext context;

    @Autowired
    nl.regiotafel.commands.transfer.Importer importer;

    @Autowired
    nl.regiotafel.commands.transfer.ImportJournal journal;

    @Autowired
    nl.regiotafel.commands.project.ProjectStore projects;

    @Autowired
    DashboardLinks links;

    private TestRequests bot;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2021-09-20T08:00:00Z"));
        bot = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.ENGLISH);
        ok(bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "tizv-glasses",
                "name",
                "Pilot Smart Glasses",
                "region",
                "Zeeland",
                "theme",
                "Arbeidsbesparing",
                "leader",
                PETRA_REF));
        ok(bot.run(MANAGER, "project", "edit", "project", "tizv-glasses", "add-leader", new UserRef("l1", "Lotte")));
        ok(bot.run(
                PETRA,
                "milestone",
                "add",
                "project",
                "tizv-glasses",
                "title",
                "Eindevaluatie",
                "due",
                "1-10-21",
                "owner",
                PETRA_REF));
        ok(bot.run(
                PETRA,
                "update",
                null,
                "project",
                "tizv-glasses",
                "health",
                "aandacht",
                "results",
                "Zeven organisaties doen mee; overleg met " + NAME + " gepland"));
        ok(bot.run(PETRA, "away", "set", "from", "1-12-2021", "to", "20-12-2021"));
        ok(bot.run(PETRA, "reminders", "dm", "on", true));
        // The reminders before her milestone's due date go out: the ledger keeps that they went to her
        assertThat(reminders.advance(clock, Instant.parse("2021-10-02T12:00:00Z"), bot.network()))
                .isPositive();
        // The quarter's round closes after its deadline: the snapshot freezes Petra's update and leadership
        clock.set(Instant.parse("2021-10-20T08:00:00Z"));
        rounds.closeDue(bot.network());
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    @Test
    void exportsEverythingKeptAboutOneselfAsJsonPrivately() {
        CommandResponse response = ok(bot.run(PETRA, "privacy", "export"));

        assertThat(response.isPrivate()).isTrue();
        String json = new String(response.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(response.attachments().get(0).contentType()).isEqualTo("application/json");
        assertThat(json)
                .contains("\"leaderOf\":[{\"code\":\"tizv-glasses\"")
                .contains(
                        "\"milestonesOwned\":[{\"projectCode\":\"tizv-glasses\",\"number\":1,\"title\":\"Eindevaluatie\"")
                .contains("Zeven organisaties doen mee")
                .contains("\"absences\":[{\"from\":\"2021-12-01\",\"to\":\"2021-12-20\"}]")
                .contains("\"dmOptIn\":true")
                .contains("\"round_projects\"")
                .containsPattern("\"messagesSentToThem\":\\[\\{\"kind\":\"[A-Z_]+\",\"subject\":\"tizv-glasses#1\"")
                .doesNotContain("\"l1\"");
    }

    @Test
    void onlyAdministratorsExportSomeoneElsesData() {
        CommandResponse member = bot.run(MEMBER, "privacy", "export", "user", PETRA_REF);
        CommandResponse admin = ok(bot.run(ADMIN, "privacy", "export", "user", PETRA_REF));

        assertThat(member.isPrivate()).isTrue();
        assertThat(member.attachments()).isEmpty();
        assertThat(new String(admin.attachments().get(0).content(), StandardCharsets.UTF_8))
                .contains("Zeven organisaties doen mee");
    }

    @Test
    void erasingAsksForConfirmationAndChangesNothingBefore() {
        CommandResponse preview = ok(bot.run(ADMIN, "privacy", "erase", "user", PETRA_REF));
        CommandResponse byLeader = bot.run(LEADER, "privacy", "erase", "user", PETRA_REF, "confirm", true);

        assertThat(preview.action().options()).containsEntry("confirm", true);
        assertThat(byLeader.tone()).isEqualTo(Tone.ERROR);
        assertThat(documentsNaming()).isNotEmpty();
    }

    @Test
    void afterErasureNoCollectionAndNoCommandOutputNamesThePersonButHistorySurvives() throws Exception {
        String before = String.join("\n", outputs());
        assertThat(before)
                .as("what the scan reads names her before")
                .contains(ID)
                .contains(NAME);

        CommandResponse done = ok(bot.run(ADMIN, "privacy", "erase", "user", PETRA_REF, "confirm", true));

        assertThat(done.pages().get(0).text()).contains("oud-lid 1");
        assertThat(documentsNaming()).isEmpty();
        assertThat(updates.latest(bot.network(), "tizv-glasses").orElseThrow())
                .satisfies(u -> assertThat(u.authorName()).isEqualTo("oud-lid 1"))
                .satisfies(u -> assertThat(u.results())
                        .isEqualTo("Zeven organisaties doen mee; overleg met oud-lid 1 gepland"));
        List<AuditEntry> erasures = audit.since(bot.network(), Instant.EPOCH).stream()
                .filter(e -> e.action().key().equals("privacy.erase"))
                .toList();
        assertThat(erasures).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("oud-lid 1");
            assertThat(e.changes()).isEmpty();
            assertThat(e.actorId()).isEqualTo(ADMIN.userId());
        });
        List<String> after = outputs();
        for (String output : after) {
            assertThat(output).doesNotContain(ID).doesNotContain(NAME).doesNotContain("Petra");
        }
        assertThat(String.join("\n", after)).contains("Zeven organisaties doen mee");
    }

    @Test
    void anImportACrashLeftPendingIsCompletedBeforeTheErasureSoItCannotBringThePersonBack() {
        // GIVEN an import naming Petra as leader, journalled but not written (the bot died)
        String csv = "code;naam;regio;thema;projectleider\r\np-import;Geimporteerd;Zeeland;Behoud;<@" + ID + ">\r\n";
        nl.regiotafel.commands.transfer.PendingImports.journal(importer, journal, bot.network(), ADMIN, csv);

        // WHEN she is erased, and the bot later completes whatever import is pending
        ok(bot.run(ADMIN, "privacy", "erase", "user", PETRA_REF, "confirm", true));
        importer.resumePending();

        // THEN the imported project exists without her, and nothing names her
        assertThat(projects.find(bot.network(), "p-import"))
                .hasValueSatisfying(p -> assertThat(p.leaders()).isEmpty());
        assertThat(journal.pending(bot.network())).isEmpty();
        assertThat(documentsNaming()).isEmpty();
    }

    @Test
    void formerMembersAreNumberedPerNetwork() {
        ok(bot.run(ADMIN, "privacy", "erase", "user", PETRA_REF, "confirm", true));
        CommandResponse second =
                ok(bot.run(ADMIN, "privacy", "erase", "user", new UserRef("l1", "Lotte"), "confirm", true));

        assertThat(second.pages().get(0).text()).contains("oud-lid 2");
    }

    /**
     * Every stored document, in any collection, that carries the person's id or name; documents of the other tests'
     * networks (which erase nobody) are left out by their network id.
     */
    private List<String> documentsNaming() {
        List<String> found = new ArrayList<>();
        for (String name : mongo.getCollectionNames()) {
            for (Document d : mongo.getCollection(name).find()) {
                String json = d.toJson();
                if (json.contains("guild-") && !json.contains(bot.network())) {
                    continue;
                }
                if (json.contains(ID) || json.contains(NAME) || json.contains("Petra")) {
                    found.add(name + ": " + json);
                }
            }
        }
        return found;
    }

    /**
     * What every reading command shows of the network, files included (Markdown, CSV, JSON, calendar, spreadsheet and
     * PDF text), in both languages, now and for the closed round; and every page and download of the meeting view.
     */
    private List<String> outputs() throws Exception {
        List<String> out = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            TestRequests as = new TestRequests(
                    registry, bot.network(), language.equals("nl") ? Messages.DUTCH : Messages.ENGLISH);
            out.add(all(ok(as.run(MEMBER, "status", null, "project", "tizv-glasses"))));
            out.add(all(ok(as.run(MEMBER, "history", null, "project", "tizv-glasses"))));
            out.add(all(ok(as.run(MEMBER, "project", "info", "project", "tizv-glasses"))));
            out.add(all(ok(as.run(MEMBER, "project", "list"))));
            out.add(all(ok(as.run(MEMBER, "milestone", "list"))));
            out.add(all(ok(as.run(MEMBER, "milestone", "list", "project", "tizv-glasses"))));
            out.add(all(ok(as.run(MANAGER, "summary", null))));
            out.add(all(ok(as.run(MANAGER, "summary", null, "period", "Q3 2021"))));
            for (String format : List.of("md", "csv", "pdf")) {
                out.add(all(ok(as.run(MANAGER, "report", null, "format", format))));
                out.add(all(ok(as.run(MANAGER, "report", null, "period", "Q3 2021", "format", format))));
            }
            for (String format : List.of("json", "csv", "xlsx")) {
                out.add(all(ok(as.run(MANAGER, "export", null, "format", format))));
                out.add(all(ok(as.run(MANAGER, "export", null, "period", "Q3 2021", "format", format))));
            }
            out.add(all(ok(as.run(MANAGER, "round", "show"))));
            out.add(all(ok(as.run(MANAGER, "round", "show", "period", "Q3 2021"))));
            out.add(all(ok(as.run(MEMBER, "calendar", null))));
            out.add(all(ok(as.run(MEMBER, "calendar", null, "project", "tizv-glasses"))));
            out.add(all(ok(as.run(ADMIN, "reminders", "show"))));
            out.add(all(ok(as.run(ADMIN, "setup", "show"))));
            out.add(all(ok(as.run(ADMIN, "privacy", "export"))));
        }
        out.addAll(webPages());
        return out;
    }

    /** The meeting view of the network, opened with a link as a board member would: every page and download. */
    private List<String> webPages() throws Exception {
        MockMvc web = MockMvcBuilders.webAppContextSetup(context).build();
        String token = links.sign(
                new DashboardLinks.Grant(
                        bot.network(), null, null, clock.instant().plus(Duration.ofDays(30))),
                DashboardLinks.Purpose.LINK);
        String address = "10.17." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        MockHttpServletResponse exchanged = web.perform(get("/link/" + token).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }))
                .andReturn()
                .getResponse();
        assertThat(exchanged.getStatus()).isEqualTo(303);
        Cookie[] session = exchanged.getCookies();
        List<String> out = new ArrayList<>();
        for (String query : List.of("", "?period=2021-Q3", "?lang=en", "?period=2021-Q3&lang=en")) {
            for (String path : List.of(
                    "/", "/handout", "/project/tizv-glasses", "/download/csv", "/download/xlsx", "/download/pdf")) {
                MockHttpServletResponse response = web.perform(
                                get(path + query).cookie(session).with(r -> {
                                    r.setRemoteAddr(address);
                                    return r;
                                }))
                        .andReturn()
                        .getResponse();
                assertThat(response.getStatus()).as(path + query).isEqualTo(200);
                out.add(path + query + "\n" + text(path, response.getContentAsByteArray()));
            }
        }
        return out;
    }

    private static String all(CommandResponse response) throws Exception {
        StringBuilder text = new StringBuilder();
        response.pages().forEach(p -> {
            text.append(p.title())
                    .append('\n')
                    .append(p.text())
                    .append('\n')
                    .append(p.footer())
                    .append('\n');
            p.fields()
                    .forEach(f ->
                            text.append(f.name()).append(": ").append(f.value()).append('\n'));
        });
        for (var a : response.attachments()) {
            text.append(a.fileName())
                    .append('\n')
                    .append(text(a.fileName(), a.content()))
                    .append('\n');
        }
        return text.toString();
    }

    /** A file as text: a spreadsheet's XML parts, a PDF's extracted text, anything else as UTF-8; a chart as nothing. */
    private static String text(String name, byte[] content) throws Exception {
        if (name.endsWith(".png")) {
            return "";
        }
        if (name.endsWith("xlsx")) {
            StringBuilder xml = new StringBuilder();
            // The writer streams its entries with data descriptors, which ZipInputStream cannot read: a ZipFile can
            java.nio.file.Path file = java.nio.file.Files.createTempFile("privacy-scan", ".xlsx");
            try {
                java.nio.file.Files.write(file, content);
                try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (var entry : java.util.Collections.list(zip.entries())) {
                        try (var in = zip.getInputStream(entry)) {
                            xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
            assertThat(xml).as(name).contains("tizv-glasses");
            return xml.toString();
        }
        if (name.endsWith("pdf")) {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(content);
            try {
                var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
                StringBuilder all = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    all.append(extractor.getTextFromPage(page)).append('\n');
                }
                assertThat(all).as(name).contains("Pilot Smart Glasses");
                return all.toString();
            } finally {
                reader.close();
            }
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
