package nl.regiotafel.commands.board;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.OTHER_LEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.reminder.AbsenceStore;
import nl.regiotafel.commands.round.Rounds;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.ShownMarkup;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live round board drawn from the rounds, against the embedded store, with a recording board gateway: posted once
 * the round is open, edited in place as leaders report and as the away list changes, not edited when nothing changed,
 * edited (not posted) after a restart, posted again when deleted, drawn final once when the round closes.
 */
@CommandTest
final class RoundBoardsTest {

    /** Q3 2021: the round opened on 16 September; the deadline is 10 October. */
    private static final Instant OCTOBER_5 = Instant.parse("2021-10-05T08:00:00Z");

    private static final Instant OCTOBER_12 = Instant.parse("2021-10-12T08:00:00Z");

    /** Posts and edits as Discord would; a deleted message makes an edit post a new one. */
    static final class RecordingGateway implements RoundBoardGateway {

        record Call(String kind, String messageId, RoundBoard board) {}

        final List<Call> calls = new ArrayList<>();
        final Set<String> deleted = new HashSet<>();
        int next;

        @Override
        public String post(RoundBoard board) {
            String id = "msg-" + ++next;
            calls.add(new Call("post", id, board));
            return id;
        }

        @Override
        public String update(String messageId, RoundBoard board) {
            if (deleted.contains(messageId)) {
                return post(board);
            }
            calls.add(new Call("edit", messageId, board));
            return messageId;
        }

        Call last() {
            return calls.get(calls.size() - 1);
        }
    }

    @Wired
    CommandRegistry registry;

    @Wired
    TestClock clock;

    @Wired
    Rounds rounds;

    @Wired
    NetworkStore networks;

    @Wired
    AbsenceStore absences;

    @Wired
    RoundBoardStore store;

    private TestRequests dutch;
    private RecordingGateway gateway;
    private RoundBoards boards;

