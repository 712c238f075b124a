package nl.regiotafel.bot.board;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the live round boards are paced ({@code regiotafel.round-board.*}).
 *
 * @param delay how long after the first change a board is redrawn, so a burst of changes makes one edit
 * @param gap the least time between two redraws of one network's boards: many updates in a minute make at most a few
 *     edits, well within Discord's rate limits
 * @param retry how long to wait before trying again when Discord cannot be reached
 * @param startUp how long after start-up every network's boards are redrawn (a board deleted while the bot was down is
 *     posted again)
 */
@ConfigurationProperties("regiotafel.round-board")
public record RoundBoardProperties(
        @DefaultValue("2s") Duration delay,
        @DefaultValue("15s") Duration gap,
        @DefaultValue("1m") Duration retry,
        @DefaultValue("30s") Duration startUp) {}
