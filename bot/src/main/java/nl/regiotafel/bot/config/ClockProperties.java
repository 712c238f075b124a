package nl.regiotafel.bot.config;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bot's clock ({@code regiotafel.clock.*}).
 *
 * @param start when set ({@code --now=2021-09-16T08:00:00+02:00} or {@code REGIOTAFEL_CLOCK_START}), the clock starts
 *     at this instant and runs from there; for demos and scripted reporting rounds
 * @param skew when set ({@code REGIOTAFEL_CLOCK_SKEW}, e.g. {@code 3h} or {@code -90m}), the clock runs this far ahead
 *     of (or, negative, behind) the machine's clock: to try out, and test, instances whose clocks disagree. Reminder
 *     claims are judged by the database's clock, so a skew moves when this instance finds reminders due, never how
 *     often they go out
 */
@ConfigurationProperties("regiotafel.clock")
public record ClockProperties(OffsetDateTime start, Duration skew) {}
