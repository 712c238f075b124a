package nl.regiotafel.bot.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the console starts with the demo network loaded ({@code --demo}, i.e. {@code regiotafel.demo=true}).
 *
 * @param demo load the demo network into the console's network before reading input
 */
@ConfigurationProperties("regiotafel")
public record DemoProperties(@DefaultValue("false") boolean demo) {}