    @BeforeEach
    void network() {
        dutch = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.DUTCH);
        clock.set(Instant.parse("2021-09-01T08:00:00Z"));
        add("p1", new UserRef(LEADER.userId(), "Lotte"));
        add("p2", new UserRef(OTHER_LEADER.userId(), "Lars"));
        add("p3", null);
        var settings = networks.get(dutch.network()).toBuilder();
        settings.channels = new Channels("updates-channel", null, null, null);
        networks.save(settings.build());
        gateway = new RecordingGateway();
        boards = new RoundBoards(rounds, networks, absences, store, gateway);
    }

    private void add(String code, UserRef leader) {
        List<Object> options = new ArrayList<>(List.of(
                "code", code, "name", "Project " + code, "region", "Zeeland", "theme", "Behoud", "status", "lopend"));
        if (leader != null) {
            options.addAll(List.of("leader", leader));
        }
        ok(dutch.run(MANAGER, "project", "add", options.toArray()));
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    private static List<String> codes(RoundBoard board) {
        return board.missing().stream()
                .map(m -> ShownMarkup.of(m.name()))
                .map(name -> name.substring(2, name.indexOf("**", 2)))
                .toList();
    }

    @Test
    void postsTheOpenRoundsBoardOnceAndEditsItInPlaceAsLeadersReportWithTheFiguresOfRoundShow() {
        // GIVEN the Q3 round open on 5 October
        clock.set(OCTOBER_5);

        // WHEN the boards are drawn, a leader reports, and they are drawn again
        List<String> first = boards.show(dutch.network(), false);
        ok(dutch.run(LEADER, "update", null, "project", "p1", "results", "Zeven organisaties doen mee"));
        boards.show(dutch.network(), false);

        // THEN one board was posted for 2021-Q3 and then edited in place: 1 of 3 reported, p2 and p3 missing
        assertThat(first).containsExactly("2021-Q3");
        assertThat(gateway.calls).extracting(RecordingGateway.Call::kind).containsExactly("post", "edit");
        RoundBoard board = gateway.last().board();
        assertThat(gateway.last().messageId()).isEqualTo(gateway.calls.get(0).messageId());
        assertThat(board.period()).isEqualTo("2021-Q3");
        assertThat(board.deadline()).isEqualTo(Instant.parse("2021-10-10T21:59:59Z"));
        assertThat(board.reported()).isEqualTo(1);
        assertThat(board.total()).isEqualTo(3);
        assertThat(codes(board)).containsExactly("p2", "p3");
        assertThat(board.closed()).isFalse();
        // AND /round show counts the same
        Messages m = Messages.of(Messages.DUTCH);
        List<Field> fields =
                ok(dutch.run(MANAGER, "round", "show")).pages().get(0).fields();
        assertThat(fields)
                .anyMatch(f -> f.name().equals(m.get("round.reported"))
                        && f.value().equals(m.get("round.reported.value", 1, 3)));
        assertThat(store.find(dutch.network(), "2021-Q3").orElseThrow().messageId())
                .isEqualTo(gateway.calls.get(0).messageId());
    }

    @Test
    void editsNothingWhenNothingChangedAndMarksAProjectWhoseLeaderIsAwayOnTheDeadline() {
        clock.set(OCTOBER_5);
        boards.show(dutch.network(), false);

        // WHEN nothing changed
        List<String> again = boards.show(dutch.network(), false);

        // THEN no edit
        assertThat(again).isEmpty();
        assertThat(gateway.calls).hasSize(1);

        // WHEN Lars is away over the deadline
        ok(dutch.run(OTHER_LEADER, "away", "set", "from", "6-10-2021", "to", "15-10-2021"));
        boards.show(dutch.network(), false);

        // THEN his project is marked away, the others not
        RoundBoard board = gateway.last().board();
        assertThat(gateway.last().kind()).isEqualTo("edit");
        assertThat(board.missing()).extracting(RoundBoard.Missing::away).containsExactly(false, true, false);
    }

    @Test
    void afterARestartEditsTheStoredBoardAndPostsANewOneWhenTheOldWasDeleted() {
        clock.set(OCTOBER_5);
        boards.show(dutch.network(), false);
        String posted = gateway.calls.get(0).messageId();

        // WHEN the bot restarts (a new RoundBoards on the same store) and redraws at start-up
        RecordingGateway afterRestart = new RecordingGateway();
        afterRestart.next = 100;
        RoundBoards restarted = new RoundBoards(rounds, networks, absences, store, afterRestart);
        restarted.show(dutch.network(), true);

        // THEN it edits the message it had posted
        assertThat(afterRestart.calls).extracting(RecordingGateway.Call::kind).containsExactly("edit");
        assertThat(afterRestart.last().messageId()).isEqualTo(posted);

        // WHEN someone deleted the board and a leader reports
        afterRestart.deleted.add(posted);
        ok(dutch.run(LEADER, "update", null, "project", "p1", "results", "Zeven organisaties doen mee"));
        restarted.show(dutch.network(), false);

        // THEN a new board is posted and remembered, and the next change edits that one
        String reposted = afterRestart.last().messageId();
        assertThat(reposted).isNotEqualTo(posted);
        assertThat(store.find(dutch.network(), "2021-Q3").orElseThrow().messageId())
                .isEqualTo(reposted);
        ok(dutch.run(OTHER_LEADER, "update", null, "project", "p2", "results", "Loopt"));
        restarted.show(dutch.network(), false);
        assertThat(afterRestart.last().kind()).isEqualTo("edit");
        assertThat(afterRestart.last().messageId()).isEqualTo(reposted);
    }

    @Test
    void drawsTheClosedRoundOnceFromItsFrozenSnapshotAndPostsNothingBeforeTheNextRoundOpens() {
        clock.set(OCTOBER_5);
        boards.show(dutch.network(), false);
        ok(dutch.run(LEADER, "update", null, "project", "p1", "results", "Zeven organisaties doen mee"));

        // WHEN the deadline has passed: the scheduler's check finds the board due, and draws it
        clock.set(OCTOBER_12);
        boolean due = boards.due(dutch.network());
        List<String> drawn = boards.show(dutch.network(), false);
        List<String> later = boards.show(dutch.network(), true);

        // THEN the closed round's board shows its final figures once; Q4 has not opened, so no new board
        assertThat(due).isTrue();
        assertThat(drawn).containsExactly("2021-Q3");
        RoundBoard last = gateway.last().board();
        assertThat(last.closed()).isTrue();
        assertThat(last.reported()).isEqualTo(1);
        assertThat(codes(last)).containsExactly("p2", "p3");
        assertThat(later).isEmpty();
        assertThat(boards.due(dutch.network())).isFalse();
        assertThat(gateway.calls).extracting(RecordingGateway.Call::kind).containsExactly("post", "edit");
    }

    @Test
    void postsNoBoardWithoutAChannelForIt() {
        clock.set(OCTOBER_5);
        var settings = networks.get(dutch.network()).toBuilder();
        settings.channels = Channels.none();
        networks.save(settings.build());

        assertThat(boards.due(dutch.network())).isFalse();
        assertThat(boards.show(dutch.network(), true)).isEmpty();
        assertThat(gateway.calls).isEmpty();
    }

    @Test
    void theRepliesOfWritesAskForARedrawAndTheRepliesOfReadsDoNot() {
        // WHEN a leader posts an update, a leader marks themselves away, an admin links a channel, and a manager
        // only reads a project and the round
        CommandResponse update = dutch.run(
                LEADER,
                "update",
                null,
                "project",
                "p1",
                "health",
                "op-schema",
                "results",
                "x",
                "next-actions",
                "y",
                "risks",
                "-",
                "help",
                "-");
        CommandResponse away = dutch.run(LEADER, "away", "set", "from", "3-9-2021", "to", "4-9-2021");
        CommandResponse channels = dutch.run(ADMIN, "setup", "channels", "reminders", "reminders-channel");
        CommandResponse info = dutch.run(MANAGER, "project", "info", "project", "p1");
        CommandResponse round = dutch.run(MANAGER, "round", "show");

        // THEN each reply says what it changed, and only the writes ask for the boards to be redrawn
        assertThat(update.changed()).as(TestRequests.text(update)).containsExactly(Changed.UPDATES);
        assertThat(away.changed()).as(TestRequests.text(away)).containsExactly(Changed.ABSENCES);
        assertThat(channels.changed()).as(TestRequests.text(channels)).containsExactly(Changed.SETTINGS);
        assertThat(List.of(update, away, channels)).allMatch(RoundBoardTrigger::changesBoards);
        assertThat(info.changed()).as(TestRequests.text(info)).isEmpty();
        assertThat(round.changed()).as(TestRequests.text(round)).isEmpty();
        assertThat(List.of(info, round)).noneMatch(RoundBoardTrigger::changesBoards);
    }
}
