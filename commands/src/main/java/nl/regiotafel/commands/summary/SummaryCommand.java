package nl.regiotafel.commands.summary;

import static nl.regiotafel.commands.api.OptionSpec.optional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.summary.SummaryData.Listing;
import nl.regiotafel.commands.text.Texts;

/**
 * The regional summary for managers and board members: projects and organisations, status and phase with the change
 * since the start of the period, success rate, themes and pillars, health, milestones, who has not reported, KPI totals
 * and help requests — a short card first, details on further pages, a chart, and the full lists as a Markdown file
 * when they do not fit.
 *
 * <p>Readable by everyone who may read project status ({@link Access#requireReader}): the figures are those of
 * {@code /status}, added up.
 *
 * <pre>
 * /summary
 * /summary region:Zeeland period:"Q3 2021"
 * /summary theme:Instroom period:2021
 * </pre>
 */
public final class SummaryCommand implements Command {

    public static final String NAME = "summary";

    /** The most items of one list the store returns; the attachment holds them all. */
    static final int LIST_LIMIT = 5_000;

    /** Lines of a list on one page. */
    static final int LINES_PER_PAGE = 15;

    /** Pages of one list in chat; longer lists are only in the attachment. */
    static final int MAX_PAGES_PER_LIST = 3;

    /** Items named in a field of the first page. */
    static final int NAMED_ON_CARD = 5;

    private final RoundSummaries summaries;
    private final Clock clock;
    private final ProjectStore projects;

    public SummaryCommand(RoundSummaries summaries, Clock clock, ProjectStore projects) {
        this.summaries = summaries;
        this.clock = clock;
        this.projects = projects;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                NAME,
                optional(SummaryRequests.REGION, OptionType.STRING).withAutocomplete(),
                optional(SummaryRequests.THEME, OptionType.STRING).withAutocomplete(),
                optional(SummaryRequests.PILLAR, OptionType.STRING).withAutocomplete(),
                optional(SummaryRequests.PERIOD, OptionType.STRING).withMaxLength(40),
                optional(nl.regiotafel.commands.api.CommandRegistry.PRIVATE, OptionType.BOOLEAN));
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Access.requireReader(request, settings);
        SummaryQuery q = SummaryRequests.query(
                settings, request, () -> projects.list(request.networkId(), ProjectFilter.all()), clock, LIST_LIMIT);
        RoundSummaries.Pair round = summaries.snapshots(q, 0, settings);
        SummaryData d = RoundSummaries.summarize(q, round);
        String standing = summaries.standing(m, q, round, settings);
        String title = SummaryText.title(m, q, settings.name());
        if (d.projects() == 0 && d.projectsAtStart() == 0) {
            return CommandResponse.publicText(
                    title, SummaryText.header(m, q) + "\n" + standing + "\n\n" + m.get("summary.empty"));
        }
        String fileBase = m.get("summary.file") + "-"
                + (q.scope().isWholeNetwork()
                        ? m.get("file.network")
                        : q.scope().slug()) + "-" + q.period().key();
        List<Page> pages = new ArrayList<>();
        pages.add(card(m, q, d, title, standing));
        boolean cut = false;
        cut |= listPages(
                pages,
                m,
                m.get("summary.milestones.overdue"),
                d.overdue(),
                ms -> SummaryText.milestoneLine(m, ms, true));
        cut |= listPages(
                pages,
                m,
                m.get("summary.milestones.due"),
                d.dueThisPeriod(),
                ms -> SummaryText.milestoneLine(m, ms, true));
        cut |= listPages(
                pages,
                m,
                m.get("summary.milestones.next", q.next().key()),
                d.dueNextPeriod(),
                ms -> SummaryText.milestoneLine(m, ms, true));
        cut |= listPages(
                pages,
                m,
                m.get("summary.milestones.done"),
                d.doneThisPeriod(),
                ms -> SummaryText.milestoneLine(m, ms, true));
        cut |= listPages(
                pages,
                m,
                m.get("summary.notReported", q.reportingKey()),
                d.notReported(),
                p -> SummaryText.projectLine(m, p, true));
        cut |= listPages(pages, m, m.get("summary.help"), d.help(), h -> SummaryText.helpLine(m, h, true));
        cut |= themePages(pages, m, d);

