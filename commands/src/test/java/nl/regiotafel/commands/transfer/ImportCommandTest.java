package nl.regiotafel.commands.transfer;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.summary.SummaryData;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryScope;
import nl.regiotafel.commands.summary.SummaryStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import nl.regiotafel.commands.time.Precision;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /import against the real embedded store, through the registry as every adapter calls it. */
@CommandTest
final class ImportCommandTest {

    /** A CSV as Dutch Excel saves it with "CSV UTF-8": byte-order mark, semicolons, CRLF, a quoted cell. */
    static final String DUTCH_CSV = "\uFEFFProjectcode;Projectnaam;Regio;Subregio;Thema;Fase;Status;Projectleider;Doel;"
            + "Organisaties;Mijlpaal;Datum;Behaald op\r\n"
            + "tizv-glasses;Pilot Smart Glasses;Zeeland;Walcheren;Arbeidsbesparing;Uitvoering;lopend;"
            + "<@123456789012345678>;\"Ondersteuning op afstand; door experts\";\"SVRZ, Zorgstroom\";;;\r\n"
            + "tizv-glasses;;;;;;;;;;Eindevaluatie;Q4 2021;\r\n"
            + "tizv-glasses;;;;;;;;;;Pilot gestart;1-3-21;15-03-2021\r\n"
            + "zomerzorg;ZomerZorg;Walcheren-Oost;;ZomerZorg;Plan van aanpak;Nog niet gestart;sanne;;;;;\r\n";

    @Wired
    CommandRegistry registry;

    @Wired
    ProjectStore projects;

    @Wired
    MilestoneStore milestones;

    @Wired
    NetworkStore networks;

    @Wired
    AuditStore audit;

    @Wired
    Importer importer;

    @Wired
    ImportJournal journal;

    @Wired
    TestClock clock;

    @Wired
    SummaryStore summaries;

    private TestRequests requests;

    @BeforeEach
    void newNetwork() {
        requests = TestRequests.inNewNetwork(registry);
        clock.set(Instant.parse("2021-09-16T08:00:00Z"));
    }

    private CommandResponse importFile(String name, byte[] content, boolean confirm) {
        AttachmentInput file = AttachmentInput.of(name, content);
        return confirm
                ? requests.run(ADMIN, "import", null, "file", file, "confirm", true)
                : requests.run(ADMIN, "import", null, "file", file);
    }

    private CommandResponse importCsv(String csv, boolean confirm) {
        return importFile("projecten.csv", csv.getBytes(StandardCharsets.UTF_8), confirm);
    }

    private List<Project> stored() {
        return projects.list(requests.network(), new ProjectFilter(null, null, null, null, null, true));
    }

    private static String all(CommandResponse response) {
        return response.pages().stream().map(Page::text).collect(Collectors.joining("\n"));
    }

