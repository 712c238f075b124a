package nl.regiotafel.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.regiotafel.bot.DemoFixture;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.dashboard.DashboardLinks;
import nl.regiotafel.commands.dashboard.DashboardLinks.Grant;
import nl.regiotafel.commands.dashboard.DashboardLinks.Purpose;
import nl.regiotafel.commands.demo.DemoNetwork;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The meeting view in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) against the
 * whole bot on a free port: the overview, a filter that changes the address and the figures, a project page, TV mode,
 * printing to PDF, no console errors, no request to another host, and no serious accessibility violations (axe-core).
 * Skipped, with the way to install Chromium, where it is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class MeetingViewBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private ConfigurableApplicationContext bot;
    private ChromeDriver browser;
    private String base;
    private String link;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Browser tests skipped: no Chromium. Install it with: sudo apt-get install -y chromium chromium-driver");
        bot = new SpringApplication(RegiotafelApplication.class)
                .run(
                        "--regiotafel.console.enabled=false",
                        "--regiotafel.scheduler.enabled=false",
                        "--regiotafel.storage.data-dir="
                                + Files.createTempDirectory("browser").toAbsolutePath(),
                        "--discord.token=",
                        "--server.port=0");
        base = "http://127.0.0.1:" + bot.getEnvironment().getProperty("local.server.port");
        bot.getBean(AdjustableClock.class).set(DemoFixture.SEPTEMBER_20);
        String network = "browser-demo";
        DemoNetwork.load(
                network,
                bot.getBean(ProjectStore.class),
                bot.getBean(MilestoneStore.class),
                bot.getBean(UpdateStore.class),
                bot.getBean(NetworkStore.class),
                bot.getBean(AuditStore.class),
                Clock.fixed(DemoFixture.SEPTEMBER_20, ZoneOffset.UTC));
        DashboardLinks links = bot.getBean(DashboardLinks.class);
        link = base + "/link/"
                + links.sign(
                        new Grant(network, null, null, DemoFixture.SEPTEMBER_20.plus(Duration.ofDays(30))),
                        Purpose.LINK);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .build(),
                options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void aMeetingGoesThroughTheViewInARealBrowser() {
        // GIVEN the link is opened: the cookie is set and the token is gone from the address
        browser.get(link);
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/");
        browser.get(base + "/?period=2021-Q3");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2021-Q3");
        String allProjects = browser.findElement(By.id("projects")).getText();

        // AND every section's chart is drawn, coloured by the stylesheet, with its table right beneath
        assertThat(browser.findElements(By.cssSelector(".card > svg.chart + table")))
                .hasSize(6);
        List<WebElement> kpiCharts = browser.findElements(By.cssSelector("svg.chart[id^=c-kpi-]"));
        assertThat(kpiCharts)
                .hasSize(
                        browser.findElements(By.cssSelector("#t-kpis tbody tr")).size())
                .isNotEmpty();
        assertThat(browser.findElement(By.id("c-status")).getSize().getWidth()).isGreaterThan(300);
        assertThat(browser.findElement(By.cssSelector("#c-status rect.s-now")).getCssValue("fill"))
                .isEqualTo("rgb(11, 92, 173)");
        assertThat(browser.findElement(By.cssSelector("#t-kpis thead")).getText())
                .contains("2021-Q2")
                .contains("2021-Q3 (voorlopig)");
        // AND the page with everything it loaded weighs at most 300 KB
        Number weight = (Number) browser.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".reduce((sum, e) => sum + e.decodedBodySize, 0)");
        assertThat(weight.longValue()).isPositive().isLessThanOrEqualTo(300 * 1024);
        org.slf4j.LoggerFactory.getLogger(MeetingViewBrowserTest.class)
                .info("The overview of the demo network weighs {} bytes with what it loads", weight);
        assertNoSeriousAccessibilityProblems();

        // WHEN a filter changes: the address keeps it and the figures follow
        new Select(browser.findElement(By.id("f-status"))).selectByValue("lopend");
        browser.findElement(By.id("apply")).click();
        assertThat(browser.getCurrentUrl()).contains("status=lopend").contains("period=2021-Q3");
        assertThat(browser.findElement(By.id("projects")).getText()).isNotEqualTo(allProjects);
        assertThat(browser.findElements(By.cssSelector("#t-status tbody tr"))
                        .get(1)
                        .getText())
                .endsWith("0 0 0");
        assertNoSeriousAccessibilityProblems();

        // AND a project page opens from the list
        var first = browser.findElement(By.cssSelector("#t-projects tbody a"));
        String code = first.getText();
        first.click();
        assertThat(browser.getCurrentUrl()).contains("/project/" + code).contains("status=lopend");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(code);
        assertThat(browser.findElements(By.cssSelector(".blocks .block"))).hasSize(6);
        assertNoSeriousAccessibilityProblems();

        // AND TV mode has large type and reloads itself
        browser.get(base + "/?period=2021-Q3&tv=1");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
                .contains("tv");
        assertThat(browser.findElements(By.cssSelector("meta[http-equiv=refresh]")))
                .hasSize(1);
        assertThat(browser.findElement(By.tagName("body")).getCssValue("font-size"))
                .isEqualTo("26px");
        assertThat(browser.findElement(By.id("c-status")).getSize().getWidth()).isGreaterThan(450);
        // Reloading itself is what TV mode is for; WCAG 2.2.1 is met by the link in the page's bar that turns it off,
        // so axe's rule against a timed reload is the one rule not asked here
        assertThat(browser.findElement(By.id("tv-leave")).getAttribute("href")).doesNotContain("tv=1");
        assertNoSeriousAccessibilityProblems("meta-refresh");

        // AND the overview prints to PDF, A4 landscape
        browser.get(base + "/?period=2021-Q3");
        PrintOptions print = new PrintOptions();
        print.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        print.setPageSize(new PageSize(21.0, 29.7));
        Pdf pdf = ((PrintsPage) browser).print(print);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        // THEN the console has no errors and the browser asked no host but the bot
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).isEmpty();
        List<String> foreign = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            int at = message.indexOf("\"url\":\"");
            if (message.contains("Network.requestWillBeSent") && at >= 0) {
                String url = message.substring(at + 7, message.indexOf('"', at + 7));
                // Only requests that leave the browser count; chrome:// pages are its own
                boolean network = url.startsWith("http") || url.startsWith("ws");
                if (network && !url.startsWith(base + "/")) {
                    foreign.add(url);
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    /**
     * Refreshes the README's screenshots of the demo network when asked: {@code
     * REGIOTAFEL_SCREENSHOTS=$PWD/docs ./mvnw -pl bot -am test -Dtest=MeetingViewBrowserTest ...}.
     */
    @Test
    void takesTheReadmeScreenshotsWhenAsked() throws Exception {
        String directory = System.getenv("REGIOTAFEL_SCREENSHOTS");
        Assumptions.assumeTrue(
                directory != null && !directory.isBlank(),
                "Screenshots only when asked: REGIOTAFEL_SCREENSHOTS=<directory>");
        browser.get(link);
        try {
            browser.manage().window().setSize(new Dimension(1400, 1500));
            browser.get(base + "/?period=2021-Q3");
            Files.write(Path.of(directory, "meeting-view-overview.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(new Dimension(1400, 1300));
            browser.executeScript("document.getElementById('h-kpis').scrollIntoView()");
            Files.write(Path.of(directory, "meeting-view-charts.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(new Dimension(1400, 1400));
            browser.get(base + "/project/tizv-glasses?period=2021-Q3");
            Files.write(Path.of(directory, "meeting-view-project.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
        assertThat(Path.of(directory, "meeting-view-overview.png")).isNotEmptyFile();
    }

    private void assertNoSeriousAccessibilityProblems(String... rulesNotAsked) {
        AxeBuilder axe = new AxeBuilder();
        if (rulesNotAsked.length > 0) {
            axe.disableRules(List.of(rulesNotAsked));
        }
        Results results = axe.analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Rule::getId)
                .toList();
        assertThat(serious).as(browser.getCurrentUrl()).isEmpty();
    }
}
