package nl.regiotafel.bot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.dashboard.DashboardLinks;
import nl.regiotafel.commands.dashboard.DashboardLinks.Grant;
import nl.regiotafel.commands.dashboard.DashboardLinks.Purpose;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Measures the meeting view's overview over HTTP on 127.0.0.1 (Tomcat, Thymeleaf, the summary of the round) for a
 * network of N projects generated as {@link SummaryBenchmark} does: median and p99 of the HTML, and the weight of the
 * page with what it loads (its inline charts, the stylesheet). Not a test: {@code scripts/bench.sh MeetingViewBenchmark 300}.
 */
public final class MeetingViewBenchmark {

    private MeetingViewBenchmark() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {300}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dataDir = Path.of("target", "bench-data", UUID.randomUUID().toString());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RegiotafelApplication.class)
                .properties(
                        "regiotafel.console.enabled=false",
                        "regiotafel.scheduler.enabled=false",
                        "discord.token=",
                        "server.port=0",
                        "regiotafel.storage.data-dir=" + dataDir,
                        "regiotafel.storage.timeout=60s",
                        "logging.level.root=WARN",
                        "logging.level.nl.regiotafel=WARN")
                .run();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        StringBuilder table = new StringBuilder(
                "| projects | page | runs | median (ms) | p99 (ms) | HTML (KB) | with what it loads (KB) |\n"
                        + "|---|---|---|---|---|---|---|\n");
        try {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            AdjustableClock clock = context.getBean(AdjustableClock.class);
            clock.set(SummaryBenchmark.NOW);
            for (int size : sizes) {
                String network = "bench-web-" + size;
                SummaryBenchmark.generate(context.getBean(MongoTemplate.class), network, size);
                String cookie = "regiotafel_session="
                        + context.getBean(DashboardLinks.class)
                                .sign(
                                        new Grant(
                                                network, null, null, SummaryBenchmark.CLOSED.plusSeconds(86_400L * 60)),
                                        Purpose.SESSION);
                for (String[] page : List.of(
                        new String[] {"overview, open round", "/"},
                        new String[] {"overview, region filter", "/?region=Zeeland"},
                        new String[] {"project page", "/project/p00001"})) {
                    table.append(measure(http, base, cookie, size, page[0], page[1], 100));
                }
                clock.set(SummaryBenchmark.CLOSED);
                table.append(measure(http, base, cookie, size, "overview, closed round", "/?period=2021-Q3", 100));
                clock.set(SummaryBenchmark.NOW);
            }
        } finally {
            context.close();
        }
        System.out.println(table);
        Path out = Path.of("target", "bench", "meeting-view-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private static String measure(
            HttpClient http, String base, String cookie, int size, String label, String path, int runs)
            throws Exception {
        for (int i = 0; i < 5; i++) {
            get(http, base + path, cookie);
        }
        double[] millis = new double[runs];
        byte[] html = new byte[0];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            html = get(http, base + path, cookie);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        // The page's weight is what a browser loads for it: the charts are inline SVG, an image only if the page has
        // one
        boolean image = new String(html, java.nio.charset.StandardCharsets.UTF_8).contains("<img");
        int chart = image ? get(http, base + "/chart.png" + query, cookie).length : 0;
        int css = get(http, base + "/static/dashboard.css", cookie).length;
        String line = String.format(
                Locale.ROOT,
                "| %d | %s | %d | %.1f | %.1f | %.0f | %.0f |%n",
                size,
                label,
                runs,
                millis[runs / 2],
                SummaryBenchmark.percentile(millis, 99),
                html.length / 1024.0,
                (html.length + chart + css) / 1024.0);
        System.err.print(line);
        return line;
    }

    private static byte[] get(HttpClient http, String url, String cookie) throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