        CommandResponse.Builder response = CommandResponse.builder()
                .pages(pages)
                .attachment(new Attachment(
                        fileBase + ".png", "image/png", summaries.chart(m, SummaryChart.title(q, settings), q, round)));
        if (cut) {
            response.attachment(new Attachment(
                    fileBase + ".md",
                    "text/markdown; charset=utf-8",
                    summaries.file(
                            round, q, List.of("summary.md", m.locale(), title, standing), () -> SummaryMarkdown.render(
                                            m, title + "\n\n" + standing, q, d)
                                    .getBytes(StandardCharsets.UTF_8))));
        }
        return response.build();
    }

    /** The first page: every count, a few names. */
    private static Page card(Messages m, SummaryQuery q, SummaryData d, String title, String standing) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.inline(
                m.get("summary.projects"), m.get("summary.projects.value", d.projects(), d.projectsAtStart())));
        fields.add(Field.inline(m.get("summary.organisations"), Integer.toString(d.organisations())));
        fields.add(Field.inline(m.get("summary.success"), SummaryText.success(m, d)));
        fields.add(Field.inline(m.get("summary.status"), countLines(SummaryText.statusRows(m, d))));
        fields.add(Field.inline(m.get("summary.phase"), countLines(SummaryText.phaseRows(m, d))));
        fields.add(Field.inline(m.get("summary.health"), countLines(SummaryText.healthRows(m, d))));
        fields.add(Field.inline(m.get("summary.reporting"), SummaryText.reporting(m, d)));
        fields.add(Field.of(m.get("summary.pillars"), Texts.limit(pairs(SummaryText.pillarRows(m, d)), 1000)));
        fields.add(Field.of(m.get("summary.milestones"), SummaryText.milestoneCounts(m, d)));
        fields.add(Field.of(
                m.get("summary.notReported", q.reportingKey()), named(m, d.notReported(), p -> Markup.bold(p.code()))));
        if (!d.kpiTotals().isEmpty()) {
            fields.add(Field.of(
                    m.get("summary.kpis"),
                    Texts.limit(
                            String.join(
                                    "\n",
                                    d.kpiTotals().stream()
                                            .map(k -> Texts.escape(SummaryText.kpiLine(m, k)))
                                            .toList()),
                            1000)));
        }
        if (d.help().total() > 0) {
            fields.add(Field.of(
                    m.get("summary.help") + " (" + d.help().total() + ")",
                    Texts.limit(SummaryText.helpLine(m, d.help().items().get(0), true), 1000)));
        }
        return new Page(title, SummaryText.header(m, q) + "\n" + standing, fields, null);
    }

    private static String countLines(List<SummaryText.CountRow> rows) {
        StringBuilder text = new StringBuilder();
        for (SummaryText.CountRow row : rows) {
            text.append(row.label())
                    .append(": ")
                    .append(Markup.bold(String.valueOf(row.now())))
                    .append(" (")
                    .append(row.change())
                    .append(")\n");
        }
        return text.toString().strip();
    }

    private static String pairs(List<Map.Entry<String, Integer>> rows) {
        return String.join(
                "\n",
                rows.stream()
                        .map(e -> Texts.escape(e.getKey()) + ": " + Markup.bold(String.valueOf(e.getValue())))
                        .toList());
    }

    private static <T> String named(Messages m, Listing<T> list, Function<T, String> name) {
        List<String> names =
                list.items().stream().limit(NAMED_ON_CARD).map(name).toList();
        String text = m.get("summary.count", list.total())
                + (names.isEmpty() ? "" : ": " + String.join(", ", names))
                + (list.total() > names.size() ? " …" : "");
        return Texts.limit(text, 1000);
    }

    /**
     * Adds up to {@link #MAX_PAGES_PER_LIST} pages for a non-empty list.
     *
     * @return whether the list did not fit, so the attachment is needed
     */
    private static <T> boolean listPages(
            List<Page> pages, Messages m, String title, Listing<T> list, Function<T, String> line) {
        if (list.total() == 0) {
            return false;
        }
        List<T> items = list.items();
        int shown = Math.min(items.size(), LINES_PER_PAGE * MAX_PAGES_PER_LIST);
        for (int start = 0; start < shown; start += LINES_PER_PAGE) {
            StringBuilder text = new StringBuilder();
            for (T item : items.subList(start, Math.min(shown, start + LINES_PER_PAGE))) {
                text.append("• ").append(Texts.limit(line.apply(item), 250)).append('\n');
            }
            boolean lastPage = start + LINES_PER_PAGE >= shown;
            if (lastPage && list.total() > shown) {
                text.append(m.get("summary.list.more", list.total() - shown));
            }
            pages.add(Page.of(title + " (" + list.total() + ")", text.toString().strip()));
        }
        return list.total() > shown;
    }

    private static boolean themePages(List<Page> pages, Messages m, SummaryData d) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<ProjectStatus, Integer>> theme :
                d.statusByTheme().entrySet()) {
            lines.add(Markup.bold(Texts.escape(theme.getKey().isEmpty() ? "–" : theme.getKey())) + " "
                    + SummaryText.total(theme.getValue()) + " — "
                    + SummaryText.themeBreakdown(m, theme.getValue()));
        }
        return listPages(pages, m, m.get("summary.themes"), new Listing<>(lines, lines.size()), line -> line);
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        return SummaryRequests.suggest(request.settings(), request, option);
    }
}
