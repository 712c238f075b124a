package nl.regiotafel.commands.report;

import static nl.regiotafel.commands.api.OptionSpec.optional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.Choice;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.summary.ProjectDetail;
import nl.regiotafel.commands.summary.RoundSummaries;
import nl.regiotafel.commands.summary.SummaryChart;
import nl.regiotafel.commands.summary.SummaryData;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryRequests;
import nl.regiotafel.commands.summary.SummaryText;

/**
 * The quarterly progress report (voortgangsrapportage) as a file: the summary tables on top, then every project by
 * theme in the blocks of the status slide. PDF (with the chart), Markdown or CSV (one row per project, the columns of
 * {@link ReportCsv#COLUMNS}); CSV separates with a semicolon in Dutch, as Dutch Excel expects, and a comma in English.
 *
 * <p>Readable by everyone who may read project status, like {@code /summary}.
 *
 * <pre>
 * /report
 * /report period:"Q3 2021" region:Zeeland format:csv separator:comma
 * /report theme:Instroom format:md
 * </pre>
 */
public final class ReportCommand implements Command {

    public static final String VERSION = "version";
    public static final String NAME = "report";
    public static final String FORMAT = "format";
    public static final String SEPARATOR = "separator";

    /** The most list items (overdue milestones, …) a report holds. */
    static final int LIST_LIMIT = 5_000;

    private final RoundSummaries summaries;
    private final Clock clock;
    private final ProjectStore projects;

    public ReportCommand(RoundSummaries summaries, Clock clock, ProjectStore projects) {
        this.summaries = summaries;
        this.clock = clock;
        this.projects = projects;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                NAME,
                optional(SummaryRequests.PERIOD, OptionType.STRING).withMaxLength(40),
                optional(SummaryRequests.REGION, OptionType.STRING).withAutocomplete(),
                optional(SummaryRequests.THEME, OptionType.STRING).withAutocomplete(),
                optional(SummaryRequests.PILLAR, OptionType.STRING).withAutocomplete(),
                optional(FORMAT, OptionType.STRING)
                        .withChoices(List.of(
                                new Choice("pdf", "report.format.pdf"),
                                new Choice("md", "report.format.md"),
                                new Choice("csv", "report.format.csv"))),
                optional(SEPARATOR, OptionType.STRING)
                        .withChoices(List.of(
                                new Choice("semicolon", "report.separator.semicolon"),
                                new Choice("comma", "report.separator.comma"))),
                optional(VERSION, OptionType.INTEGER),
                optional(nl.regiotafel.commands.api.CommandRegistry.PRIVATE, OptionType.BOOLEAN));
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Access.requireReader(request, settings);
        SummaryQuery q = SummaryRequests.query(
                settings, request, () -> projects.list(request.networkId(), ProjectFilter.all()), clock, LIST_LIMIT);
        String format = request.text(FORMAT).orElse("pdf").toLowerCase(Locale.ROOT);
        // One pair of snapshots for every part of the file, so they cannot disagree
        // version: an earlier version of a revised round, which stays retrievable
        RoundSummaries.Pair round = summaries.snapshots(
                q, request.integer(VERSION).map(Long::intValue).orElse(0), settings);
        SummaryData d = RoundSummaries.summarize(q, round);
        List<ProjectDetail> details = RoundSummaries.details(q, round);
        String standing = summaries.standing(m, q, round, settings);
        String scope = q.scope().label();
        String title = m.get(
                "report.title",
                scope == null ? settings.name() : scope,
                q.period().key());
        String file = m.get("report.file") + "-"
                + (q.scope().isWholeNetwork()
                        ? m.get("file.network")
                        : q.scope().slug()) + "-" + q.period().key()
                + "." + format;
        char separator = separator(request);
        String generated =
                m.get("report.generated", SummaryText.date(m, LocalDate.now(clock.withZone(settings.zone()))));
        // A closed round's file is made once and then kept; an open round's once per revision of the network
        byte[] bytes = summaries.file(
                round,
                q,
                List.of(
                        "report",
                        format,
                        m.locale(),
                        title,
                        standing,
                        String.valueOf(separator),
                        format.equals("pdf") ? generated : ""),
                () -> render(format, m, q, settings, round, d, details, standing, title, separator, generated));
        Attachment attachment = new Attachment(
                file,
                switch (format) {
                    case "csv" -> "text/csv; charset=utf-8";
                    case "md" -> "text/markdown; charset=utf-8";
                    case "pdf" -> "application/pdf";
                    default -> throw new AssertionError("The registry accepts only the listed formats: " + format);
                },
                bytes);
        return CommandResponse.builder()
                .page(Page.of(
                        title,
                        SummaryText.header(m, q) + "\n" + standing + "\n"
                                + m.get("report.done.text", file, details.size())))
                .attachment(attachment)
                .build();
    }

    private byte[] render(
            String format,
            Messages m,
            SummaryQuery q,
            NetworkSettings settings,
            RoundSummaries.Pair round,
            SummaryData d,
            List<ProjectDetail> details,
            String standing,
            String title,
            char separator,
            String generated) {
        ReportBlocks blocks = new ReportBlocks(m, q, settings.zone(), details, standing);
        return switch (format) {
            case "csv" -> ReportCsv.render(details, separator, settings.zone(), standing);
            case "md" -> ReportMarkdown.render(blocks, title, q, d, details);
            case "pdf" ->
                ReportPdf.render(
                        blocks,
                        title,
                        q,
                        d,
                        details,
                        summaries.chart(m, SummaryChart.title(q, settings), q, round),
                        generated);
            default -> throw new AssertionError("The registry accepts only the listed formats: " + format);
        };
    }

    /** Semicolon for Dutch readers (their Excel splits on it), comma otherwise, unless the user chose. */
    private static char separator(CommandRequest request) {
        return request.text(SEPARATOR)
                .map(s -> s.equalsIgnoreCase("comma") ? ',' : ';')
                .orElse(request.locale().getLanguage().equals("nl") ? ';' : ',');
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        return SummaryRequests.suggest(request.settings(), request, option);
    }
}
