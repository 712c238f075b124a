package nl.regiotafel.commands.round;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Subcommand;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.ReportingCalendar.Round;
import nl.regiotafel.commands.reminder.Absence;
import nl.regiotafel.commands.reminder.AbsenceStore;
import nl.regiotafel.commands.summary.SummaryText;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.ReportingPeriod;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * The reporting rounds: the current one and the three before it, with their dates, who reported, who is missing and
 * which updates came late; and revising a closed round.
 *
 * <pre>
 * /round show
 * /round show period:"Q3 2021"
 * /round revise period:"Q3 2021" reason:"Late update van tizv-glasses meegenomen"
 * </pre>
 */
public final class RoundCommand implements Command {

    public static final String NAME = "round";
    public static final String PERIOD = "period";
    public static final String REASON = "reason";

    /** Rounds shown before the chosen one. */
    static final int EARLIER = 3;

    private final Rounds rounds;
    private final UpdateStore updates;
    private final AbsenceStore absences;
    private final Clock clock;

    public RoundCommand(Rounds rounds, UpdateStore updates, AbsenceStore absences, Clock clock) {
        this.rounds = rounds;
        this.updates = updates;
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
                                "show",
                                optional(PERIOD, OptionType.STRING).withMaxLength(40)),
                        this::show),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "revise",
                                required(PERIOD, OptionType.STRING).withMaxLength(40),
                                required(REASON, OptionType.STRING).withMaxLength(500)),
                        this::revise));
    }

    private CommandResponse revise(CommandRequest request) {
        Access.requireManager(request);
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        ReportingPeriod period = period(request, settings, today);
        String reason = request.requireText(REASON).strip();
        RoundSnapshot revised = rounds.revise(request.networkId(), settings, period, request.invoker(), reason);
        return CommandResponse.privateText(
                        m.get("round.revised.title", period.key(), revised.version()),
                        m.get("round.revised.text", period.key(), revised.version(), Texts.escape(reason)))
                .changing(Changed.ROUNDS);
    }

    private CommandResponse show(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Access.requireReader(request, settings);
        ReportingPeriod chosen = request.text(PERIOD).isPresent()
                ? period(request, settings, today)
                : settings.calendar().reportingPeriod(today);
        Map<String, Absence> away = absences.all(request.networkId()).stream()
                .collect(Collectors.toMap(Absence::userId, Function.identity(), (a, b) -> a));
        List<Page> pages = new ArrayList<>();
        ReportingPeriod period = chosen;
        for (int i = 0; i <= EARLIER; i++, period = period.previous()) {
            RoundSnapshot snapshot = rounds.snapshot(request.networkId(), settings, period);
            // Rounds from before the network had projects say nothing
            if (i == 0 || !snapshot.projects().isEmpty()) {
                pages.add(page(m, request.networkId(), settings, period, snapshot, today, away));
            }
        }
        return CommandResponse.builder().pages(pages).build();
    }

    private ReportingPeriod period(CommandRequest request, NetworkSettings settings, LocalDate today) {
        ReportingPeriod period = ReportingPeriod.parse(request.requireText(PERIOD));
        if (period.kind() != settings.calendar().kind()) {
            throw new nl.regiotafel.commands.api.UserError(
                    "error.update.periodKind",
                    period.key(),
                    settings.calendar().reportingPeriod(today).key());
        }
        return period;
    }

    private Page page(
            Messages m,
            String networkId,
            NetworkSettings settings,
            ReportingPeriod period,
            RoundSnapshot snapshot,
            LocalDate today,
            Map<String, Absence> away) {
        Round round = settings.calendar().round(period);
        String state;
        if (!round.hasOpened(today)) {
            state = m.get("round.state.notOpened");
        } else if (snapshot.live()) {
            state = m.get("round.state.open");
        } else if (snapshot.revised().isPresent()) {
            state = m.get("round.state.revised", snapshot.version());
        } else {
            state = m.get("round.state.closed");
        }
        RoundProgress progress = RoundProgress.of(snapshot);
        List<ProjectSnapshot> expected = progress.expected();
        List<ProjectSnapshot> missing = progress.missing();
        List<Field> fields = new ArrayList<>();
        fields.add(Field.inline(m.get("round.opens"), m.date(round.opens())));
        fields.add(Field.inline(m.get("round.deadline"), m.date(round.deadline())));
        fields.add(Field.inline(m.get("round.state"), state));
        fields.add(Field.inline(
                m.get("round.reported"),
                m.get("round.reported.value", expected.size() - missing.size(), expected.size())));
        if (round.hasOpened(today)) {
            fields.add(Field.of(
                    m.get("round.missing", missing.size()),
                    missing.isEmpty()
                            ? m.get("common.none")
                            : Texts.limit(
                                    String.join(
                                            "\n",
                                            missing.stream()
                                                    .map(p -> missingLine(m, p, round, away))
                                                    .toList()),
                                    1000)));
        }
        List<Update> late = updates.ofPeriod(networkId, period.key()).stream()
                .filter(Update::late)
                .filter(u -> u.version() == 1)
                .sorted(java.util.Comparator.comparing(Update::postedAt))
                .toList();
        if (!late.isEmpty()) {
            fields.add(Field.of(
                    m.get("round.late", late.size()),
                    Texts.limit(
                            String.join(
                                    "\n",
                                    late.stream()
                                            .map(u -> m.get(
                                                    "round.late.line",
                                                    u.projectCode(),
                                                    u.number(),
                                                    m.date(
                                                            u.postedAt()
                                                                    .atZone(settings.zone())
                                                                    .toLocalDate()),
                                                    Texts.escape(u.authorName() == null ? "" : u.authorName())))
                                            .toList()),
                            1000)));
        }
        String text = snapshot.revised()
                .map(r -> m.get(
                        "round.standing.revised",
                        m.date(snapshot.takenAt().atZone(settings.zone()).toLocalDate()),
                        Texts.escape(r.reason()),
                        Texts.escape(r.byName() == null ? "" : r.byName()),
                        snapshot.version()))
                .orElse("");
        return new Page(m.get("round.title", period.key()), text, fields, null);
    }

    private static String missingLine(Messages m, ProjectSnapshot p, Round round, Map<String, Absence> away) {
        boolean allAway = RoundProgress.away(p, round, away);
        String line = Markup.bold(p.code()) + " " + Texts.escape(p.project().name()) + " · "
                + SummaryText.people(m, p.project().leaders(), true);
        return allAway ? line + " " + m.get("round.away") : line;
    }
}
