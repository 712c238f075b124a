package nl.regiotafel.bot.lease;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** The lease for readiness: the active instance is ready; a standby reports OUT_OF_SERVICE and who is active. */
final class LeaseHealthIndicator extends AbstractHealthIndicator {

    private final ActiveInstance instance;

    LeaseHealthIndicator(ActiveInstance instance) {
        super("Lease check failed");
        this.instance = instance;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("owner", instance.owner());
        var held = instance.lease();
        if (held.isPresent()) {
            builder.up()
                    .withDetail("role", "active")
                    .withDetail("epoch", held.get().epoch());
            return;
        }
        builder.outOfService().withDetail("role", "standby");
        instance.holder().ifPresent(h -> builder.withDetail("activeOwner", h.owner()));
    }
}
