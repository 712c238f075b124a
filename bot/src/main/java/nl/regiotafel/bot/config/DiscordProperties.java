package nl.regiotafel.bot.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Discord connection ({@code discord.*}, from the environment).
 *
 * @param token the bot token ({@code DISCORD_TOKEN}); unset runs the console instead. Never logged.
 * @param guildId register commands in this guild only, instantly ({@code DISCORD_GUILD_ID}); unset registers globally
 * @param apiBaseUrl REST base URL override, for testing against a local fake Discord only ({@code DISCORD_API_BASE_URL})
 * @param gatewayUrl gateway URL override, for testing only ({@code DISCORD_GATEWAY_URL})
 */
@ConfigurationProperties("discord")
public record DiscordProperties(String token, String guildId, String apiBaseUrl, String gatewayUrl) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "DiscordProperties[token=" + (enabled() ? "(set)" : "(unset)") + ", guildId=" + guildId + "]";
    }
}
