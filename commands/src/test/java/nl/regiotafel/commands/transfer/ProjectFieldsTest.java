package nl.regiotafel.commands.transfer;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectField;
import nl.regiotafel.commands.project.ProjectFields;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ProjectField} reaches every place a project is shown or changed: a field that is defined but left out of
 * the card, the report, the export or the import fails here, and so does one that /import records differently from
 * /project edit.
 */
@CommandTest
final class ProjectFieldsTest {

    private static final String LEADER_ID = "123456789012345678";

    @Wired
    CommandRegistry registry;

    @Wired
    ProjectStore projects;

    @Wired
    AuditStore audit;

    @Wired
    TestClock clock;

    @BeforeEach
    void inTheThirdQuarter() {
        clock.set(Instant.parse("2021-09-16T08:00:00Z"));
    }

    /**
     * A value for a field as typed in /project edit or written in a file, different from what {@link #network()}
     * gives beta. A field not listed gets a web address, which any free-text field takes.
     */
    private static String sample(ProjectField<?> field) {
        return switch (field.name()) {
            case "name" -> "Beta met alles";
            case "region" -> "Zeeland";
            case "subregion" -> "Walcheren";
            case "theme" -> "Instroom";
            case "pillar" -> "Arbeidsbesparing";
            case "phase" -> "uitvoering";
            case "status" -> "lopend";
            case "leaders" -> LEADER_ID;
            case "related" -> "alpha";
            default -> "https://example.org/" + field.name();
        };
    }

    /** A network with projects alpha and beta, as /project add leaves them with only the required options. */
    private TestRequests network() {
        TestRequests requests = TestRequests.inNewNetwork(registry);
        for (String code : List.of("alpha", "beta")) {
            CommandResponse added = requests.run(
                    MANAGER, "project", "add", "code", code, "name", code, "region", "Drenthe", "theme", "Behoud");
            assertThat(added.tone()).as(text(added)).isEqualTo(Tone.SUCCESS);
        }
        return requests;
    }

    /** /project edit of beta with the field's first option set to its sample. */
    private static CommandResponse edit(TestRequests requests, ProjectField<?> field) {
        OptionSpec option = field.editOptions().get(0);
        Object value = option.type() == OptionType.USER ? new UserRef(LEADER_ID, "Sanne") : sample(field);
        return requests.run(MANAGER, "project", "edit", "project", "beta", option.name(), value);
    }

    private static Attachment file(CommandResponse response) {
        assertThat(response.tone()).as(text(response)).isNotEqualTo(Tone.ERROR);
        assertThat(response.attachments()).hasSize(1);
        return response.attachments().get(0);
    }

