package nl.regiotafel.commands.reminder;

import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Subcommand;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.time.ScheduledWork;

/**
 * Console only: shows and moves the clock, running every reminder job that falls due on the way and the nightly
 * retention each time the clock passes its hour, so a whole reporting round can be shown in seconds. Never registered
 * in Discord.
 *
 * <pre>
 * /clock show
 * /clock advance by:7d
 * /clock advance by:36h
 * </pre>
 */
public final class ClockCommand implements Command {

    public static final String NAME = "clock";
    public static final String BY = "by";

    /** The longest jump, so a typo cannot plan years of reminders. */
    static final Duration MAX_STEP = Duration.ofDays(400);

    private static final Pattern DURATION = Pattern.compile("^(\\d{1,4})\\s*([dhmw])$");

    private final ClockControl clock;
    private final ReminderEngine engine;
    private final List<ScheduledWork> work;

    /**
     * @param work what the scheduler runs at fixed times besides the reminders (the nightly retention): run at those
     *     times on the way, between the reminders due before and after
     */
    public ClockCommand(ClockControl clock, ReminderEngine engine, List<ScheduledWork> work) {
        this.clock = clock;
        this.engine = engine;
        this.work = List.copyOf(work);
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(NAME, subcommands()).asConsoleOnly();
    }

    @Override
    public List<Subcommand> subcommands() {
        return List.of(
                new Subcommand(SubcommandSpec.of(NAME, "show"), this::show),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME, "advance", required(BY, OptionType.STRING).withMaxLength(10)),
                        this::advance));
    }

    private CommandResponse show(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        ZoneId zone = request.settings().zone();
        return CommandResponse.privateText(null, m.get("clock.now", format(clock.now(), zone, m)));
    }

    private CommandResponse advance(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        ZoneId zone = request.settings().zone();
        Duration step = parse(request.requireText(BY));
        Instant target = clock.now().plus(step);
        int sent = 0;
        // Each fixed-time job at its own time, in order, with the reminders due before it sent first
        record Run(Instant at, ScheduledWork work) {}
        List<Run> runs = new java.util.ArrayList<>();
        for (ScheduledWork w : work) {
            w.runsBetween(clock.now(), target).forEach(at -> runs.add(new Run(at, w)));
        }
        runs.sort(java.util.Comparator.comparing(Run::at));
        for (Run run : runs) {
            sent += engine.advance(clock, run.at(), request.networkId());
            run.work().run(request.networkId(), run.at());
        }
        sent += engine.advance(clock, target, request.networkId());
        return CommandResponse.privateText(null, m.get("clock.advanced", format(clock.now(), zone, m), sent));
    }

    static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new UserError("error.clock.duration", text);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration step =
                switch (matcher.group(2)) {
                    case "w" -> Duration.ofDays(7 * amount);
                    case "d" -> Duration.ofDays(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofMinutes(amount);
                };
        if (step.isZero() || step.compareTo(MAX_STEP) > 0) {
            throw new UserError("error.clock.duration", text);
        }
        return step;
    }

    private static String format(Instant instant, ZoneId zone, Messages m) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm z", m.locale())
                .withZone(zone)
                .format(instant);
    }
}
