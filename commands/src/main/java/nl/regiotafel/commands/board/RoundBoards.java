package nl.regiotafel.commands.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.network.ReportingCalendar.Round;
import nl.regiotafel.commands.reminder.Absence;
import nl.regiotafel.commands.reminder.AbsenceStore;
import nl.regiotafel.commands.round.ProjectSnapshot;
import nl.regiotafel.commands.round.RoundProgress;
import nl.regiotafel.commands.round.RoundSnapshot;
import nl.regiotafel.commands.round.Rounds;
import nl.regiotafel.commands.summary.SummaryText;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * Draws a network's live round boards from the rounds: the open round's board is posted once (when the round has
 * opened, the network has projects that owe an update and a channel for it) and edited in place afterwards; a board
 * whose round has closed is drawn once more from the frozen snapshot and then left alone. The figures come from the
 * same snapshot and {@link RoundProgress} as {@code /round show} and {@code /summary}, so they always agree.
 *
 * <p>Synchronous and not thread-safe per network: callers run it on one thread (see the adapter's pacing).
 */
public final class RoundBoards {

    private final Rounds rounds;
    private final NetworkStore networks;
    private final AbsenceStore absences;
    private final RoundBoardStore store;
    private final RoundBoardGateway gateway;

    public RoundBoards(
            Rounds rounds,
            NetworkStore networks,
            AbsenceStore absences,
            RoundBoardStore store,
            RoundBoardGateway gateway) {
        this.rounds = rounds;
        this.networks = networks;
        this.absences = absences;
        this.store = store;
        this.gateway = gateway;
    }

    /**
     * Brings the network's boards up to date: boards of rounds that closed since they were drawn show the frozen result,
     * and the open round's board is posted or edited. A board whose figures did not change is not edited, unless
     * {@code force} (at start-up: a board deleted while the bot was down is posted again).
     *
     * @return the periods whose board was posted or edited
     * @throws nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException when the platform cannot be reached
     */
    public List<String> show(String networkId, boolean force) {
        NetworkSettings settings = networks.get(networkId);
        Instant now = rounds.now();
        List<String> drawn = new ArrayList<>();
        for (RoundBoardStore.Shown open : store.open(networkId)) {
            Round round = settings.calendar().round(ReportingPeriod.parseKey(open.period()));
            if (!now.isBefore(round.closesAt(settings.zone()))
                    && draw(networkId, settings, round, Optional.of(open), true, force)) {
                drawn.add(open.period());
            }
        }
        Optional<Round> current = settings.calendar().openRound(LocalDate.ofInstant(now, settings.zone()));
        if (current.isPresent()) {
            String key = current.get().period().key();
            if (draw(networkId, settings, current.get(), store.find(networkId, key), false, force)) {
                drawn.add(key);
            }
        }
        return drawn;
    }

    /**
     * Whether {@link #show} has something to do that no user action triggers: a round opened and has no board yet, or
     * a board's round has closed. Cheap (no snapshot), for the scheduler's periodic check.
     */
    public boolean due(String networkId) {
        NetworkSettings settings = networks.get(networkId);
        Instant now = rounds.now();
        for (RoundBoardStore.Shown open : store.open(networkId)) {
            Round round = settings.calendar().round(ReportingPeriod.parseKey(open.period()));
            if (!now.isBefore(round.closesAt(settings.zone()))) {
                return true;
            }
        }
        return settings.calendar()
                .openRound(LocalDate.ofInstant(now, settings.zone()))
                .map(round -> store.find(networkId, round.period().key()).isEmpty() && hasChannel(settings))
                .orElse(false);
    }

    /** The board of a round as it stands (live while open, frozen once closed), in the network's language. */
    public RoundBoard board(String networkId, NetworkSettings settings, Round round) {
        RoundSnapshot snapshot = rounds.snapshot(networkId, settings, round.period());
        RoundProgress progress = RoundProgress.of(snapshot);
        Messages m = Messages.of(settings.locale());
        Map<String, Absence> away = absences.all(networkId).stream()
                .collect(Collectors.toMap(Absence::userId, Function.identity(), (a, b) -> a));
        List<RoundBoard.Missing> missing = progress.missing().stream()
                .map(p -> new RoundBoard.Missing(line(m, p), RoundProgress.away(p, round, away)))
                .toList();
        return new RoundBoard(
                networkId,
                round.period().key(),
                round.closesAt(settings.zone()).minusSeconds(1),
                progress.reported(),
                progress.expected().size(),
                missing,
                !snapshot.live());
    }

    private boolean draw(
            String networkId,
            NetworkSettings settings,
            Round round,
            Optional<RoundBoardStore.Shown> existing,
            boolean closed,
            boolean force) {
        if (existing.isEmpty() && (closed || !hasChannel(settings))) {
            return false;
        }
        RoundBoard board = board(networkId, settings, round);
        if (existing.isEmpty() && board.total() == 0) {
            // A network without projects that owe an update gets no board
            return false;
        }
        String fingerprint =
                Integer.toHexString(Objects.hash(board, settings.locale().toLanguageTag()));
        if (!force
                && existing.isPresent()
                && existing.get().closed() == board.closed()
                && fingerprint.equals(existing.get().shown())) {
            return false;
        }
        String messageId = existing.isEmpty()
                ? gateway.post(board)
                : gateway.update(existing.get().messageId(), board);
        store.save(new RoundBoardStore.Shown(networkId, board.period(), messageId, board.closed(), fingerprint));
        return true;
    }

    private static boolean hasChannel(NetworkSettings settings) {
        return settings.channels().updates() != null || settings.channels().reminders() != null;
    }

    /** The code in bold, name · leaders,, as {@code /round show} lists the missing. */
    private static String line(Messages m, ProjectSnapshot p) {
        return Markup.bold(p.code()) + " " + Texts.escape(p.project().name()) + " · "
                + SummaryText.people(m, p.project().leaders(), true);
    }
}
