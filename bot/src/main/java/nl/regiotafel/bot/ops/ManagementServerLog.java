package nl.regiotafel.bot.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says where the management server listens: with {@code MANAGEMENT_SERVER_PORT=0} the log is the only place. */
@Component
final class ManagementServerLog implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ManagementServerLog.class);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            log.info(
                    "Management server on port {}: /actuator/health/liveness, /actuator/health/readiness,"
                            + " /actuator/prometheus",
                    event.getWebServer().getPort());
        }
    }
}
