package nl.regiotafel.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.SubcommandSpec;

/**
 * The bot's own meters, named {@code regiotafel.*} (Prometheus: {@code regiotafel_*}). Commands are tagged by their
 * path as the catalog knows it ({@code project add}); anything else becomes {@code other}, so a crafted interaction
 * cannot grow the number of series.
 */
public final class BotMetrics {

    /** How a command ended. */
    public enum Outcome {
        /** Answered normally. */
        OK,
        /** Answered with a user error (bad input, no permission). */
        REJECTED,
        /** The database was not reachable. */
        UNAVAILABLE,
        /** A programming error; the user got a reference. */
        FAILED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Buckets of the command histograms, around Discord's 3 s window. */
    private static final Duration[] COMMAND_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000),
        Duration.ofMillis(1500), Duration.ofMillis(2000), Duration.ofMillis(3000), Duration.ofMillis(5000),
        Duration.ofMillis(10000)
    };

    /** Imports of thousands of rows take longer than any other command. */
    private static final Duration[] IMPORT_BUCKETS = {
        Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
        Duration.ofSeconds(120), Duration.ofSeconds(300)
    };

    /** How late a reminder went out after its due time. */
    private static final Duration[] DELAY_BUCKETS = {
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1),
        Duration.ofMinutes(2),
        Duration.ofMinutes(5),
        Duration.ofMinutes(15),
        Duration.ofHours(1),
        Duration.ofHours(4),
        Duration.ofHours(12),
        Duration.ofDays(1),
        Duration.ofDays(3)
    };

    private final MeterRegistry registry;
    private final Supplier<List<CommandSpec>> catalog;
    private volatile Set<String> knownPaths;

    /** {@code catalog} is read on first use: the commands themselves depend on beans that record meters. */
    public BotMetrics(MeterRegistry registry, Supplier<List<CommandSpec>> catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    private Set<String> knownPaths() {
        Set<String> known = knownPaths;
        if (known == null) {
            Set<String> paths = new HashSet<>();
            for (CommandSpec spec : catalog.get()) {
                paths.add(spec.name());
                for (SubcommandSpec sub : spec.subcommands()) {
                    paths.add(spec.name() + " " + sub.name());
                }
            }
            known = Set.copyOf(paths);
            knownPaths = known;
        }
        return known;
    }

    /** Meters that go nowhere, for tests of classes that take a {@code BotMetrics}. */
    public static BotMetrics none() {
        return new BotMetrics(new SimpleMeterRegistry(), List::of);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The command tag for a path such as {@code project add}: the path if known, else its command, else other. */
    public String path(String path) {
        if (path == null || path.isBlank()) {
            return "other";
        }
        Set<String> known = knownPaths();
        if (known.contains(path)) {
            return path;
        }
        String command = path.split(" ", 2)[0];
        return known.contains(command) ? command : "other";
    }

    /** How long a command took to compute its reply, from start to response. */
    public void commandDuration(String path, Outcome outcome, Duration took) {
        Timer.builder("regiotafel.command.duration")
                .description("Time a command took to compute its reply")
                .tag("command", path)
                .tag("outcome", outcome.tag())
                .serviceLevelObjectives(COMMAND_BUCKETS)
                .register(registry)
                .record(took);
        if (path.equals("import") || path.startsWith("import ")) {
            Timer.builder("regiotafel.import.duration")
                    .description("Time an import command (preview or apply) took")
                    .tag("command", path)
                    .tag("outcome", outcome.tag())
                    .serviceLevelObjectives(IMPORT_BUCKETS)
                    .register(registry)
                    .record(took);
        }
    }

    /**
     * How long after it arrived an interaction was acknowledged on Discord (reply, deferral or form), measured until
     * Discord accepted the acknowledgement. Above 3 s Discord has already shown the user an error.
     */
    public void acknowledged(String path, Outcome outcome, String how, Duration took) {
        Timer.builder("regiotafel.interaction.ack")
                .description("Time from receiving an interaction to Discord accepting its acknowledgement")
                .tag("command", path)
                .tag("outcome", outcome.tag())
                .tag("ack", how)
                .serviceLevelObjectives(COMMAND_BUCKETS)
                .register(registry)
                .record(took);
    }

    /** A user was told to slow down. */
    public void throttled() {
        Counter.builder("regiotafel.interactions.throttled")
                .description("Interactions refused because their user sent too many")
                .register(registry)
                .increment();
    }

    /** Discord answered a REST call with 429 Too Many Requests. */
    public void rateLimited(String scope) {
        Counter.builder("regiotafel.discord.rest.ratelimited")
                .description("Discord REST responses with status 429, by X-RateLimit-Scope")
                .tag("scope", scope == null ? "unknown" : scope)
                .register(registry)
                .increment();
    }

    /** Reminders written to the ledger. */
    public void remindersPlanned(int count) {
        if (count > 0) {
            reminderCounter("regiotafel.reminders.planned", "Reminder occurrences added to the ledger")
                    .increment(count);
        }
    }

    /** A reminder went out, {@code delay} after it was due (a late one after downtime shows here). */
    public void reminderSent(boolean late, Duration delay) {
        Counter.builder("regiotafel.reminders.sent")
                .description("Reminders sent")
                .tag("late", Boolean.toString(late))
                .register(registry)
                .increment();
        Timer.builder("regiotafel.reminders.delay")
                .description("Time between a reminder's due time and its sending")
                .serviceLevelObjectives(DELAY_BUCKETS)
                .register(registry)
                .record(delay.isNegative() ? Duration.ZERO : delay);
    }

    /** A send failed: {@code final} when it will not be tried again. */
    public void reminderFailed(boolean giveUp) {
        Counter.builder("regiotafel.reminders.failed")
                .description("Reminder sends that failed; final=true when given up")
                .tag("final", Boolean.toString(giveUp))
                .register(registry)
                .increment();
    }

    /** A reminder was skipped (obsolete, the person away, already reported). */
    public void reminderSkipped() {
        reminderCounter("regiotafel.reminders.skipped", "Reminders skipped as obsolete or unnecessary")
                .increment();
    }

    private Counter reminderCounter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }
}
