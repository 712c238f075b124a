package nl.regiotafel.bot.lease;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Active/standby ({@code regiotafel.lease.*}). Off by default: one instance runs, as before.
 *
 * @param enabled whether instances take turns through the lease in MongoDB ({@code REGIOTAFEL_LEASE_ENABLED}); only
 *     the holder connects to Discord and runs the scheduler. Needs a real MongoDB shared by the instances.
 * @param ttl how long a lease lasts without renewal, by the database's clock: a standby takes over at most this long
 *     (plus {@code renewEvery}) after the active instance died
 * @param renewEvery how often the holder renews, and a standby tries to take over; well below {@code ttl}
 */
@ConfigurationProperties("regiotafel.lease")
public record LeaseProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("15s") Duration ttl,
        @DefaultValue("5s") Duration renewEvery) {}
