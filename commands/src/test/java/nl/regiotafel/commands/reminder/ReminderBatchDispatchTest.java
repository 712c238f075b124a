package nl.regiotafel.commands.reminder;

import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.UserRef;
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
 * The dispatcher over the real ledger, in batches: two dispatchers racing over more due entries than one batch send
 * each exactly once; a reminder whose composition throws is retried later and stops neither the run nor the others;
 * a direct message the platform refused is recorded in the reminder settings by the dispatcher.
 */
@CommandTest
final class ReminderBatchDispatchTest {

    private static final Instant FROM = Instant.parse("2031-09-20T00:00:00Z");
    private static final Instant NOW = Instant.parse("2031-10-01T12:00:00Z");

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

    private ReminderComposer composer(MilestoneStore milestones) {
        return new ReminderComposer(projects, milestones, updates, networks, settings, absences);
    }

    /** A network with {@code count} milestones of one project due on 1 October 2031, planned into the ledger. */
    private TestRequests networkWithDueMilestones(String code, int count) {
        TestRequests bot = TestRequests.inNewNetwork(registry);
        bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                code,
                "name",
                "Batch",
                "region",
                "Zeeland",
                "theme",
                "Instroom",
                "leader",
                new UserRef("l1", "Lotte"));
        for (int i = 1; i <= count; i++) {
            bot.run(LEADER, "milestone", "add", "project", code, "title", "Mijlpaal " + i, "due", "1-10-31");
        }
        new ReminderPlanner(projects, milestones, networks, settings, ledger)
                .plan(bot.network(), FROM, Instant.parse("2031-10-02T00:00:00Z"));
        return bot;
    }

    /** The network's ledger entries about its milestones (the round and digest entries left out). */
    private List<Reminder> milestoneEntries(TestRequests bot) {
        return ledger.between(bot.network(), FROM.minus(java.time.Duration.ofDays(30)), NOW).stream()
                .filter(r -> r.subject() instanceof ReminderSubject.Milestone)
                .toList();
    }

    @Test
    void twoDispatchersRacingOverMoreThanABatchSendEachEntryExactlyOnce() throws Exception {
        // GIVEN 300 due milestone reminders (100 milestones: the missed −14, the −2 and the due-day reminder each),
        // more than one batch, besides the round's and the digests'
        TestRequests bot = networkWithDueMilestones("race", 100);
        assertThat(milestoneEntries(bot)).hasSize(300);
        Map<String, Integer> deliveries = new ConcurrentHashMap<>();
        ChatGateway counting = message -> {
            deliveries.merge(message.deduplicationKey(), 1, Integer::sum);
            return ChatGateway.Delivery.posted("m-" + message.deduplicationKey());
        };

        // WHEN two dispatchers (two instances without the lease) run at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ReminderDispatcher dispatcher = new ReminderDispatcher(ledger, composer(milestones), counting, settings);
            runs.add(pool.submit(() -> {
                start.await();
                return dispatcher.dispatch(NOW, bot.network());
            }));
        }
        start.countDown();
        int sent = runs.get(0).get() + runs.get(1).get();
        pool.shutdown();

        // THEN each entry reached the platform exactly once, and all are recorded as sent
        assertThat(deliveries)
                .allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1));
        assertThat(sent).isEqualTo(deliveries.size());
        assertThat(milestoneEntries(bot))
                .hasSize(300)
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.SENT))
                .allSatisfy(r -> assertThat(deliveries).containsKey(r.key()));
        assertThat(ledger.due(bot.network(), NOW, 1_000)).isEmpty();
    }

    @Test
    void aReminderWhoseCompositionThrowsIsRetriedLaterAndStopsNeitherTheRunNorTheOthers() {
        // GIVEN three milestones due, of which reading the second one fails (a bug, say)
        TestRequests bot = networkWithDueMilestones("broken", 3);
        MilestoneStore failingOnTheSecond = (MilestoneStore) java.lang.reflect.Proxy.newProxyInstance(
                MilestoneStore.class.getClassLoader(), new Class<?>[] {MilestoneStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && Integer.valueOf(2).equals(args[2])) {
                        throw new IllegalStateException("bug reading milestone 2");
                    }
                    try {
                        return method.invoke(milestones, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        List<OutboundMessage> delivered = new ArrayList<>();
        ChatGateway chat = message -> {
            delivered.add(message);
            return ChatGateway.Delivery.posted("m" + delivered.size());
        };

        // WHEN the dispatcher runs
        int sent = new ReminderDispatcher(ledger, composer(failingOnTheSecond), chat, settings)
                .dispatch(NOW, bot.network());

        // THEN the reminders of the other two milestones went out; the three of the second wait for a retry
        List<Reminder> broken = milestoneEntries(bot).stream()
                .filter(r -> r.subject().equals(new ReminderSubject.Milestone("broken", 2)))
                .toList();
        assertThat(sent).isEqualTo(delivered.size());
        assertThat(delivered)
                .extracting(OutboundMessage::deduplicationKey)
                .doesNotContainAnyElementsOf(broken.stream().map(Reminder::key).toList());
        assertThat(milestoneEntries(bot))
                .filteredOn(r -> !r.subject().equals(new ReminderSubject.Milestone("broken", 2)))
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.SENT));
        assertThat(broken).hasSize(3).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(ReminderState.PENDING);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.nextAttemptAt()).isAfter(NOW);
            assertThat(r.note()).contains("bug reading milestone 2");
        });

        // AND once the bug is gone they go out at the next try after the back-off
        int later = new ReminderDispatcher(ledger, composer(milestones), chat, settings)
                .dispatch(NOW.plus(ReminderDispatcher.BACKOFF[0]).plusSeconds(1), bot.network());
        assertThat(later).isEqualTo(3);
        assertThat(milestoneEntries(bot)).allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.SENT));
    }

    @Test
    void aDirectMessageThePlatformRefusedIsRecordedByTheDispatcher() {
        // GIVEN a leader who opted in to direct messages, with a milestone due
        TestRequests bot = networkWithDueMilestones("geendm", 1);
        settings.change(
                bot.network(),
                s -> new ReminderSettings(
                        s.networkId(),
                        s.paused(),
                        s.pausedProjects(),
                        s.leadDays(),
                        s.sendAt(),
                        s.digestDay(),
                        Set.of("l1"),
                        s.dmBlocked(),
                        s.version()));
        // AND a platform that refuses their direct messages and addresses them in the channel instead
        List<OutboundMessage> delivered = new ArrayList<>();
        ChatGateway refusing = message -> {
            delivered.add(message);
            return new ChatGateway.Delivery("m" + delivered.size(), message.directTo());
        };

        // WHEN the reminders go out
        int sent =
                new ReminderDispatcher(ledger, composer(milestones), refusing, settings).dispatch(NOW, bot.network());

        // THEN they were sent, the first to Lotte as a DM attempt, and the refusal is kept: the later ones go to the
        // channel only
        assertThat(sent).isEqualTo(delivered.size());
        assertThat(delivered).filteredOn(m -> !m.directTo().isEmpty()).first().satisfies(m -> assertThat(m.directTo())
                .containsExactly("l1"));
        assertThat(settings.get(bot.network()).dmBlocked()).containsExactly("l1");
        assertThat(delivered.get(delivered.size() - 1).mentionUserIds()).contains("l1");
        assertThat(delivered.get(delivered.size() - 1).directTo()).isEmpty();
    }
}
