package nl.regiotafel.commands.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.ReportingCalendar.Round;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * The reporting rounds of a network: live while open, frozen at the deadline, revised by managers.
 *
 * <p>A round closes at the end of its deadline day in the network's zone. The scheduler freezes it then; a round that
 * is asked for after its deadline and has no snapshot yet (the bot was down) is frozen at that moment, as of the
 * deadline, from the audit log. Freezing is idempotent across instances: the snapshot's key is unique, the first
 * writer wins and everyone reads its snapshot.
 */
public final class Rounds {

    /** A snapshot taken this long after the deadline was reconstructed rather than taken at the moment. */
    static final Duration RECONSTRUCTED_AFTER = Duration.ofHours(1);

    private final RoundStore store;
    private final RoundFacts facts;
    private final AuditStore audit;
    private final Clock clock;

    public Rounds(RoundStore store, RoundFacts facts, AuditStore audit, Clock clock) {
        this.store = store;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The present, as every round decision sees it. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * What views of {@code period} read: the round's latest frozen snapshot once it has closed (freezing it now if
     * nobody has), else a live snapshot taken now.
     */
    public RoundSnapshot snapshot(String networkId, NetworkSettings settings, ReportingPeriod period) {
        Round round = settings.calendar().round(period);
        Instant now = clock.instant();
        if (now.isBefore(round.closesAt(settings.zone()))) {
            return live(networkId, period.key(), now, settings.zone());
        }
        return store.latest(networkId, period.key()).orElseGet(() -> freeze(networkId, settings, round, now));
    }

    /** One stored version of a closed round; version 0 or an unknown one is refused with the versions there are. */
    public RoundSnapshot version(String networkId, NetworkSettings settings, ReportingPeriod period, int version) {
        snapshot(networkId, settings, period);
        return store.version(networkId, period.key(), version)
                .orElseThrow(() -> new UserError("error.round.version", period.key(), version));
    }

    /**
     * The network as it is now, with the updates posted for {@code period} so far: what an open round shows, and what
     * a period of another length than the calendar's is summarised from.
     */
    public RoundSnapshot live(String networkId, String period, Instant now, ZoneId zone) {
        return new RoundSnapshot(
                networkId, period, 0, now, now, false, null, facts.at(networkId, period, now, now, zone));
    }

    /** The network as it was at {@code asOf}, reconstructed from the audit log, with the period's updates until then. */
    public RoundSnapshot reconstructed(String networkId, String period, Instant asOf, ZoneId zone) {
        Instant now = clock.instant();
        if (!asOf.isBefore(now)) {
            return live(networkId, period, now, zone);
        }
        RoundFacts.Facts taken = facts.facts(networkId, period, asOf, now, zone);
        return new RoundSnapshot(networkId, period, 0, asOf, now, taken.reconstructed(), null, taken.projects());
    }

    /**
     * Closes every round of the network whose deadline has passed and that is not frozen yet, from the oldest, going
     * back at most {@code lookBack} periods. Run by the scheduler; safe to run on several instances at once.
     *
     * @return the periods it froze
     */
    public List<String> closeDue(String networkId, NetworkSettings settings, int lookBack) {
        Instant now = clock.instant();
        ReportingPeriod current =
                settings.calendar().periodOf(now.atZone(settings.zone()).toLocalDate());
        java.util.List<String> closed = new java.util.ArrayList<>();
        ReportingPeriod period = current;
        for (int i = 0; i < lookBack; i++) {
            period = period.previous();
        }
        for (; !period.start().isAfter(current.start()); period = period.next()) {
            Round round = settings.calendar().round(period);
            if (!now.isBefore(round.closesAt(settings.zone()))
                    && store.latest(networkId, period.key()).isEmpty()) {
                RoundSnapshot frozen = freeze(networkId, settings, round, now);
                if (frozen.version() > 0) {
                    closed.add(period.key());
                }
            }
        }
        return closed;
    }

    /**
     * Revises a closed round: a new version of its snapshot, taken now, so that late updates and corrections count.
     * The earlier versions stay.
     *
     * @throws UserError when the round has not closed yet
     * @throws ConcurrentEditException when someone revised it at the same moment
     */
    public RoundSnapshot revise(
            String networkId, NetworkSettings settings, ReportingPeriod period, Invoker by, String reason) {
        Round round = settings.calendar().round(period);
        Instant now = clock.instant();
        if (now.isBefore(round.closesAt(settings.zone()))) {
            throw new UserError("error.round.notClosed", period.key());
        }
        RoundSnapshot current = snapshot(networkId, settings, period);
        RoundSnapshot revised = new RoundSnapshot(
                networkId,
                period.key(),
                Math.max(1, current.version()) + 1,
                now,
                now,
                false,
                new RoundSnapshot.Revision(by.userId(), by.displayName(), reason),
                facts.at(networkId, period.key(), now, now, settings.zone()));
        if (!store.insert(revised)) {
            throw new ConcurrentEditException("round " + period.key());
        }
        audit.record(new AuditEntry(
                networkId,
                now,
                by.userId(),
                by.displayName(),
                AuditAction.ROUND_REVISE,
                period.key(),
                List.of(
                        new AuditEntry.Change(
                                "version", Integer.toString(current.version()), Integer.toString(revised.version())),
                        new AuditEntry.Change("reason", null, reason))));
        return revised;
    }

    /** Every stored version of the network's rounds, newest first. */
    public List<RoundSnapshot> history(String networkId) {
        return store.headers(networkId);
    }

    private RoundSnapshot freeze(String networkId, NetworkSettings settings, Round round, Instant now) {
        Instant closes = round.closesAt(settings.zone());
        String key = round.period().key();
        RoundFacts.Facts taken = facts.facts(networkId, key, closes, now, settings.zone());
        List<ProjectSnapshot> projects = taken.projects();
        // Frozen late (the bot was down at the deadline), and something had changed since: say so
        boolean reconstructed = now.isAfter(closes.plus(RECONSTRUCTED_AFTER)) && taken.reconstructed();
        RoundSnapshot frozen = new RoundSnapshot(networkId, key, 1, closes, now, reconstructed, null, projects);
        if (projects.isEmpty()) {
            // Before the network had projects there is nothing to freeze; an empty round is not worth a document
            return frozen;
        }
        if (store.insert(frozen)) {
            audit.record(new AuditEntry(
                    networkId,
                    now,
                    "regiotafel",
                    "Regiotafel",
                    AuditAction.ROUND_CLOSE,
                    key,
                    List.of(new AuditEntry.Change("version", null, "1"))));
            return frozen;
        }
        // Another instance froze it first: its snapshot is the round's
        return store.latest(networkId, key).orElseThrow();
    }
}
