package nl.regiotafel.commands.round;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reporting round holds: every project of the network as it stood at one moment. A closed round's snapshot is
 * written once when it closes (version 1) and again only when a manager revises it (version 2, 3, …); every summary,
 * report, chart and export of the round reads it, so they agree and do not change. An open round's snapshot is taken
 * live, at the moment it is asked for, and is never stored.
 *
 * @param networkId the network
 * @param period the period key, e.g. {@code 2021-Q3}
 * @param version 0 for a live snapshot, 1 for the one taken when the round closed, +1 per revision
 * @param asOf the moment the projects are shown as they were: the deadline's end for a closed round, the revision's
 *     moment for a revision, now for a live one
 * @param takenAt when the snapshot was written
 * @param reconstructed whether the state was reconstructed from the audit log afterwards (the bot was not running at
 *     the deadline, or the round closed before the network used the bot)
 * @param revision who revised the round and why, or null for an unrevised or live round
 * @param projects the projects in code order, archived ones included (views leave them out)
 */
public record RoundSnapshot(
        String networkId,
        String period,
        int version,
        Instant asOf,
        Instant takenAt,
        boolean reconstructed,
        Revision revision,
        List<ProjectSnapshot> projects) {

    public RoundSnapshot {
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(period);
        Objects.requireNonNull(asOf);
        projects = List.copyOf(projects);
    }

    /** Whether this is a live view of an open round rather than a frozen one. */
    public boolean live() {
        return version == 0;
    }

    public Optional<Revision> revised() {
        return Optional.ofNullable(revision);
    }

    /** The same snapshot without its projects, for lists of rounds. */
    public RoundSnapshot header() {
        return new RoundSnapshot(networkId, period, version, asOf, takenAt, reconstructed, revision, List.of());
    }

    /**
     * A revision of a closed round.
     *
     * @param byId who revised it
     * @param byName their name at the time
     * @param reason why, as they wrote it
     */
    public record Revision(String byId, String byName, String reason) {}
}
