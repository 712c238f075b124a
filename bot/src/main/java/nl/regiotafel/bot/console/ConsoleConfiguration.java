package nl.regiotafel.bot.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without a Discord token, what the bot posts by itself goes to the console. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${discord.token:}'.isBlank()")
class ConsoleConfiguration {

    @Bean
    ConsoleChatGateway consoleChatGateway(java.time.Clock clock) {
        return new ConsoleChatGateway(clock);
    }
}
