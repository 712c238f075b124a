package nl.regiotafel.commands.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.regiotafel.commands.time.DueDate;

/**
 * A milestone (mijlpaal) of a project, numbered per project: {@code #3}.
 *
 * @param networkId the network
 * @param projectCode the project
 * @param number its number within the project, from 1; 0 before it is stored
 * @param title what is to be reached
 * @param due when, as written and as resolved
 * @param status open or done
 * @param doneOn the day it was reached, or null
 * @param ownerId who is responsible (user id), or null for the project's leaders
 * @param moves how often its due date was moved
 * @param snoozedUntil no reminders before this day, or null
 * @param createdAt when it was added
 * @param updatedAt when it last changed
 * @param version optimistic-locking version
 * @param history its moves, oldest first
 */
public record Milestone(
        String networkId,
        String projectCode,
        int number,
        String title,
        DueDate due,
        MilestoneStatus status,
        LocalDate doneOn,
        String ownerId,
        int moves,
        LocalDate snoozedUntil,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Move> history) {

    /**
     * One move of a milestone's due date: a deviation from the plan, explained.
     *
     * @param from the due date as written before
     * @param to the due date as written after
     * @param at when it was moved
     * @param byName who moved it (their name at the time)
     * @param reason why, as they wrote it, or null
     */
    public record Move(String from, String to, Instant at, String byName, String reason) {}

    /** A milestone without recorded moves. */
    public Milestone(
            String networkId,
            String projectCode,
            int number,
            String title,
            DueDate due,
            MilestoneStatus status,
            LocalDate doneOn,
            String ownerId,
            int moves,
            LocalDate snoozedUntil,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this(
                networkId,
                projectCode,
                number,
                title,
                due,
                status,
                doneOn,
                ownerId,
                moves,
                snoozedUntil,
                createdAt,
                updatedAt,
                version,
                List.of());
    }

    public Milestone {
        history = history == null ? List.of() : List.copyOf(history);
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(projectCode);
        Objects.requireNonNull(title);
        Objects.requireNonNull(due);
        Objects.requireNonNull(status);
    }

    public boolean isOpen() {
        return status == MilestoneStatus.OPEN;
    }

    /** Open and due before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && due.date().isBefore(today);
    }

    public Milestone done(LocalDate day, Instant now) {
        return new Milestone(
                networkId,
                projectCode,
                number,
                title,
                due,
                MilestoneStatus.DONE,
                day,
                ownerId,
                moves,
                snoozedUntil,
                createdAt,
                now,
                version,
                history);
    }

    public Milestone movedTo(DueDate newDue, Instant now) {
        return movedTo(newDue, now, null, null);
    }

    /** Moved to {@code newDue}, with who moved it and why kept in its history. */
    public Milestone movedTo(DueDate newDue, Instant now, String byName, String reason) {
        List<Move> moved = new java.util.ArrayList<>(history);
        moved.add(new Move(due.label(), newDue.label(), now, byName, reason));
        return new Milestone(
                networkId,
                projectCode,
                number,
                title,
                newDue,
                MilestoneStatus.OPEN,
                null,
                ownerId,
                moves + 1,
                null,
                createdAt,
                now,
                version,
                moved);
    }

    /** No reminders about this milestone before {@code day}. */
    public Milestone snoozed(LocalDate day, Instant now) {
        return new Milestone(
                networkId,
                projectCode,
                number,
                title,
                due,
                status,
                doneOn,
                ownerId,
                moves,
                day,
                createdAt,
                now,
                version,
                history);
    }
}
