package nl.regiotafel.bot.config;

import java.nio.file.Path;
import java.util.List;
import nl.regiotafel.commands.api.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console adapter ({@code regiotafel.console.*}): it plays one network and one user.
 *
 * @param enabled whether the console reads standard input when no Discord token is set
 * @param network the network id it plays
 * @param user the user name it plays
 * @param roles that user's roles ({@code --roles=manager,leader})
 * @param language reply language, {@code nl} or {@code en}
 * @param outputDir where files the bot sends (charts, reports) are written
 */
@ConfigurationProperties("regiotafel.console")
public record ConsoleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("console") String network,
        @DefaultValue("beheerder") String user,
        @DefaultValue("ADMIN") List<Role> roles,
        @DefaultValue("nl") String language,
        @DefaultValue("./exports") Path outputDir) {}
