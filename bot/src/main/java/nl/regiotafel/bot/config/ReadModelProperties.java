package nl.regiotafel.bot.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-network read model ({@code regiotafel.read-model.*}).
 *
 * @param enabled whether read commands read from memory ({@code REGIOTAFEL_READ_MODEL_ENABLED}); off, every read goes
 *     to MongoDB as before
 * @param maxAge how long a network's model is used before it is loaded again as a whole
 *     ({@code REGIOTAFEL_READ_MODEL_MAX_AGE}): the most another instance can lag behind a writer that died between
 *     its write and raising the network's revision
 */
@ConfigurationProperties("regiotafel.read-model")
public record ReadModelProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30m") Duration maxAge) {}
