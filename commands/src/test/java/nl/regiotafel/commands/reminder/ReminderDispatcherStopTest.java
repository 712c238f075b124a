package nl.regiotafel.commands.reminder;

import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.chat.OutboundMessage;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.api.Test;

/**
 * A shutdown stops the dispatcher between two reminders: the one being sent is recorded as sent, the next ones stay
 * pending for the next run (of this instance after a restart, or of another), none is left half-sent.
 */
@CommandTest
final class ReminderDispatcherStopTest {

    @Wired
    CommandRegistry registry;

    @Wired
    ReminderStore ledger;

    @Wired
    ProjectStore projects;

    @Wired
    MilestoneStore milestones;

    @Wired
    UpdateStore updates;

    @Wired
    NetworkStore networks;

    @Wired
    ReminderSettingsStore settings;

    @Wired
    AbsenceStore absences;

    @Test
    void stopsBetweenTwoRemindersAndLeavesTheRestPending() {
        // GIVEN a network whose ledger has several reminders due
        TestRequests bot = TestRequests.inNewNetwork(registry);
        bot.run(MANAGER, "project", "add", "code", "stop-a", "name", "A", "region", "Zeeland", "theme", "Instroom");
        bot.run(LEADER, "milestone", "add", "project", "stop-a", "title", "Een", "due", "1-10-31");
        bot.run(LEADER, "milestone", "add", "project", "stop-a", "title", "Twee", "due", "1-10-31");
        ReminderPlanner planner = new ReminderPlanner(projects, milestones, networks, settings, ledger);
        planner.plan(bot.network(), Instant.parse("2031-09-20T00:00:00Z"), Instant.parse("2031-10-02T00:00:00Z"));
        Instant now = Instant.parse("2031-10-01T12:00:00Z");
        List<Reminder> ours = ledger.between(bot.network(), Instant.parse("2031-09-20T00:00:00Z"), now);
        assertThat(ours).hasSizeGreaterThan(1);

        // WHEN the shutdown comes while the first reminder is being sent
        List<OutboundMessage> sent = new ArrayList<>();
        ReminderDispatcher[] dispatcher = new ReminderDispatcher[1];
        ChatGateway stoppingWhileSending = message -> {
            dispatcher[0].stop();
            sent.add(message);
            return ChatGateway.Delivery.posted("m" + sent.size());
        };
        dispatcher[0] = new ReminderDispatcher(
                ledger,
                new ReminderComposer(projects, milestones, updates, networks, settings, absences),
                stoppingWhileSending,
                settings);
        int first = dispatcher[0].dispatch(now);
        int later = dispatcher[0].dispatch(now);

        // THEN exactly that one went out and is recorded; the others wait, still pending, for the next instance
        assertThat(first).isEqualTo(1);
        assertThat(later).isZero();
        assertThat(sent).hasSize(1);
        List<Reminder> after = ledger.between(bot.network(), Instant.parse("2031-09-20T00:00:00Z"), now);
        assertThat(after).noneMatch(r -> r.state() == ReminderState.SENDING);
        assertThat(after).filteredOn(r -> r.state() == ReminderState.SENT).hasSizeLessThanOrEqualTo(1);
        assertThat(after).anyMatch(r -> r.state() == ReminderState.PENDING);
    }

    @Test
    void stopsSendingWhenASuccessorTookItsClaimOverMidSend() {
        // GIVEN a network whose ledger has several reminders due, and a dispatcher claiming under epoch 1
        TestRequests bot = TestRequests.inNewNetwork(registry);
        bot.run(MANAGER, "project", "add", "code", "fence-a", "name", "A", "region", "Zeeland", "theme", "Instroom");
        bot.run(LEADER, "milestone", "add", "project", "fence-a", "title", "Een", "due", "1-10-31");
        bot.run(LEADER, "milestone", "add", "project", "fence-a", "title", "Twee", "due", "1-10-31");
        ReminderPlanner planner = new ReminderPlanner(projects, milestones, networks, settings, ledger);
        Instant from = Instant.parse("2031-09-20T00:00:00Z");
        planner.plan(bot.network(), from, Instant.parse("2031-10-02T00:00:00Z"));
        Instant now = Instant.parse("2031-10-01T12:00:00Z");
        assertThat(ledger.between(bot.network(), from, now)).hasSizeGreaterThan(1);
        ClaimFence.Epoch mine = new ClaimFence.Epoch(1, Instant.EPOCH);

        // WHEN, while its first reminder is being sent, a successor (epoch 2) takes the claim over
        List<OutboundMessage> sent = new ArrayList<>();
        ChatGateway takenOverWhileSending = message -> {
            sent.add(message);
            ledger.releaseClaims(new ClaimFence.Epoch(2, Instant.now().plusSeconds(60)), Duration.ofMinutes(10));
            return ChatGateway.Delivery.posted("m" + sent.size());
        };
        ReminderDispatcher dispatcher = new ReminderDispatcher(
                ledger,
                new ReminderComposer(projects, milestones, updates, networks, settings, absences),
                takenOverWhileSending,
                settings,
                () -> Optional.of(mine));
        int first = dispatcher.dispatch(now, bot.network());

        // THEN its "sent" is refused and it stops: it counts nothing as sent and claims nothing more; the successor
        // finds the taken-over entry marked recovered (it looks for the message before sending it), the rest pending
        assertThat(first).isZero();
        assertThat(sent).hasSize(1);
        List<Reminder> after = ledger.between(bot.network(), Instant.parse("2031-01-01T00:00:00Z"), now);
        assertThat(after).noneMatch(r -> r.state() == ReminderState.SENT || r.state() == ReminderState.SENDING);
        assertThat(after)
                .filteredOn(r -> ReminderStore.RECOVERED.equals(r.note()))
                .hasSize(1);
    }
}
