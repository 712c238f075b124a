package nl.regiotafel.commands.reminder;

import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Subcommand;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.DueDateParser;
import nl.regiotafel.commands.time.Precision;

/**
 * Marks yourself away: no reminders then, and managers see "away" instead of "missing".
 *
 * <pre>
 * /away set from:19-07-2021 to:06-08-2021
 * /away clear
 * </pre>
 */
public final class AwayCommand implements Command {

    public static final String NAME = "away";
    public static final String FROM = "from";
    public static final String TO = "to";

    private final AbsenceStore absences;
    private final Clock clock;

    public AwayCommand(AbsenceStore absences, Clock clock) {
        this.absences = absences;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(NAME, subcommands());
    }

    @Override
    public List<Subcommand> subcommands() {
        return List.of(
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "set",
                                required(FROM, OptionType.STRING).withMaxLength(40),
                                required(TO, OptionType.STRING).withMaxLength(40)),
                        this::set),
                new Subcommand(SubcommandSpec.of(NAME, "clear"), this::clear));
    }

    private CommandResponse clear(CommandRequest request) {
        absences.clear(request.networkId(), request.invoker().userId());
        return CommandResponse.privateText(null, Messages.of(request.locale()).get("away.cleared"))
                .changing(Changed.ABSENCES);
    }

    private CommandResponse set(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        String user = request.invoker().userId();
        var zone = request.settings().zone();
        LocalDate from = day(request.requireText(FROM), FROM);
        LocalDate to = day(request.requireText(TO), TO);
        if (to.isBefore(from) || to.isBefore(LocalDate.now(clock.withZone(zone)))) {
            throw new UserError(
                    "error.away.range",
                    nl.regiotafel.commands.time.Dates.text(from, m.locale()),
                    nl.regiotafel.commands.time.Dates.text(to, m.locale()));
        }
        if (from.plusYears(1).isBefore(to)) {
            throw new UserError("error.away.tooLong");
        }
        absences.set(new Absence(request.networkId(), user, from, to));
        return CommandResponse.privateText(null, m.get("away.set", Markup.date(from, zone), Markup.date(to, zone)))
                .changing(Changed.ABSENCES);
    }

    /** A day; a period such as "juli 2021" counts from its first day for from and up to its last day for to. */
    private static LocalDate day(String text, String option) {
        DueDate date = DueDateParser.parse(text);
        if (date.precision() == Precision.DAY || option.equals(TO)) {
            return date.date();
        }
        throw new UserError("error.away.day", option, text);
    }
}
