package nl.regiotafel.bot.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The per-network read model ({@code regiotafel.read-model.*}).
 *
 * @param enabled whether read commands read from memory ({@code REGIOTAFEL_READ_MODEL_ENABLED}); off, every read goes
 *     to MongoDB as before
 * @param maxAge how long a network's model is used before it is loaded again as a whole
 *     ({@code REGIOTAFEL_READ_MODEL_MAX_AGE}): the most another instance can lag behind a writer that died between
 *     its write and raising the network's revision
 * @param viewCache how much of what the round views computed is kept ({@code REGIOTAFEL_READ_MODEL_VIEW_CACHE}): a
 *     closed round's pair of snapshots, summaries, chart and report files, and an open round's per revision of the
 *     network; {@code 0} keeps nothing. Only with the read model on (its revision is what keys an open round).
 */
@ConfigurationProperties("regiotafel.read-model")
public record ReadModelProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30m") Duration maxAge,
        @DefaultValue("32MB") DataSize viewCache) {

    public ReadModelProperties {
        if (viewCache.isNegative()) {
            throw new IllegalArgumentException(
                    "REGIOTAFEL_READ_MODEL_VIEW_CACHE must be 0 or more bytes (e.g. 32MB), not " + viewCache);
        }
    }
}