    @Test
    void previewsACsvWithSemicolonsAndByteOrderMarkAndWritesItOnlyWhenConfirmedWithTheSameBytes() {
        // WHEN the file is sent without confirmation
        CommandResponse preview = importCsv(DUTCH_CSV, false);

        // THEN the preview counts what would happen, offers a button, and nothing is written
        assertThat(preview.tone()).isEqualTo(Tone.NEUTRAL);
        assertThat(preview.isPrivate()).isTrue();
        assertThat(text(preview))
                .contains("Projects: 2 new, 0 changed, 0 unchanged")
                .contains("Milestones: 2 new, 0 changed, 0 unchanged")
                .contains("New regions, will be added to the network when you confirm: Walcheren-Oost")
                .contains("New themes, will be added to the network when you confirm: ZomerZorg")
                .doesNotContain("added to the network:")
                .contains("1 leader is waiting to be linked to a member (kept as written): sanne")
                .contains("/setup link name: member:");
        assertThat(stored()).isEmpty();
        assertThat(networks.get(requests.network()).region("Walcheren-Oost")).isEmpty();
        Action action = preview.action();
        assertThat(action.command()).isEqualTo("import");
        assertThat(action.labelKey()).isEqualTo("import.confirm");
        assertThat(action.options()).containsEntry("confirm", true);

        // WHEN the button's command runs (it carries the file's bytes, not a link to download again)
        CommandResponse done = requests.run(
                ADMIN,
                action.command(),
                action.subcommand(),
                "file",
                action.options().get("file"),
                "confirm",
                true);

        // THEN everything is written, and now the new region and theme are said to be added
        assertThat(done.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(text(done))
                .contains("New regions, added to the network: Walcheren-Oost")
                .contains("New themes, added to the network: ZomerZorg");
        assertThat(done.pages().get(0).title()).isEqualTo("Imported: projecten.csv");
        Project glasses = projects.find(requests.network(), "tizv-glasses").orElseThrow();
        assertThat(glasses.name()).isEqualTo("Pilot Smart Glasses");
        assertThat(glasses.region()).isEqualTo("Zeeland");
        assertThat(glasses.subRegion()).isEqualTo("Walcheren");
        assertThat(glasses.phase()).isEqualTo(Phase.UITVOERING);
        assertThat(glasses.status()).isEqualTo(ProjectStatus.LOPEND);
        assertThat(glasses.leaders()).containsExactly("123456789012345678");
        assertThat(glasses.goal()).isEqualTo("Ondersteuning op afstand; door experts");
        assertThat(glasses.organisations()).containsExactly("SVRZ", "Zorgstroom");
        assertThat(glasses.pillar()).isEqualTo("Arbeidsbesparing");
        List<Milestone> glassesMilestones = milestones.ofProject(requests.network(), "tizv-glasses");
        assertThat(glassesMilestones)
                .extracting(Milestone::number, Milestone::title, Milestone::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Pilot gestart", MilestoneStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple(1, "Eindevaluatie", MilestoneStatus.OPEN));
        assertThat(glassesMilestones.get(1).due().precision()).isEqualTo(Precision.QUARTER);
        assertThat(glassesMilestones.get(0).doneOn()).isEqualTo(LocalDate.of(2021, 3, 15));
        Project zomer = projects.find(requests.network(), "zomerzorg").orElseThrow();
        assertThat(zomer.region()).isEqualTo("Walcheren-Oost");
        assertThat(zomer.leaders()).containsExactly("sanne");
        assertThat(networks.get(requests.network()).region("walcheren-oost")).isPresent();
        assertThat(networks.get(requests.network()).themes()).contains("ZomerZorg");
        assertThat(audit.history(requests.network(), "tizv-glasses", 10))
                .extracting(e -> e.action().key(), AuditEntry::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("project.import.add", ADMIN.userId()));
        assertThat(audit.history(requests.network(), "network", 10))
                .extracting(e -> e.action().key())
                .containsExactlyInAnyOrder("setup.regions.add", "setup.themes.add");
        assertThat(journal.pending(requests.network())).isEmpty();
    }

    @Test
    void importsAnXlsxWithEnglishHeadersAndASecondSheetOfMilestones() throws IOException {
        // GIVEN a workbook as Excel writes it: a date cell, a number, a second sheet
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Projects");
        String[] header = {"Project Code", "Name", "Region", "Theme", "Pillar", "Phase", "Status", "Leaders", "Goal"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        String[] row = {
            "acute-psy",
            "Acute psychiatrie",
            "zeeland",
            "ketensamenwerking",
            "Ketensamenwerking",
            "Execution",
            "Running",
            "1111111111111111, <@2222222222222222>",
            "Regionale pool psychiaters"
        };
        for (int c = 0; c < row.length; c++) {
            sheet.value(1, c, row[c]);
        }
        Worksheet second = workbook.newWorksheet("Milestones");
        second.value(0, 0, "code");
        second.value(0, 1, "Milestone");
        second.value(0, 2, "Due date");
        second.value(0, 3, "Owner");
        second.value(1, 0, "acute-psy");
        second.value(1, 1, "Pool ingericht");
        second.value(1, 2, LocalDate.of(2021, 10, 1));
        second.style(1, 2).format("dd-mm-yyyy").set();
        second.value(1, 3, "1111111111111111");
        second.value(2, 0, "acute-psy");
        second.value(2, 1, "Evaluatie");
        second.value(2, 2, 2022);
        workbook.finish();

        // WHEN it is imported with confirmation
        CommandResponse response = importFile("Projects.xlsx", out.toByteArray(), true);

        // THEN the projects and the milestones of the second sheet are there
        assertThat(response.tone()).as(all(response)).isEqualTo(Tone.SUCCESS);
        Project project = projects.find(requests.network(), "acute-psy").orElseThrow();
        assertThat(project.region()).isEqualTo("Zeeland");
        assertThat(project.theme()).isEqualTo("Ketensamenwerking");
        assertThat(project.phase()).isEqualTo(Phase.UITVOERING);
        assertThat(project.status()).isEqualTo(ProjectStatus.LOPEND);
        assertThat(project.leaders()).containsExactly("1111111111111111", "2222222222222222");
        List<Milestone> stored = milestones.ofProject(requests.network(), "acute-psy");
        assertThat(stored).extracting(Milestone::title).containsExactly("Pool ingericht", "Evaluatie");
        assertThat(stored.get(0).due().date()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(stored.get(0).due().precision()).isEqualTo(Precision.DAY);
        assertThat(stored.get(0).ownerId()).isEqualTo("1111111111111111");
        assertThat(stored.get(1).due().precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void reportsEveryProblemWithItsRowAndColumnAndWritesNothing() {
        String csv = "code,naam,regio,thema,pijler,fase,status,projectleider,mijlpaal,datum,behaald op\n"
                + "good-one,Goed project,Zeeland,Instroom,,,,,,,\n"
                + "Bad Code!,Fout,Zeeland,Instroom,,,,,,,\n"
                + "no-name,,Zeeland,Instroom,,,,,,,\n"
                + "bad-values,Waarden,Zeeland,Instroom,Mars,halverwege,bezig,<@12>>,,,\n"
                + "good-one,,,,,,,,Evaluatie,ooit,\n"
                + "good-one,,,,,,,,Start,1-1-2021,1-1-2030\n"
                + "ghost,,,,,,,,Spook,Q1 2022,\n"
                + "good-one,Ander naam,,,,,,,Einde,2022,\n";

        CommandResponse response = importCsv(csv, true);

        assertThat(response.tone()).isEqualTo(Tone.ERROR);
        assertThat(response.action()).isNull();
        assertThat(response.pages().get(0).title()).isEqualTo("projecten.csv: 10 problems, nothing was imported");
        assertThat(all(response).lines().toList())
                .containsExactly(
                        "• Row 3, column code: ‘bad code!’ is not a valid code: use 2 to 32 lower-case letters,"
                                + " digits and hyphens (e.g. tizv-glasses)",
                        "• Row 4, column naam: required for a new project",
                        "• Row 5, column pijler: ‘Mars’ is not a pillar of this network. Accepted: Instroom, Behoud,"
                                + " Arbeidsbesparing, Ketensamenwerking",
                        "• Row 5, column fase: ‘halverwege’ is not a phase. Accepted: plan-van-aanpak (Plan of"
                                + " approach), bestuurlijk-akkoord (Board approval), uitvoering (Execution), ontwerp"
                                + " (Design), realisatie (Realisation), borging (Embedding)",
                        "• Row 5, column status: ‘bezig’ is not a status. Accepted: lopend (Running), nog-niet-gestart"
                                + " (Not started yet), afgerond-succesvol (Completed, successful),"
                                + " afgerond-niet-succesvol (Completed, not successful), vroegtijdig-gestopt (Stopped"
                                + " early)",
                        "• Row 5, column projectleider: ‘<@12\\>\\>’ is not a user id, <@id> mention or name",
                        "• Row 6, column datum: cannot read the date ‘ooit’. Use for example 31-12-2021, 2021-12-31,"
                                + " 31 december 2021, december 2021, Q4 2021, H2 2021, 2021, zomer 2021 or eind 2021",
                        "• Row 7, column behaald op: 1-1-2030 is in the future; a milestone can only have been reached"
                                + " today or earlier",
                        "• Row 8, column code: project ghost is neither in this file nor in the network; add a row for"
                                + " the project",
                        "• Row 9, column naam: ‘Ander naam’ differs from the project's row (row 2: ‘Goed project’);"
                                + " leave it empty or make it equal");
        assertThat(stored()).isEmpty();
        assertThat(networks.get(requests.network()).version()).isZero();
    }

    @Test
    void pagesALongListOfProblemsAndAttachesItWhole() {
        StringBuilder csv = new StringBuilder("code;naam;regio;thema;status\n");
        for (int i = 0; i < 60; i++) {
            csv.append("p-").append(i).append(";Project;Zeeland;Behoud;kwijt\n");
        }

        CommandResponse response = importCsv(csv.toString(), false);

        assertThat(response.pages()).hasSize(4);
        assertThat(response.pages().get(3).footer()).isEqualTo("Fix the file and send it again · page 4 of 4");
        assertThat(response.attachments()).hasSize(1);
        String attached = new String(response.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(attached.lines()).hasSize(61);
        assertThat(attached.lines().toList().get(1)).startsWith("projecten.csv;2;status;‘kwijt’ is not a status.");
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndBumpsNoVersion() {
        importCsv(DUTCH_CSV, true);
        long version =
                projects.find(requests.network(), "tizv-glasses").orElseThrow().version();
        long networkVersion = networks.get(requests.network()).version();

        CommandResponse again = importCsv(DUTCH_CSV, true);

        assertThat(again.pages().get(0).title()).isEqualTo("Nothing to import: projecten.csv");
        assertThat(text(again)).isEqualTo("All 2 projects and 2 milestones in the file are already as the file says.");
        assertThat(projects.find(requests.network(), "tizv-glasses")
                        .orElseThrow()
                        .version())
                .isEqualTo(version);
        assertThat(networks.get(requests.network()).version()).isEqualTo(networkVersion);
        assertThat(milestones.ofProject(requests.network(), "tizv-glasses")).hasSize(2);
        assertThat(audit.history(requests.network(), "tizv-glasses", 10)).hasSize(1);
    }

    @Test
    void changesOnlyWhatTheFileChangesAndCountsTheRestUnchanged() {
        importCsv(DUTCH_CSV, true);
        String edited = DUTCH_CSV
                .replace("Uitvoering;lopend", "Realisatie;Afgerond, succesvol")
                .replace("Eindevaluatie;Q4 2021", "Eindevaluatie;Q1 2022");

        CommandResponse preview = importCsv(edited, false);
        importCsv(edited, true);

        assertThat(text(preview))
                .contains("Projects: 0 new, 1 changed, 1 unchanged")
                .contains("Milestones: 0 new, 1 changed, 1 unchanged")
                .contains("Changed: tizv-glasses");
        Project glasses = projects.find(requests.network(), "tizv-glasses").orElseThrow();
        assertThat(glasses.phase()).isEqualTo(Phase.REALISATIE);
        assertThat(glasses.status()).isEqualTo(ProjectStatus.AFGEROND_SUCCESVOL);
        assertThat(glasses.version()).isEqualTo(1);
        assertThat(milestones
                        .find(requests.network(), "tizv-glasses", 1)
                        .orElseThrow()
                        .due()
                        .label())
                .isEqualTo("Q1 2022");
        assertThat(audit.history(requests.network(), "tizv-glasses", 10).get(0).changes())
                .extracting(AuditEntry.Change::field, AuditEntry.Change::before, AuditEntry.Change::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("phase", "uitvoering", "realisatie"),
                        org.assertj.core.groups.Tuple.tuple("status", "lopend", "afgerond-succesvol"));
    }

    @Test
    void importingAgainKeepsThePillarAProjectGotFromItsThemeWhenThePillarCellIsEmpty() {
        // GIVEN a project imported with an empty pillar cell, so it took its theme (also a pillar) as pillar
        String csv =
                "code;naam;regio;thema;pijler\r\np1;Eerste;Zeeland;Behoud;\r\np2;Tweede;Zeeland;Behoud;Instroom\r\n";
        importCsv(csv, true);
        assertThat(projects.find(requests.network(), "p1").orElseThrow().pillar())
                .isEqualTo("Behoud");
        // AND a project whose other pillar an import cleared
        String cleared = csv.replace("Behoud;Instroom", "Behoud;");
        importCsv(cleared, true);
        assertThat(projects.find(requests.network(), "p2").orElseThrow().pillar())
                .isNull();

        // WHEN the same file is imported again
        CommandResponse again = importCsv(cleared, true);

        // THEN nothing changes: p1 keeps the pillar of its theme, p2 stays without
        assertThat(again.pages().get(0).title()).isEqualTo("Nothing to import: projecten.csv");
        assertThat(projects.find(requests.network(), "p1").orElseThrow().pillar())
                .isEqualTo("Behoud");
        assertThat(projects.find(requests.network(), "p2").orElseThrow().pillar())
                .isNull();
    }

    @Test
    void statusAndPhaseChangedByAnImportReachTheSummarysChangeSince() {
        // GIVEN a project imported in Q2, and a file that finishes it imported in Q3
        clock.set(Instant.parse("2021-05-03T08:00:00Z"));
        importCsv(DUTCH_CSV, true);
        clock.set(Instant.parse("2021-08-02T08:00:00Z"));
        importCsv(DUTCH_CSV.replace("Uitvoering;lopend", "Borging;afgerond-succesvol"), true);
        clock.set(Instant.parse("2021-08-03T08:00:00Z"));

        // WHEN summarising Q3 for the region
        var settings = networks.get(requests.network());
        SummaryData q3 = summaries.summarize(SummaryQuery.of(
                requests.network(),
                SummaryScope.wholeNetwork(),
                nl.regiotafel.commands.time.ReportingPeriod.parse("Q3 2021"),
                settings.calendar(),
                settings.zone(),
                clock.instant(),
                100));

        // THEN the start of the quarter shows the status and phase before the import, the end those after it
        assertThat(q3.statusAtStart())
                .containsEntry(ProjectStatus.LOPEND, 1)
                .containsEntry(ProjectStatus.NOG_NIET_GESTART, 1);
        assertThat(q3.statusAtEnd())
                .containsEntry(ProjectStatus.AFGEROND_SUCCESVOL, 1)
                .containsEntry(ProjectStatus.LOPEND, 0);
        assertThat(q3.phaseAtStart()).containsEntry(Phase.UITVOERING, 1);
        assertThat(q3.phaseAtEnd()).containsEntry(Phase.BORGING, 1).containsEntry(Phase.UITVOERING, 0);
    }

    @Test
    void asksDidYouMeanForARegionOrThemeWithinATypoOfAKnownOneAndAddsNothing() {
        String csv = "code;naam;regio;thema\r\np1;Eerste;Zeeuwland;Instroom\r\np2;Tweede;Zeeland;Behuod\r\n";

        CommandResponse response = importCsv(csv, true);

        assertThat(response.tone()).isEqualTo(Tone.ERROR);
        assertThat(all(response))
                .contains("Row 2, column regio: ‘Zeeuwland’ is not a region of this network. Did you mean Zeeland?")
                .contains("Row 3, column thema: ‘Behuod’ is not a theme of this network. Did you mean Behoud?");
        assertThat(stored()).isEmpty();
        assertThat(networks.get(requests.network()).region("Zeeuwland")).isEmpty();
    }

    @Test
    void refusesCellsWithControlOrDirectionCharactersOrOnlyInvisibleOnes() {
        String csv = "code;naam;regio;thema;doel\r\np1;Eerste\u202Egnp.exe;Zeeland;Instroom;\r\n"
                + "p2;Tweede;Zeeland;Instroom;\u200B\u200B\r\np3;Derde\u0007;Zeeland;Instroom;\r\n";

        CommandResponse response = importCsv(csv, true);

        assertThat(all(response))
                .contains("Row 2, column naam: contains the character U+202E, which reverses the writing direction")
                .contains("Row 3, column doel: consists only of spaces or invisible characters")
                .contains("Row 4, column naam: contains the invisible control character U+0007");
        assertThat(stored()).isEmpty();
    }

    @Test
    void recognisesHeaderSynonymsInBothLanguagesIgnoringCaseAndAccents() {
        String csv = "PROJECT CODE,Project name,Région,Sub-region,THEMA,Pillar,Stage,Project status,"
                + "Project leaders,Doelstelling,Portfolio holders,Betrokken organisaties,Opmerking,Datum\n"
                + "rsop,RSOP,Zeeland,Goes,Instroom,Instroom,bestuurlijk akkoord,Not started yet,lotte;daan,"
                + "Samen opleiden,\"J. Jansen, n.t.b.\",\"Hogeschool Zeeland, Scalda\",negeren,1-1-2021\n";

        CommandResponse preview = importCsv(csv, false);
        importCsv(csv, true);

        // A date without a milestone column belongs to no milestone: ignored, not an error
        assertThat(text(preview)).contains("Columns not recognised, ignored: Opmerking, Datum");
        Project rsop = projects.find(requests.network(), "rsop").orElseThrow();
        assertThat(rsop.subRegion()).isEqualTo("Goes");
        assertThat(rsop.phase()).isEqualTo(Phase.BESTUURLIJK_AKKOORD);
        assertThat(rsop.status()).isEqualTo(ProjectStatus.NOG_NIET_GESTART);
        assertThat(rsop.leaders()).containsExactly("lotte", "daan");
        assertThat(rsop.goal()).isEqualTo("Samen opleiden");
        assertThat(rsop.portfolioHolders()).containsExactly("J. Jansen", "n.t.b.");
        assertThat(rsop.organisations()).containsExactly("Hogeschool Zeeland", "Scalda");
    }

    @Test
    void refusesAFileAboveTheLimitBeforeReadingIt() {
        AttachmentInput huge = new AttachmentInput() {
            @Override
            public String fileName() {
                return "alles.xlsx";
            }

            @Override
            public long size() {
                return 26L * 1024 * 1024;
            }

            @Override
            public byte[] read() {
                throw new AssertionError("A file above the limit must not be downloaded");
            }
        };

        CommandResponse response = requests.run(ADMIN, "import", null, "file", huge);

        assertThat(text(response))
                .isEqualTo("The file alles.xlsx is larger than 25 MB, Discord's limit. Split it into smaller files.");
    }

    @Test
    void refusesSomeoneWhoIsNotAnAdministratorAndAnOldExcelFile() {
        AttachmentInput file = AttachmentInput.of("p.csv", DUTCH_CSV.getBytes(StandardCharsets.UTF_8));
        CommandResponse manager = requests.run(MANAGER, "import", null, "file", file, "confirm", true);
        CommandResponse xls =
                importFile("oud.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1}, false);

        assertThat(text(manager)).isEqualTo("Only the network's administrators may do this.");
        assertThat(text(xls)).startsWith("oud.xls is in the old Excel format (.xls).");
        assertThat(stored()).isEmpty();
    }

    @Test
    void completesAnImportThatACrashInterruptedHalfwayAtStartUp() throws Exception {
        // GIVEN an import whose plan is journalled and of which only the first project got written
        ImportPreview preview = importer.preview(
                requests.network(),
                "projecten.csv",
                DUTCH_CSV.getBytes(StandardCharsets.UTF_8),
                nl.regiotafel.commands.i18n.Messages.ENGLISH);
        ImportBatch batch = importer.batch(requests.network(), ADMIN.userId(), ADMIN.displayName(), "x.csv", preview);
        journal.begin(batch);
        projects.create(batch.projects().get(0).target());
        assertThat(journal.pending()).extracting(ImportBatch::id).contains(batch.id());

        // WHEN the bot starts again (what ImportRecovery does)
        importer.resumePending();

        // THEN the whole import is there, once, and the journal says done
        assertThat(stored()).extracting(Project::code).containsExactly("tizv-glasses", "zomerzorg");
        assertThat(milestones.ofProject(requests.network(), "tizv-glasses")).hasSize(2);
        assertThat(networks.get(requests.network()).themes()).contains("ZomerZorg");
        assertThat(journal.pending(requests.network())).isEmpty();
        assertThat(audit.history(requests.network(), "zomerzorg", 10)).hasSize(1);

        // AND writing the same batch once more changes nothing
        importer.apply(batch);
        assertThat(milestones.ofProject(requests.network(), "tizv-glasses")).hasSize(2);
        assertThat(audit.history(requests.network(), "zomerzorg", 10)).hasSize(1);
        assertThat(projects.find(requests.network(), "zomerzorg").orElseThrow().version())
                .isZero();
    }

    @Test
    void completesAPendingImportBeforeTheNextOneIsPlanned() throws Exception {
        ImportPreview preview = importer.preview(
                requests.network(),
                "projecten.csv",
                DUTCH_CSV.getBytes(StandardCharsets.UTF_8),
                nl.regiotafel.commands.i18n.Messages.ENGLISH);
        journal.begin(importer.batch(requests.network(), ADMIN.userId(), ADMIN.displayName(), "x.csv", preview));

        CommandResponse next = importCsv(DUTCH_CSV, false);

        assertThat(next.pages().get(0).title()).isEqualTo("Nothing to import: projecten.csv");
        assertThat(journal.pending(requests.network())).isEmpty();
    }

    @Test
    void reappliesAPatchOverAnEditMadeMeanwhileInsteadOfOverwritingIt() throws Exception {
        // GIVEN a planned import that changes the status, and an edit of a column the file does not have
        importCsv(DUTCH_CSV, true);
        ImportPreview preview = importer.preview(
                requests.network(),
                "projecten.csv",
                DUTCH_CSV.replace(";lopend;", ";afgerond-succesvol;").getBytes(StandardCharsets.UTF_8),
                nl.regiotafel.commands.i18n.Messages.ENGLISH);
        requests.run(ADMIN, "project", "edit", "project", "tizv-glasses", "portfolio-holders", "J. Jansen");

        // WHEN the import is written
        importer.confirm(requests.network(), ADMIN.userId(), ADMIN.displayName(), "x.csv", preview);

        // THEN both changes are there: the import's status and the edit's portfolio holder
        Project glasses = projects.find(requests.network(), "tizv-glasses").orElseThrow();
        assertThat(glasses.status()).isEqualTo(ProjectStatus.AFGEROND_SUCCESVOL);
        assertThat(glasses.portfolioHolders()).containsExactly("J. Jansen");
        assertThat(glasses.version()).isEqualTo(2);
    }

    @Test
    void numbersMilestonesAddedLaterAfterTheImportedOnesEvenAfterAnAbandonedConfirmation() throws Exception {
        // GIVEN a confirmation that claimed milestone numbers and died before its plan was journalled
        ImportPreview preview = importer.preview(
                requests.network(),
                "projecten.csv",
                DUTCH_CSV.getBytes(StandardCharsets.UTF_8),
                nl.regiotafel.commands.i18n.Messages.ENGLISH);
        importer.batch(requests.network(), ADMIN.userId(), ADMIN.displayName(), "x.csv", preview);

        // WHEN the file is imported after all and a milestone is added by hand
        importCsv(DUTCH_CSV, true);
        requests.run(ADMIN, "milestone", "add", "project", "tizv-glasses", "title", "Nazorg", "due", "2022");

        // THEN every milestone has its own number
        assertThat(milestones.ofProject(requests.network(), "tizv-glasses"))
                .extracting(Milestone::number)
                .containsExactlyInAnyOrder(1, 2, 3);
    }
}
