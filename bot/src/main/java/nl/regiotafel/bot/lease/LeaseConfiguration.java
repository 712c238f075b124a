package nl.regiotafel.bot.lease;

import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.bot.discord.DiscordBot;
import nl.regiotafel.storage.MongoLease;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Active/standby through the lease, when {@code REGIOTAFEL_LEASE_ENABLED=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "regiotafel.lease.enabled", havingValue = "true")
class LeaseConfiguration {

    /** The scheduler's bean name; its class stays private to its package. */
    static final String SCHEDULER = "quartzScheduler";

    @Bean
    ActiveInstance activeInstance(
            MongoLease leases, LeaseProperties properties, ObjectProvider<DiscordBot> discord, BeanFactory beans) {
        List<SmartLifecycle> singletons = new ArrayList<>();
        // The gateway first, so the scheduler's first reminders have a connection to go out on
        discord.ifAvailable(singletons::add);
        singletons.add(beans.getBean(SCHEDULER, SmartLifecycle.class));
        return new ActiveInstance(leases, properties, singletons);
    }

    /** Shows as {@code lease} in the health tree and in readiness. */
    @Bean
    LeaseHealthIndicator leaseHealthIndicator(ActiveInstance instance) {
        return new LeaseHealthIndicator(instance);
    }
}
