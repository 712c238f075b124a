package nl.regiotafel.bot.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.reminder.ReminderStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bot's meters; Spring Boot adds the JVM, process, MongoDB driver and Tomcat ones. Without the management server
 * nobody can read meters, so Spring Boot's metrics are left out (ManagementServerMode) and the bot counts into a
 * registry of its own.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    BotMetrics botMetrics(ObjectProvider<MeterRegistry> registry, ObjectProvider<CommandCatalog> catalog) {
        return new BotMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), () -> catalog.getObject()
                .available());
    }

    @Bean
    LedgerBacklog ledgerBacklog(BotMetrics metrics, ReminderStore ledger, Clock clock) {
        LedgerBacklog backlog = new LedgerBacklog(ledger, clock);
        Gauge.builder("regiotafel.reminders.backlog", backlog, LedgerBacklog::value)
                .description("Pending reminders already due: what the dispatcher has still to send")
                .register(metrics.registry());
        return backlog;
    }
}
