package nl.regiotafel.bot.discord;

import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The Discord gateway for readiness: up while the session is connected and Discord acknowledged a heartbeat recently.
 * A session that is "connected" but hears nothing back (a half-open socket) receives no interactions.
 */
final class GatewayHealthIndicator extends AbstractHealthIndicator {

    /** Discord asks for a heartbeat about every 41 s; two missed acknowledgements mean the session is gone. */
    static final Duration HEARTBEAT_STALE = Duration.ofSeconds(90);

    private final DiscordBot bot;

    GatewayHealthIndicator(DiscordBot bot) {
        super("Discord gateway check failed");
        this.bot = bot;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JDA jda = bot.jda();
        Optional<Duration> since = bot.sinceHeartbeat();
        if (jda == null || since.isEmpty()) {
            builder.down().withDetail("status", "not connected");
            return;
        }
        JDA.Status status = jda.getStatus();
        builder.withDetail("status", status.name())
                .withDetail("lastHeartbeatAckSeconds", since.get().toSeconds())
                .withDetail("gatewayPingMillis", jda.getGatewayPing());
        boolean fresh = since.get().compareTo(HEARTBEAT_STALE) < 0;
        if (status == JDA.Status.CONNECTED && fresh) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