    /** The CSV's records by code: each a map from header to cell. */
    private static Map<String, Map<String, String>> rows(Attachment csv) {
        String text = Csv.decode(csv.content());
        List<List<String>> records = Csv.parse(text, Csv.separator(text));
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                row.put(records.get(0).get(i), record.get(i));
            }
            rows.putIfAbsent(record.get(0), row);
        }
        rows.put("", Map.of("header", String.join("|", records.get(0))));
        return rows;
    }

    @Test
    void everyFieldIsOnTheCardAndInTheReportAndEveryFieldUsersSetIsExportedAndImportedBack() {
        // GIVEN beta with every field that users set changed by /project edit
        TestRequests requests = network();
        for (ProjectField<?> field : ProjectFields.editable()) {
            CommandResponse edited = edit(requests, field);
            assertThat(edited.tone()).as(field + ": " + text(edited)).isEqualTo(Tone.SUCCESS);
        }
        Project beta = projects.find(requests.network(), "beta").orElseThrow();
        Messages m = Messages.of(Messages.ENGLISH);
        for (ProjectField<?> field : ProjectFields.editable()) {
            assertThat(field.isEmpty(beta)).as(field + " is set").isFalse();
            assertThat(field.inFiles()).as(field + " is in files").isTrue();
        }

        // THEN the card shows every field: its label (or its host's, or the title) and its value
        Page card = requests.run(MANAGER, "project", "info", "project", "beta")
                .pages()
                .get(0);
        String shown = card.title() + "\n"
                + card.fields().stream().map(f -> f.name() + ": " + f.value()).collect(Collectors.joining("\n"));
        for (ProjectField<?> field : ProjectFields.all()) {
            ProjectField<?> labelled = field.place() == ProjectField.Place.JOINED ? field.host() : field;
            if (labelled.place() != ProjectField.Place.TITLE) {
                assertThat(shown).as(field + "'s label on the card").contains(m.get(labelled.labelKey()) + ": ");
            }
            if (field.editable()) {
                assertThat(shown).as(field + " on the card").contains(field.card(m, beta));
            }
        }

        // AND the report's CSV has a column for every field, holding its value
        Map<String, Map<String, String>> report = rows(file(requests.run(MANAGER, "report", null, "format", "csv")));
        for (ProjectField<?> field : ProjectFields.all()) {
            assertThat(report.get("").get("header"))
                    .as(field + " in the report")
                    .contains(field.reportColumn());
            assertThat(report.get("beta").get(field.reportColumn()))
                    .as(field + " in the report")
                    .isEqualTo(Objects.toString(field.text(beta), ""));
        }

        // AND the export has a column for every field users set, holding the value as shown
        Attachment export = file(requests.run(MANAGER, "export", null, "format", "csv"));
        Map<String, Map<String, String>> exported = rows(export);
        for (ProjectField<?> field : ProjectFields.editable()) {
            assertThat(exported.get("beta").get(Column.of(field).header(Messages.ENGLISH)))
                    .as(field + " in the export")
                    .isEqualTo(field.shown(m, beta));
        }

        // AND importing the export into another network gives beta every value back
        TestRequests other = TestRequests.inNewNetwork(registry);
        CommandResponse imported = other.run(
                ADMIN,
                "import",
                null,
                "file",
                AttachmentInput.of(export.fileName(), export.content()),
                "confirm",
                true);
        assertThat(imported.tone()).as(text(imported)).isNotEqualTo(Tone.ERROR);
        Project copy = projects.find(other.network(), "beta").orElseThrow();
        for (ProjectField<?> field : ProjectFields.editable()) {
            assertThat((Object) field.get(copy)).as(field + " imported").isEqualTo(field.get(beta));
        }
    }

    @Test
    void changingAFieldByImportRecordsTheSameChangeAsChangingItByProjectEdit() {
        for (ProjectField<?> field : ProjectFields.editable()) {
            // GIVEN two networks with the same beta
            TestRequests byEdit = network();
            TestRequests byImport = network();

            // WHEN one changes the field with /project edit and the other with a file holding only that column
            CommandResponse edited = edit(byEdit, field);
            assertThat(edited.tone()).as(field + ": " + text(edited)).isEqualTo(Tone.SUCCESS);
            String csv = "code," + Column.of(field).header(Messages.ENGLISH) + "\r\nbeta," + sample(field) + "\r\n";
            CommandResponse imported = byImport.run(
                    ADMIN,
                    "import",
                    null,
                    "file",
                    AttachmentInput.of("beta.csv", csv.getBytes(StandardCharsets.UTF_8)),
                    "confirm",
                    true);
            assertThat(imported.tone()).as(field + ": " + text(imported)).isNotEqualTo(Tone.ERROR);

            // THEN both record the same change of that field, and nothing else
            assertThat(changes(byImport)).as(field.name()).isEqualTo(changes(byEdit));
            assertThat(changes(byEdit)).as(field.name()).hasSize(1);
            assertThat(changes(byEdit).get(0).field()).isEqualTo(field.name());
        }
    }

    /** The changes recorded for beta after it was added. */
    private List<AuditEntry.Change> changes(TestRequests requests) {
        return audit.history(requests.network(), "beta", 10).stream()
                .filter(e -> !e.action().key().endsWith(".add"))
                .flatMap(e -> e.changes().stream())
                .toList();
    }
}
