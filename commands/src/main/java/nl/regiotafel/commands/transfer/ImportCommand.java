package nl.regiotafel.commands.transfer;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.StoreUnavailableException;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.CsvWriter;
import nl.regiotafel.commands.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports projects and milestones from a spreadsheet (CSV or Excel {@code .xlsx}), for administrators. It first reads
 * and checks the whole file and answers with a preview — what would be created, changed or stay the same, and every
 * problem with its row and column — and writes nothing until the user confirms: with the button under the preview in
 * Discord, or by adding {@code confirm:true}. Then it writes all of it (see {@link Importer} for how, without
 * transactions). Importing the same file again changes nothing.
 *
 * <pre>
 * /import file:projecten.csv
 * /import file:projecten.xlsx confirm:true
 * </pre>
 */
public final class ImportCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    public static final String NAME = "import";
    public static final String FILE = "file";
    public static final String CONFIRM = "confirm";

    /** Discord's attachment limit with a boosted server; a file is refused above it before it is read. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    /** Problems per page of the preview. */
    static final int PAGE_SIZE = 15;

    /** Above this many problems the full list is also attached as a CSV file. */
    static final int ATTACH_ABOVE = 45;

    /** Codes named per line of the preview. */
    static final int EXAMPLES = 12;

    private final Importer importer;

    public ImportCommand(Importer importer) {
        this.importer = importer;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(NAME, required(FILE, OptionType.ATTACHMENT), optional(CONFIRM, OptionType.BOOLEAN))
                .asConfiguration();
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Access.requireAdmin(request);
        Messages m = Messages.of(request.locale());
        AttachmentInput file = request.attachment(FILE)
                .orElseThrow(
                        () -> new UserError("error.option.missing", new nl.regiotafel.commands.api.OptionRef(FILE)));
        if (file.size() > MAX_BYTES) {
            throw new UserError("error.import.tooLarge", file.fileName(), MAX_BYTES / (1024 * 1024));
        }
        byte[] content;
        try {
            content = file.read();
        } catch (IOException e) {
            throw new UserError("error.import.read", file.fileName());
        }
        if (content.length > MAX_BYTES) {
            throw new UserError("error.import.tooLarge", file.fileName(), MAX_BYTES / (1024 * 1024));
        }
        // A crash may have left an import half-written: finish it first, so this one is planned against the result
        importer.resumePending(request.networkId());
        ImportPreview preview;
        try {
            preview = importer.preview(request.networkId(), file.fileName(), content, request.locale());
        } catch (Spreadsheets.Unreadable e) {
            throw new UserError(e.key(), e.args(file.fileName()));
        }
        if (!preview.problems().isEmpty()) {
            return problems(m, file.fileName(), preview.problems());
        }
        if (!preview.changesSomething()) {
            return CommandResponse.builder()
                    .privately()
                    .page(Page.of(
                            m.get("import.nothing.title", file.fileName()),
                            m.get("import.nothing", preview.projectsUnchanged(), preview.milestonesUnchanged())))
                    .build();
        }
        if (!request.bool(CONFIRM).orElse(false)) {
            return CommandResponse.builder()
                    .privately()
                    .page(new Page(
                            m.get("import.preview.title", file.fileName()),
                            summary(m, preview, false),
                            List.of(),
                            m.get("import.preview.footer")))
                    .action(new Action(
                            "import.confirm",
                            NAME,
                            null,
                            Map.of(FILE, AttachmentInput.of(file.fileName(), content), CONFIRM, true)))
                    .build();
        }
        try {
            importer.confirm(
                    request.networkId(),
                    request.invoker().userId(),
                    request.invoker().displayName(),
                    file.fileName(),
                    preview);
        } catch (StoreUnavailableException | ConcurrentEditException e) {
            // The batch is journalled: it is finished at start-up or before the next import, never left half-done
            log.warn(
                    "Import of {} in network {} interrupted; it stays journalled",
                    file.fileName(),
                    request.networkId(),
                    e);
            throw new UserError("error.import.interrupted");
        }
        String text = summary(m, preview, true);
        List<String> names = waitingNames(preview);
        if (!names.isEmpty()) {
            text += "\n" + m.get("import.linkFirst", names.size(), Markup.bold(Texts.escape(names.get(0))));
        }
        return CommandResponse.builder()
                .privately()
                .tone(Tone.SUCCESS)
                .page(Page.of(m.get("import.done.title", file.fileName()), text))
                // Linking starts right here: a choice of member for the first name, then the next (see NameLinks)
                .action(names.isEmpty() ? null : nl.regiotafel.commands.setup.NameLinks.choose(names.get(0)))
                .changed(Changed.PROJECTS, Changed.SETTINGS)
                .build();
    }

    /** What the import does, or (when {@code done}) did: nothing is said to be added before it is. */
    private static String summary(Messages m, ImportPreview preview, boolean done) {
        StringBuilder text = new StringBuilder();
        text.append(m.get(
                        "import.summary.projects",
                        preview.projectsCreated(),
                        preview.projectsUpdated(),
                        preview.projectsUnchanged()))
                .append('\n')
                .append(m.get(
                        "import.summary.milestones",
                        preview.milestonesCreated(),
                        preview.milestonesUpdated(),
                        preview.milestonesUnchanged()))
                .append('\n');
        List<String> created = preview.projects().stream()
                .filter(ProjectPatch::create)
                .map(ProjectPatch::code)
                .toList();
        List<String> updated = preview.projects().stream()
                .filter(p -> !p.create())
                .map(ProjectPatch::code)
                .toList();
        if (!created.isEmpty()) {
            text.append(m.get("import.created", examples(created))).append('\n');
        }
        if (!updated.isEmpty()) {
            text.append(m.get("import.updated", examples(updated))).append('\n');
        }
        if (!preview.newRegions().isEmpty()) {
            text.append(m.get(
                            done ? "import.newRegions.done" : "import.newRegions",
                            Texts.escape(String.join(", ", preview.newRegions()))))
                    .append('\n');
        }
        if (!preview.newThemes().isEmpty()) {
            text.append(m.get(
                            done ? "import.newThemes.done" : "import.newThemes",
                            Texts.escape(String.join(", ", preview.newThemes()))))
                    .append('\n');
        }
        if (!preview.ignoredColumns().isEmpty()) {
            text.append(m.get("import.ignored", Texts.escape(String.join(", ", preview.ignoredColumns()))))
                    .append('\n');
        }
        List<String> names = waitingNames(preview);
        if (!names.isEmpty() && !done) {
            text.append(m.get("import.leaderNames", Texts.escape(examples(names)), names.size()))
                    .append('\n');
        }
        return text.toString();
    }

    /**
     * The names in the file's leader cells, once each whatever their case (linking matches them without case),
     * alphabetically as {@code /setup unlinked} offers them.
     */
    private static List<String> waitingNames(ImportPreview preview) {
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        preview.leaderNames().forEach(n -> names.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), n));
        return List.copyOf(names.values());
    }

    private static String examples(List<String> values) {
        String shown = String.join(", ", values.subList(0, Math.min(EXAMPLES, values.size())));
        return values.size() > EXAMPLES ? shown + " … (+" + (values.size() - EXAMPLES) + ")" : shown;
    }

    /** Every problem, a page at a time; a long list is attached whole as well, to fix the file from. */
    private static CommandResponse problems(Messages m, String fileName, List<ImportProblem> problems) {
        boolean sheets = problems.stream().map(ImportProblem::sheet).distinct().count() > 1;
        List<String> lines = new ArrayList<>();
        for (ImportProblem problem : problems) {
            lines.add(line(m, problem, sheets));
        }
        String title = m.get("import.problems.title", fileName, problems.size());
        CommandResponse.Builder response = CommandResponse.builder().privately().tone(Tone.ERROR);
        for (int from = 0; from < lines.size(); from += PAGE_SIZE) {
            List<String> page = lines.subList(from, Math.min(lines.size(), from + PAGE_SIZE));
            response.page(new Page(
                    title,
                    "• " + String.join("\n• ", page),
                    List.of(),
                    m.get("import.problems.footer", from / PAGE_SIZE + 1, (lines.size() + PAGE_SIZE - 1) / PAGE_SIZE)));
        }
        if (problems.size() > ATTACH_ABOVE) {
            List<List<String>> records = new ArrayList<>();
            records.add(List.of(
                    m.get("import.problems.sheet"),
                    m.get("import.problems.row"),
                    m.get("import.problems.column"),
                    m.get("import.problems.problem")));
            for (ImportProblem problem : problems) {
                records.add(List.of(
                        problem.sheet(),
                        String.valueOf(problem.row()),
                        problem.column(),
                        m.get("import.problem." + problem.key(), problem.args())));
            }
            byte[] csv = CsvWriter.bytes(records, ';');
            response.attachment(new Attachment(m.get("import.problems.file"), "text/csv", csv));
        }
        return response.build();
    }

    static String line(Messages m, ImportProblem problem, boolean withSheet) {
        Object[] args = problem.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String text) {
                args[i] = Texts.escape(text);
            }
        }
        String what = m.get("import.problem." + problem.key(), args);
        return withSheet
                ? m.get(
                        "import.problem.lineSheet",
                        Texts.escape(problem.sheet()),
                        problem.row(),
                        Texts.escape(problem.column()),
                        what)
                : m.get("import.problem.line", problem.row(), Texts.escape(problem.column()), what);
    }
}
