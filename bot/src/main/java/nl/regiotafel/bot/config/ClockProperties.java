package nl.regiotafel.bot.config;

import java.time.OffsetDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's clock ({@code regiotafel.clock.*}).
 *
 * @param start when set ({@code --now=2021-09-16T08:00:00+02:00} or {@code REGIOTAFEL_CLOCK_START}), the clock starts
 *     at this instant and runs from there; for demos and scripted reporting rounds
 */
@ConfigurationProperties("regiotafel.clock")
public record ClockProperties(OffsetDateTime start) {}
