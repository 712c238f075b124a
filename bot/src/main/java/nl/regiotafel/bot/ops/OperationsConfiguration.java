package nl.regiotafel.bot.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/** Health indicators that do not belong to one adapter. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /** Named so that Spring Boot's own MongoDB indicator steps aside; shows as {@code mongo} in the health tree. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabaseFactory databases) {
        return new MongoPingHealthIndicator(databases);
    }
}
