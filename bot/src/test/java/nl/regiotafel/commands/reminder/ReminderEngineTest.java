package nl.regiotafel.commands.reminder;

import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.OTHER_LEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.bot.console.ConsoleChatGateway;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.chat.OutboundMessage;
import nl.regiotafel.commands.chat.OutboundMessage.Purpose;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.ShownMarkup;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A whole reporting quarter on an injected clock, against the real ledger on the embedded store. */
@RegiotafelTest
final class ReminderEngineTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    CommandRegistry registry;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ConsoleChatGateway chat;

    @Autowired
    ReminderStore ledger;

    @Autowired
    ProjectStore projects;

    @Autowired
    MilestoneStore milestones;

    @Autowired
    UpdateStore updates;

    @Autowired
    NetworkStore networks;

    @Autowired
    ReminderSettingsStore settings;

    @Autowired
    AbsenceStore absences;

    @Autowired
    MongoTemplate mongo;

    private TestRequests bot;
    private final List<ConsoleChatGateway.Posted> posted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2021-09-16T06:00:00Z"));
        chat.drain();
        bot = TestRequests.inNewNetwork(registry);
        bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "acute-psy",
                "name",
                "Acute psychiatrie",
                "region",
                "Zeeland",
                "theme",
                "Ketensamenwerking",
                "status",
                "lopend",
                "leader",
                new UserRef("l1", "Lotte"));
        bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "rsop",
                "name",
                "RSOP",
                "region",
                "Zeeland",
                "theme",
                "Instroom",
                "status",
                "lopend",
                "leader",
                new UserRef("l2", "Lars"));
        bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "zzc",
                "name",
                "Zeeuwse Zorgcentrale",
                "region",
                "Zeeland",
                "theme",
                "Ketensamenwerking",
                "status",
                "lopend");
        bot.run(LEADER, "milestone", "add", "project", "acute-psy", "title", "Realisatie 1 pool", "due", "1-10-21");
    }

    /** A fresh engine over the same database: what a restarted process (or a second instance) has. */
    private ReminderEngine engine(ConsoleChatGateway gateway) {
        ReminderPlanner planner = new ReminderPlanner(projects, milestones, networks, settings, ledger);
        ReminderComposer composer = new ReminderComposer(projects, milestones, updates, networks, settings, absences);
        return new ReminderEngine(
                projects, planner, new ReminderDispatcher(ledger, composer, gateway, settings), clock);
    }

    private void advanceTo(ReminderEngine engine, String instant) {
        engine.advance(clock, Instant.parse(instant));
        chat.drain().stream()
                .filter(p -> p.message().networkId().equals(bot.network()))
                .forEach(posted::add);
    }

    private List<String> titles() {
        return posted.stream().map(p -> p.message().page().title()).toList();
    }

    @Test
    void walksAQuarterSendingEachReminderOnceOnWorkingDaysOnly() {
        ReminderEngine engine = engine(chat);

        // The round opens on 16 September at 09:00
        advanceTo(engine, "2021-09-16T08:00:00Z");
        assertThat(titles()).containsExactly("Voortgangsrapportage 2021-Q3 is geopend");
        OutboundMessage open = posted.get(0).message();
        assertThat(open.mentionUserIds()).containsExactlyInAnyOrder("l1", "l2");
        assertThat(open.page().text()).contains("acute-psy").contains("rsop").contains("zzc");

        // Lars reports on 20 September
        advanceTo(engine, "2021-09-20T10:00:00Z");
        bot.run(OTHER_LEADER, "update", null, "project", "rsop", "results", "RSOP in concept gereed");

        // Halfway a restart: a new engine with nothing in memory
        advanceTo(engine, "2021-09-30T12:00:00Z");
        ReminderEngine restarted = engine(chat);
        advanceTo(restarted, "2021-10-20T12:00:00Z");

        assertThat(titles())
                .containsExactly(
                        "Voortgangsrapportage 2021-Q3 is geopend",
                        "acute-psy: mijlpaal over 14 dagen",
                        "Weekoverzicht 2021-W38",
                        "Weekoverzicht 2021-W39",
                        "acute-psy: mijlpaal over 2 dagen",
                        "acute-psy: mijlpaal vandaag",
                        "Weekoverzicht 2021-W40",
                        "acute-psy: mijlpaal verlopen",
                        "Voortgangsrapportage 2021-Q3: deadline nadert",
                        "Weekoverzicht 2021-W41",
                        "Voortgangsrapportage 2021-Q3: ontbrekende updates",
                        "acute-psy: mijlpaal verlopen",
                        "Weekoverzicht 2021-W42");
        // Lars reported: the deadline reminder and the escalation are about the others only
        OutboundMessage deadline = message("Voortgangsrapportage 2021-Q3: deadline nadert");
        assertThat(deadline.mentionUserIds()).containsExactly("l1");
        assertThat(deadline.page().text()).contains("acute-psy").contains("zzc").doesNotContain("rsop");
        OutboundMessage escalation = message("Voortgangsrapportage 2021-Q3: ontbrekende updates");
        assertThat(escalation.purpose()).isEqualTo(Purpose.MANAGERS);
        assertThat(escalation.page().text())
                .contains("acute-psy")
                .contains("zzc")
                .doesNotContain("rsop");
        // Every message once, and none on a Saturday or Sunday
        Map<String, Long> perEntry = posted.stream()
                .collect(Collectors.groupingBy(p -> p.message().deduplicationKey(), Collectors.counting()));
        assertThat(perEntry.values()).allMatch(count -> count == 1);
        assertThat(posted).allSatisfy(p -> assertThat(
                        LocalDate.ofInstant(p.at(), AMSTERDAM).getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        // And nothing more once everything has gone out
        advanceTo(restarted, "2021-10-20T13:00:00Z");
        assertThat(posted).hasSize(13);
    }

    @Test
    void skipsMilestoneRemindersOnceTheMilestoneIsDoneOrMoved() {
        ReminderEngine engine = engine(chat);
        // By 28 September the −2 reminder of 29 September is in the ledger
        advanceTo(engine, "2021-09-28T08:00:00Z");
        bot.run(LEADER, "milestone", "move", "project", "acute-psy", "milestone", "1", "due", "Q1 2022");

        advanceTo(engine, "2021-10-20T08:00:00Z");

        assertThat(titles())
                .filteredOn(t -> t.startsWith("acute-psy"))
                .containsExactly("acute-psy: mijlpaal over 14 dagen");
        assertThat(ledger.find(bot.network(), ReminderKind.MILESTONE_BEFORE, ReminderSubject.milestone("acute-psy", 1)))
                .extracting(Reminder::state, Reminder::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReminderState.SENT, null),
                        org.assertj.core.groups.Tuple.tuple(ReminderState.SKIPPED, "milestone moved"));
    }

    @Test
    void doesNotNagSomeoneWhoIsAwayAndSaysSoToTheManagers() {
        absences.set(new Absence(bot.network(), "l1", LocalDate.parse("2021-10-01"), LocalDate.parse("2021-10-31")));
        ReminderEngine engine = engine(chat);

        advanceTo(engine, "2021-10-12T08:00:00Z");

        assertThat(message("Voortgangsrapportage 2021-Q3: deadline nadert").mentionUserIds())
                .doesNotContain("l1");
        assertThat(ShownMarkup.of(message("Voortgangsrapportage 2021-Q3: ontbrekende updates")
                        .page()
                        .text()))
                .contains("<@l1> (afwezig)");
    }

    @Test
    void sendsAMissedReminderOnceMarkedLateAfterDowntimeAndSkipsTheObsoleteOnes() {
        // The bot was down from 16 September until Monday 4 October 12:00: the −14, −2 and due-day reminders were
        // missed; only the latest, the due-day one, still applies
        clock.set(Instant.parse("2021-10-04T10:00:00Z"));
        ReminderEngine engine = engine(chat);

        advanceTo(engine, "2021-10-04T10:05:00Z");

        assertThat(titles()).filteredOn(t -> t.startsWith("acute-psy")).containsExactly("acute-psy: mijlpaal vandaag");
        assertThat(message("acute-psy: mijlpaal vandaag").page().text()).contains("Te laat verstuurd");
        assertThat(ledger.find(bot.network(), ReminderKind.MILESTONE_DUE, ReminderSubject.milestone("acute-psy", 1)))
                .singleElement()
                .satisfies(r -> assertThat(r.late()).isTrue());
        assertThat(ledger.find(bot.network(), ReminderKind.MILESTONE_BEFORE, ReminderSubject.milestone("acute-psy", 1)))
                .isEmpty();
    }

    @Test
    void resendsAnEntryWhoseInstanceDiedAfterClaimingItExactlyOnce() {
        ReminderEngine engine = engine(chat);
        advanceTo(engine, "2021-09-28T08:00:00Z");
        // An instance claims the −2 reminder at 09:00 on 29 September and dies before sending
        clock.set(Instant.parse("2021-09-29T07:00:00Z"));
        engine.plan();
        Reminder due = ledger.due(bot.network(), clock.instant(), 1).get(0);
        Reminder claimed = ledger.claim(
                        due.key(), ClaimFence.withoutLease().current().orElseThrow())
                .orElseThrow();
        assertThat(claimed.kind()).isEqualTo(ReminderKind.MILESTONE_BEFORE);

        // A restarted instance 30 minutes later by its own clock leaves it: by the database's clock it was just claimed
        advanceTo(engine(chat), "2021-09-29T07:30:00Z");
        assertThat(titles()).doesNotContain("acute-psy: mijlpaal over 2 dagen");

        // Once the claim is older than the stale limit by the database's clock, it is taken over and sent
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(claimed.key())),
                new Update()
                        .set(
                                "claimedAt",
                                java.util.Date.from(
                                        Instant.now().minus(ReminderDispatcher.STALE_CLAIM.plusMinutes(1)))),
                "reminders");
        advanceTo(engine(chat), "2021-09-29T07:31:00Z");

        assertThat(titles())
                .filteredOn(t -> t.equals("acute-psy: mijlpaal over 2 dagen"))
                .hasSize(1);
        assertThat(ledger.find(bot.network(), ReminderKind.MILESTONE_BEFORE, ReminderSubject.milestone("acute-psy", 1)))
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.SENT));
    }

    @Test
    void twoSchedulersOnOneStoreSendEachReminderOnce() throws Exception {
        for (int i = 2; i <= 30; i++) {
            bot.run(LEADER, "milestone", "add", "project", "acute-psy", "title", "Mijlpaal " + i, "due", "1-10-21");
        }
        clock.set(Instant.parse("2021-10-01T07:00:00Z"));
        engine(chat).plan();
        ConsoleChatGateway first = new ConsoleChatGateway(clock);
        ConsoleChatGateway second = new ConsoleChatGateway(clock);
        ReminderEngine a = engine(first);
        ReminderEngine b = engine(second);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (ReminderEngine engine : List.of(a, b)) {
            runs.add(pool.submit(() -> {
                start.await();
                return engine.dispatch();
            }));
        }
        start.countDown();
        int sent = runs.get(0).get() + runs.get(1).get();
        pool.shutdown();

        List<OutboundMessage> all = new ArrayList<>();
        first.drain().forEach(p -> all.add(p.message()));
        second.drain().forEach(p -> all.add(p.message()));
        List<OutboundMessage> due = all.stream()
                .filter(m -> m.networkId().equals(bot.network()))
                .filter(m -> m.page().title().equals("acute-psy: mijlpaal vandaag"))
                .toList();
        assertThat(due).hasSize(30);
        assertThat(due.stream().map(OutboundMessage::deduplicationKey).distinct())
                .hasSize(30);
        assertThat(sent).isEqualTo(all.size());
    }

    @Test
    void keepsRemindersPendingWhileChatIsDownAndSendsThemLaterInOrderOnce() {
        // GIVEN Discord is unreachable from 17 September until the 20th
        List<OutboundMessage> delivered = new ArrayList<>();
        boolean[] down = {true};
        nl.regiotafel.commands.chat.ChatGateway flaky = message -> {
            if (down[0]) {
                throw new nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException("503 from Discord", null);
            }
            delivered.add(message);
            return nl.regiotafel.commands.chat.ChatGateway.Delivery.posted("m" + delivered.size());
        };
        ReminderPlanner planner = new ReminderPlanner(projects, milestones, networks, settings, ledger);
        ReminderComposer composer = new ReminderComposer(projects, milestones, updates, networks, settings, absences);
        ReminderEngine engine =
                new ReminderEngine(projects, planner, new ReminderDispatcher(ledger, composer, flaky, settings), clock);
        engine.advance(clock, Instant.parse("2021-09-20T06:00:00Z"));
        List<Reminder> waiting = ledger.between(
                bot.network(), Instant.parse("2021-09-16T00:00:00Z"), Instant.parse("2021-09-20T06:00:00Z"));
        assertThat(waiting).isNotEmpty().allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.PENDING));
        assertThat(delivered).isEmpty();

        // WHEN it returns
        down[0] = false;
        engine.advance(clock, Instant.parse("2021-09-20T12:00:00Z"));

        // THEN what waited goes out once each, oldest first, before the newer ones
        List<OutboundMessage> mine = delivered.stream()
                .filter(m -> m.networkId().equals(bot.network()))
                .toList();
        assertThat(mine)
                .extracting(m -> m.page().title())
                .startsWith("Voortgangsrapportage 2021-Q3 is geopend", "acute-psy: mijlpaal over 11 dagen");
        assertThat(mine.stream().map(OutboundMessage::deduplicationKey).distinct())
                .hasSize(mine.size());
        assertThat(ledger.between(
                        bot.network(), Instant.parse("2021-09-16T00:00:00Z"), Instant.parse("2021-09-20T12:00:00Z")))
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(ReminderState.SENT));
    }

    private OutboundMessage message(String title) {
        return posted.stream()
                .map(ConsoleChatGateway.Posted::message)
                .filter(m -> m.page().title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message " + title + " in " + titles()));
    }
}
