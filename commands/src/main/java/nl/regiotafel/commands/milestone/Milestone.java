package nl.regiotafel.commands.milestone;

import java.time.Instant;
import java.time.LocalDate;
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
        long version) {

    public Milestone {
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
                version);
    }

    public Milestone movedTo(DueDate newDue, Instant now) {
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
                version);
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
                version);
    }
}
