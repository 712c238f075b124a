package nl.regiotafel.bot.web;

import nl.regiotafel.commands.dashboard.DashboardKeyStore;
import nl.regiotafel.commands.dashboard.DashboardLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The meeting view's links, which {@code /dashboard} hands out whether or not the pages run in this process. The
 * pages, their headers and rate limit are {@link WebPagesConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    DashboardLinks dashboardLinks(DashboardKeyStore keys, WebProperties web, Environment environment) {
        return new DashboardLinks(keys, () -> baseUrl(web, environment));
    }

    /** The configured public address, else this server's own (the port it really listens on, once it does). */
    static String baseUrl(WebProperties web, Environment environment) {
        if (!web.baseUrl().isBlank()) {
            return web.baseUrl().strip();
        }
        String host = web.address().equals("0.0.0.0") || web.address().equals("::") ? "127.0.0.1" : web.address();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://" + host + ":" + port;
    }
}
