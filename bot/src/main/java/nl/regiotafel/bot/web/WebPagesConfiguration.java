package nl.regiotafel.bot.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The meeting view's pages: security headers, one read scope per request and the rate limit on opening links. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebPagesConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Each page reads each network's revision once (ReadScopeFilter), right after the headers are set. */
    @Bean
    FilterRegistrationBean<ReadScopeFilter> readScope() {
        FilterRegistrationBean<ReadScopeFilter> registration = new FilterRegistrationBean<>(new ReadScopeFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    ExchangeLimiter exchangeLimiter(WebProperties web) {
        return new ExchangeLimiter(web.exchangesPerMinute(), Clock.systemUTC());
    }
}
