package nl.regiotafel.commands.transfer;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;

/**
 * What an import does to one milestone: set the {@link #fields} to their values in {@link #target}. A new milestone's
 * number is reserved before anything is written, so writing it again after a crash finds it instead of adding a
 * second one.
 *
 * @param target the milestone as the import wants it, with its number and the version it was planned against
 * @param fields the milestone columns the import sets ({@link Column#DONE_ON} sets status and day together)
 * @param create whether the milestone did not exist when planned
 * @param changes what changes, old → new, for the audit log
 */
public record MilestonePatch(Milestone target, Set<Column> fields, boolean create, List<Change> changes) {

    public MilestonePatch {
        fields = Set.copyOf(fields);
        changes = List.copyOf(changes);
    }

    /** {@code current} with this patch's fields set; its number, version and move count stay. */
    public Milestone applyTo(Milestone current) {
        boolean done = fields.contains(Column.DONE_ON);
        return new Milestone(
                current.networkId(),
                current.projectCode(),
                current.number(),
                fields.contains(Column.MILESTONE) ? target.title() : current.title(),
                fields.contains(Column.DUE) ? target.due() : current.due(),
                done ? target.status() : current.status(),
                done ? target.doneOn() : current.doneOn(),
                fields.contains(Column.OWNER) ? target.ownerId() : current.ownerId(),
                current.moves(),
                current.snoozedUntil(),
                current.createdAt(),
                target.updatedAt(),
                current.version(),
                current.history());
    }

    /** Whether {@code current} already has every value this patch sets. */
    public boolean isAppliedTo(Milestone current) {
        Milestone patched = applyTo(current);
        return patched.title().equals(current.title())
                && patched.due().equals(current.due())
                && patched.status() == current.status()
                && Objects.equals(patched.doneOn(), current.doneOn())
                && Objects.equals(patched.ownerId(), current.ownerId());
    }

    static MilestoneStatus status(java.time.LocalDate doneOn) {
        return doneOn == null ? MilestoneStatus.OPEN : MilestoneStatus.DONE;
    }
}
