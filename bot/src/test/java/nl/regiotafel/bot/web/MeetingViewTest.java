package nl.regiotafel.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiotafel.bot.DemoFixture;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.dashboard.DashboardLinks;
import nl.regiotafel.commands.dashboard.DashboardLinks.Grant;
import nl.regiotafel.commands.dashboard.DashboardLinks.Purpose;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.summary.RoundSummaries;
import nl.regiotafel.commands.summary.SummaryData;
import nl.regiotafel.commands.summary.SummaryQuery;
import nl.regiotafel.commands.summary.SummaryScope;
import nl.regiotafel.commands.summary.SummaryText;
import nl.regiotafel.commands.summary.SummaryText.CountRow;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.time.ReportingPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The meeting view through its HTTP interface (MockMvc over the whole bot): the link exchange, refused links, the
 * figures against {@link RoundSummaries}, {@code /summary} and {@code /report}, and that one network's session never
 * shows another's data.
 */
@RegiotafelTest
@Import(DemoFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class MeetingViewTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    CommandRegistry registry;

    @Autowired
    AdjustableClock clock;

    @Autowired
    DemoFixture demo;

    @Autowired
    DashboardLinks links;

    @Autowired
    RoundSummaries summaries;

    @Autowired
    NetworkStore networks;

    private MockMvc web;
    private String network;
    private String other;
    private TestRequests dutch;

    @BeforeAll
    void load() {
        web = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(new SecurityHeadersFilter(), new ReadScopeFilter())
                .build();
        network = demo.load(DemoFixture.SEPTEMBER_20);
        dutch = new TestRequests(registry, network, Messages.DUTCH);
        // Another network with a project whose name must never appear in the first network's pages
        other = "guild-" + UUID.randomUUID();
        clock.set(DemoFixture.SEPTEMBER_20);
        new TestRequests(registry, other, Messages.DUTCH)
                .run(
                        TestRequests.MANAGER,
                        "project",
                        "add",
                        "code",
                        "geheim-project",
                        "name",
                        "Geheim Andermans Project",
                        "region",
                        "Zeeland",
                        "status",
                        "lopend",
                        "leader",
                        new UserRef("x1", "Xander"));
    }

    @BeforeEach
    void setClock() {
        clock.set(DemoFixture.SEPTEMBER_20);
    }

    private Grant grant(String networkId, String region) {
        return new Grant(networkId, region, null, clock.instant().plus(Duration.ofDays(30)));
    }

    /** GET with a fresh client address, so the exchange limit of one test does not touch another. */
    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        String address = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private Cookie session(String linkToken) throws Exception {
        MockHttpServletResponse response =
                web.perform(from(get("/link/" + linkToken))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(303);
        return response.getCookie(DashboardController.COOKIE);
    }

    private String page(Cookie session, String url) throws Exception {
        MockHttpServletResponse response =
                web.perform(from(get(url)).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void openingALinkSetsAnHttpOnlyLaxCookieAndRedirectsToACleanAddress() throws Exception {
        String token = links.sign(grant(network, null), Purpose.LINK);

        MockHttpServletResponse plain =
                web.perform(from(get("/link/" + token))).andReturn().getResponse();
        MockHttpServletResponse secure = web.perform(from(get("/link/" + token)).secure(true))
                .andReturn()
                .getResponse();

        assertThat(plain.getStatus()).isEqualTo(303);
        assertThat(plain.getHeader("Location")).isEqualTo("/");
        String cookie = plain.getHeader("Set-Cookie");
        assertThat(cookie)
                .startsWith(DashboardController.COOKIE + "=")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Path=/")
                .doesNotContain("Secure")
                .doesNotContain(token);
        assertThat(secure.getHeader("Set-Cookie")).contains("Secure");
        assertThat(plain.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void refusesExpiredTamperedRevokedForeignAndMissingTokensWithOnePlainPage() throws Exception {
        // GIVEN a revocable network of its own, so revoking does not disturb the other tests
        String revocable = demo.load(DemoFixture.SEPTEMBER_20);
        Grant valid = grant(revocable, null);
        String expired =
                links.sign(new Grant(revocable, null, null, clock.instant().minusSeconds(1)), Purpose.LINK);
        String good = links.sign(valid, Purpose.LINK);
        String tampered = good.substring(0, good.length() - 3) + (good.endsWith("AAA") ? "BBB" : "AAA");
        String foreignPayload = links.sign(grant(other, null), Purpose.LINK);
        String foreign = foreignPayload.substring(0, foreignPayload.indexOf('.')) + good.substring(good.indexOf('.'));
        String sessionAsLink = links.sign(valid, Purpose.SESSION);
        Cookie before = session(good);

        // WHEN a manager revokes every link of the network
        CommandResponse revoked =
                new TestRequests(registry, revocable, Messages.DUTCH).run(TestRequests.MANAGER, "dashboard", "revoke");
        assertThat(revoked.tone()).isNotEqualTo(Tone.ERROR);

        // THEN every bad token gets the same 403 page that says nothing about why
        List<String> bodies = new ArrayList<>();
        for (String token : List.of(expired, tampered, foreign, sessionAsLink, good, "x", "a.b")) {
            MockHttpServletResponse response =
                    web.perform(from(get("/link/" + token))).andReturn().getResponse();
            assertThat(response.getStatus()).as(token).isEqualTo(403);
            assertThat(response.getHeader("Set-Cookie")).isNull();
            bodies.add(response.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(bodies).allMatch(b -> b.equals(bodies.get(0)));
        assertThat(bodies.get(0)).doesNotContain(revocable);
        // AND the session opened before the revocation is dead too, as is no session at all
        assertThat(web.perform(from(get("/")).cookie(before))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(web.perform(from(get("/"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theOverviewShowsTheFiguresOfRoundSummariesAndSummaryForTheSameRoundAndFilters() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        String html = page(session, "/?period=2021-Q3&region=Zeeland&lang=nl");

        var settings = networks.get(network);
        SummaryQuery q = SummaryQuery.of(
                network,
                new SummaryScope("Zeeland", null, null, null),
                ReportingPeriod.parse("2021-Q3"),
                settings.calendar(),
                settings.zone(),
                clock.instant(),
                MeetingViews.LIST_LIMIT);
        SummaryData d = RoundSummaries.summarize(q, summaries.snapshots(q));
        Messages m = Messages.of(Messages.DUTCH);
        assertThat(rows(html, "t-status")).isEqualTo(expected(SummaryText.statusRows(m, d)));
        assertThat(rows(html, "t-phase")).isEqualTo(expected(SummaryText.phaseRows(m, d)));
        assertThat(rows(html, "t-health")).isEqualTo(expected(SummaryText.healthRows(m, d)));
        assertThat(html)
                .contains(">" + SummaryText.reporting(m, d) + "<")
                .contains(escape(SummaryText.success(m, d)))
                .contains(escape(SummaryText.milestoneCounts(m, d)));
        assertThat(d.projects()).isPositive();
        // AND /summary for the same round and region says the same
        CommandResponse reply =
                dutch.run(TestRequests.MANAGER, "summary", null, "period", "2021-Q3", "region", "Zeeland");
        String summary = reply.pages().stream()
                .flatMap(p -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(p.text()),
                        p.fields().stream().map(f -> f.name() + " " + f.value())))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(summary).contains(SummaryText.reporting(m, d)).contains(SummaryText.success(m, d));
    }

    @Test
    void theKpiTrendShowsEachRoundsTotalsAsSummaryShowsThatRoundWithTheSameFilters() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        String html = page(session, "/?period=2021-Q3&region=Zeeland&lang=nl");

        // THEN the columns are the last rounds, oldest first, the open one provisional
        List<String> columns = headings(html, "t-kpis");
        assertThat(columns)
                .containsExactly("Indicator", "2020-Q4", "2021-Q1", "2021-Q2", "2021-Q3 (voorlopig)", "Doel");
        Messages m = Messages.of(Messages.DUTCH);
        var settings = networks.get(network);
        List<String> trendRows = cells(html, "t-kpis");
        assertThat(trendRows).isNotEmpty();
        java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        List<String> periods = List.of("2020-Q4", "2021-Q1", "2021-Q2", "2021-Q3");
        for (int i = 0; i < periods.size(); i++) {
            SummaryQuery q = SummaryQuery.of(
                    network,
                    new SummaryScope("Zeeland", null, null, null),
                    ReportingPeriod.parse(periods.get(i)),
                    settings.calendar(),
                    settings.zone(),
                    clock.instant(),
                    MeetingViews.LIST_LIMIT);
            SummaryData d = RoundSummaries.summarize(q, summaries.snapshots(q));
            // AND every total in the column is what /summary of that round and region says
            String summary = summaryText(
                    dutch.run(TestRequests.MANAGER, "summary", null, "period", periods.get(i), "region", "Zeeland"));
            for (SummaryData.KpiTotal k : d.kpiTotals()) {
                assertThat(summary).as(periods.get(i)).contains(SummaryText.kpiLine(m, k));
                String name = k.label() + " (" + k.unit() + ")";
                List<String> row =
                        expected.computeIfAbsent(name, n -> new ArrayList<>(List.of("–", "–", "–", "–", "–")));
                row.set(i, nl.regiotafel.commands.project.ProjectCards.number(k.actual(), "0"));
                if (i == periods.size() - 1) {
                    row.set(4, nl.regiotafel.commands.project.ProjectCards.number(k.target(), "0"));
                }
            }
        }
        List<String> expectedRows = expected.entrySet().stream()
                .map(e -> e.getKey() + "|" + String.join("|", e.getValue()))
                .toList();
        assertThat(trendRows).containsExactlyInAnyOrderElementsOf(expectedRows);
        // AND the totals move between rounds: a trend, not one round's figure repeated
        assertThat(trendRows).anyMatch(row -> {
            String[] c = row.split("\\|");
            return !c[1].equals(c[4]);
        });
        // AND /report of the round holds the shown round's totals
        String report = new String(
                dutch.run(
                                TestRequests.MANAGER,
                                "report",
                                null,
                                "period",
                                "2021-Q3",
                                "region",
                                "Zeeland",
                                "format",
                                "md")
                        .attachments()
                        .get(0)
                        .content(),
                StandardCharsets.UTF_8);
        for (String row : trendRows) {
            String now = row.split("\\|")[4];
            assertThat(report).contains("| " + now + " |");
        }
    }

    @Test
    void everySectionHasAChartAboveATableWithTheSameFiguresDrawnWithoutScriptOrInlineStyle() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        String html = page(session, "/?period=2021-Q3&lang=nl");
        byte[] css = web.perform(from(get("/static/dashboard.css")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        // THEN each count section has its chart right above its table, the bars saying the table's previous and now
        for (String section : List.of("status", "phase", "health", "theme", "pillar")) {
            int chart = html.indexOf("id=\"c-" + section + "\"");
            int table = html.indexOf("id=\"t-" + section + "\"");
            assertThat(chart).as(section).isPositive().isLessThan(table);
            assertThat(html.substring(chart, html.lastIndexOf("<table", table)))
                    .as(section)
                    .doesNotContain("<table");
            List<String> bars = new ArrayList<>();
            rows(html, "t-" + section).forEach(row -> {
                String[] c = row.split("\\|");
                bars.add(c[1]);
                bars.add(c[2]);
            });
            assertThat(chartValues(html, "c-" + section)).as(section).isEqualTo(bars);
        }
        // AND the milestone chart counts what its table counts, month by month
        List<String> months = new ArrayList<>();
        cells(html, "t-months")
                .forEach(row -> months.addAll(List.of(row.split("\\|")).subList(1, 4)));
        assertThat(months).isNotEmpty();
        assertThat(chartValues(html, "c-months")).isEqualTo(months);
        assertThat(html.indexOf("id=\"c-months\"")).isLessThan(html.indexOf("id=\"t-months\""));
        // AND each KPI measure has a chart of its totals per round, above the trend table
        List<String> kpis = cells(html, "t-kpis");
        for (int i = 0; i < kpis.size(); i++) {
            List<String> row = List.of(kpis.get(i).split("\\|"));
            List<String> values = row.subList(1, row.size() - 1).stream()
                    .filter(v -> !v.equals("–"))
                    .toList();
            String id = "c-kpi-" + (i + 1);
            assertThat(chartValues(html, id)).as(row.get(0)).isEqualTo(values);
            assertThat(html.indexOf("id=\"" + id + "\"")).isLessThan(html.indexOf("id=\"t-kpis\""));
        }
        // AND every chart is named for assistive technology, and nothing needs a script or an inline style
        Matcher svg = Pattern.compile("<svg [^>]*>").matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            assertThat(svg.group()).contains("role=\"img\"").contains("aria-labelledby=\"");
        }
        assertThat(charts).isEqualTo(6 + kpis.size());
        assertThat(html).doesNotContain("<script").doesNotContain(" style=").doesNotContain("<img");
        // AND the page with its charts and stylesheet stays within 300 KB
        assertThat(html.getBytes(StandardCharsets.UTF_8).length + css.length).isLessThanOrEqualTo(300 * 1024);
    }

    @Test
    void theProjectPageChartsEachKpiPerRoundAboveTheTableWithTheSameValues() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        String html = page(session, "/project/tizv-glasses?period=2021-Q3&lang=nl");

        List<String> rows = cells(html, "t-project-kpis");
        int kpis = headings(html, "t-project-kpis").size() - 1;
        assertThat(kpis).isEqualTo(2);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        for (int k = 1; k <= kpis; k++) {
            List<String> column = new ArrayList<>();
            for (String row : rows) {
                String value = row.split("\\|")[k];
                if (!value.equals("–")) {
                    column.add(value);
                }
            }
            String id = "c-project-kpi-" + k;
            assertThat(chartValues(html, id)).as(id).isEqualTo(column);
            assertThat(html.indexOf("id=\"" + id + "\"")).isLessThan(html.indexOf("id=\"t-project-kpis\""));
        }
        assertThat(html).doesNotContain("<script").doesNotContain(" style=");
    }

    @Test
    void theStatusFilterNarrowsTheFiguresAndIsKeptInTheLinks() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        String all = page(session, "/?period=2021-Q3");
        String running = page(session, "/?period=2021-Q3&status=lopend");

        int allProjects = count(all, "t-projects");
        int runningProjects = count(running, "t-projects");
        assertThat(runningProjects).isPositive().isLessThan(allProjects);
        // the status table of the filtered view has only running projects
        assertThat(rows(running, "t-status").get(1))
                .startsWith("Nog niet gestart|")
                .endsWith("|0|0|0");
        assertThat(running).contains("/download/csv?period=2021-Q3&amp;status=lopend");
    }

    @Test
    void theCsvDownloadIsTheReportOfTheSameView() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        byte[] fromPage = web.perform(from(get("/download/csv?period=2021-Q3&region=Zeeland&lang=nl"))
                        .cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        CommandResponse report = dutch.run(
                TestRequests.MANAGER,
                "report",
                null,
                "period",
                "2021-Q3",
                "region",
                "Zeeland",
                "format",
                "csv",
                "separator",
                "semicolon");

        assertThat(new String(fromPage, StandardCharsets.UTF_8))
                .isEqualTo(new String(report.attachments().get(0).content(), StandardCharsets.UTF_8));
        assertThat(web.perform(from(get("/download/xlsx?period=2021-Q3")).cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .startsWith((byte) 'P', (byte) 'K');
        assertThat(web.perform(from(get("/download/pdf?period=2021-Q3")).cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
    }

    @Test
    void noUrlShowsAnotherNetworksData() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        for (String url : List.of(
                "/",
                "/?network=" + other,
                "/?period=2021-Q3&region=Zeeland",
                "/handout?period=2021-Q3&region=Zeeland",
                "/project/geheim-project",
                "/project/geheim-project?network=" + other,
                "/download/csv?region=Zeeland",
                "/download/csv?networkId=" + other)) {
            MockHttpServletResponse response =
                    web.perform(from(get(url)).cookie(session)).andReturn().getResponse();
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(url)
                    .doesNotContain("geheim-project")
                    .doesNotContain("Geheim Andermans Project");
        }
        assertThat(web.perform(from(get("/project/geheim-project")).cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aRegionLinkCannotBeWidenedByTheAddress() throws Exception {
        Cookie session = session(links.sign(grant(network, "Zeeland"), Purpose.LINK));

        String zeeland = page(session, "/?period=2021-Q3");
        MockHttpServletResponse wider = web.perform(
                        from(get("/?period=2021-Q3&region=Noord-Holland Noord")).cookie(session))
                .andReturn()
                .getResponse();
        String withOther = page(session, "/?period=2021-Q3&region=Zeeland");

        assertThat(wider.getStatus()).isEqualTo(400);
        assertThat(zeeland).doesNotContain("nhn-").contains("tizv-glasses");
        assertThat(rows(zeeland, "t-status")).isEqualTo(rows(withOther, "t-status"));
        assertThat(web.perform(from(get("/project/nhn-anw?period=2021-Q3")).cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void pagesAreReadOnlyAndCarryTheSecurityHeaders() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        MockHttpServletResponse page = web.perform(
                        from(get("/project/tizv-glasses?period=2021-Q3")).cookie(session))
                .andReturn()
                .getResponse();
        MockHttpServletResponse posted =
                web.perform(from(post("/")).cookie(session)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Behaalde resultaten")
                .doesNotContain("<script");
        assertThat(posted.getStatus()).isEqualTo(405);
    }

    @Test
    void tooManyExchangesFromOneClientAreRefusedForAMinute() throws Exception {
        String token = links.sign(grant(network, null), Purpose.LINK);
        String address = "192.0.2." + (int) (Math.random() * 250);
        int refused = 0;
        for (int i = 0; i < 15; i++) {
            int status = web.perform(get("/link/" + token).with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    }))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(5);
    }

    @Test
    void dashboardLinkAnswersPrivatelyWithALinkThatOpensThePages() throws Exception {
        CommandResponse reply = dutch.run(TestRequests.MANAGER, "dashboard", "link", "region", "Zeeland");

        assertThat(reply.isPrivate()).isTrue();
        String text = TestRequests.text(reply);
        Matcher url = Pattern.compile("/link/([A-Za-z0-9_.-]+)").matcher(text);
        assertThat(url.find()).as(text).isTrue();
        String html = page(session(url.group(1)), "/?period=2021-Q3");
        assertThat(html).contains("tizv-glasses").doesNotContain("nhn-anw");
    }

    @Test
    void theHandoutHasTheOverviewAndOnePagePerProjectInTheView() throws Exception {
        Cookie session = session(links.sign(grant(network, null), Purpose.LINK));

        String handout = page(session, "/handout?period=2021-Q3&region=Zeeland");
        String overview = page(session, "/?period=2021-Q3&region=Zeeland");

        assertThat(rows(handout, "t-status")).isEqualTo(rows(overview, "t-status"));
        assertThat(cells(handout, "t-kpis")).isNotEmpty().isEqualTo(cells(overview, "t-kpis"));
        assertThat(handout).contains("id=\"c-status\"");
        assertThat(handout.split("class=\"project-page\"", -1).length - 1).isEqualTo(count(overview, "t-projects"));
    }

    /** The rows of a count table as {@code label|previous|now|change}. */
    private static List<String> rows(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as(tableId).isPositive();
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher row = Pattern.compile(
                        "<tr><th scope=\"row\">([^<]*)</th><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>")
                .matcher(table);
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(unescape(row.group(1)) + "|" + row.group(2) + "|" + row.group(3) + "|" + row.group(4));
        }
        return rows;
    }

    /** The values written at the ends of a chart's bars, in drawing order. */
    private static List<String> chartValues(String html, String chartId) {
        int start = html.indexOf("id=\"" + chartId + "\"");
        assertThat(start).as(chartId).isPositive();
        String chart = html.substring(start, html.indexOf("</svg>", start));
        Matcher value = Pattern.compile("<text x=\"-?\\d+\" y=\"-?\\d+\" class=\"value\">([^<]*)</text>")
                .matcher(chart);
        List<String> values = new ArrayList<>();
        while (value.find()) {
            values.add(unescape(value.group(1)));
        }
        return values;
    }

    /** A command's reply as one text: its pages and their fields. */
    private static String summaryText(CommandResponse reply) {
        return reply.pages().stream()
                .flatMap(p -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(p.text()),
                        p.fields().stream().map(f -> f.name() + " " + f.value())))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String table(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as(tableId).isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** The column headings of a table. */
    private static List<String> headings(String html, String tableId) {
        Matcher heading = Pattern.compile("<th scope=\"col\">([^<]*)</th>").matcher(table(html, tableId));
        List<String> headings = new ArrayList<>();
        while (heading.find()) {
            headings.add(unescape(heading.group(1)));
        }
        return headings;
    }

    /** The body rows of a table, however many cells, as {@code heading|cell|cell…}. */
    private static List<String> cells(String html, String tableId) {
        String table = table(html, tableId);
        String body = table.substring(table.indexOf("<tbody>"));
        Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(body);
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            Matcher cell = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>").matcher(row.group(1));
            List<String> values = new ArrayList<>();
            while (cell.find()) {
                values.add(unescape(cell.group(1)));
            }
            rows.add(String.join("|", values));
        }
        return rows;
    }

    private static int count(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        String table = html.substring(start, html.indexOf("</table>", start));
        return table.split("<th scope=\"row\">", -1).length - 1;
    }

    private static List<String> expected(List<CountRow> rows) {
        return rows.stream()
                .map(r -> r.label() + "|" + r.start() + "|" + r.now() + "|" + r.change())
                .toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;");
    }

    private static String unescape(String text) {
        return text.replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
