package nl.regiotafel.bot.web;

import java.time.Clock;
import nl.regiotafel.commands.dashboard.DashboardKeyStore;
import nl.regiotafel.commands.dashboard.DashboardLinks;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The meeting view's links, headers and rate limit. The pages themselves are {@link DashboardController}. */
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

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ExchangeLimiter exchangeLimiter(WebProperties web) {
        return new ExchangeLimiter(web.exchangesPerMinute(), Clock.systemUTC());
    }
}
