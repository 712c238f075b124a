package nl.regiotafel.bot.web;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The web side of the bot, as a child of the bot's context: the meeting view's pages and, when it runs, the management
 * server (health, readiness, Prometheus). Its beans use the bot's (stores, summaries, links, health indicators, the
 * metrics registry) through the parent. {@link WebViewLauncher} starts it once the bot itself is ready.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({DashboardController.class, WebErrors.class, MeetingViews.class, WebPagesConfiguration.class})
public class WebViewApplication {}
