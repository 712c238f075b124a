package nl.regiotafel.bot;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * With {@code -Dregiotafel.startup.trace=true}, records Spring's start-up steps and prints the slowest to standard
 * error: where the start-up time goes, for docs/benchmarks.md.
 */
public final class StartupTrace {

    private static BufferingApplicationStartup startup;

    private StartupTrace() {}

    static BufferingApplicationStartup recording() {
        startup = new BufferingApplicationStartup(20_000);
        return startup;
    }

    /** Prints the steps that took longest (a step's time includes the steps inside it). */
    public static void print(PrintStream out, int limit) {
        if (startup == null) {
            return;
        }
        StartupTimeline timeline = startup.getBufferedTimeline();
        timeline.getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration)
                        .reversed())
                .limit(limit)
                .forEach(event -> out.printf(
                        "%6d ms  %s %s%n",
                        event.getDuration().toMillis(), event.getStartupStep().getName(), describe(event)));
        out.printf(
                "%6d ms  total recorded%n",
                Duration.between(timeline.getStartTime(), java.time.Instant.now())
                        .toMillis());
    }

    private static String describe(StartupTimeline.TimelineEvent event) {
        StringBuilder tags = new StringBuilder();
        event.getStartupStep().getTags().forEach(tag -> tags.append(tag.getKey())
                .append('=')
                .append(tag.getValue())
                .append(' '));
        return tags.toString().trim();
    }
}
