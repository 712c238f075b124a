package nl.regiotafel.bot.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The meeting view (web pages). The port is Spring Boot's {@code server.port} ({@code SERVER_PORT}, default 8080).
 *
 * @param baseUrl the address people open, as links from {@code /dashboard link} name it
 *     ({@code REGIOTAFEL_WEB_BASE_URL}); behind a reverse proxy its public {@code https://} address. Empty: this
 *     server's own address, {@code http://<address>:<port>}
 * @param address the address the server binds to ({@code REGIOTAFEL_WEB_ADDRESS}, default 127.0.0.1; 0.0.0.0 for every
 *     interface, e.g. in a container)
 * @param exchangesPerMinute how many links one client may open per minute before it is told to wait
 * @param tvRefresh how often the TV view reloads itself
 */
@ConfigurationProperties("regiotafel.web")
public record WebProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("127.0.0.1") String address,
        @DefaultValue("10") int exchangesPerMinute,
        @DefaultValue("60s") Duration tvRefresh) {

    /** Checked here rather than with Bean Validation, which would load ~500 classes at every start for two bounds. */
    public WebProperties {
        if (exchangesPerMinute < 1 || exchangesPerMinute > 10_000) {
            throw new IllegalArgumentException(
                    "regiotafel.web.exchanges-per-minute (REGIOTAFEL_WEB_EXCHANGES_PER_MINUTE) must be 1 to 10000, was "
                            + exchangesPerMinute);
        }
        if (tvRefresh.isNegative() || tvRefresh.isZero()) {
            throw new IllegalArgumentException(
                    "regiotafel.web.tv-refresh (REGIOTAFEL_WEB_TV_REFRESH) must be positive, e.g. 60s, was "
                            + tvRefresh);
        }
    }
}
