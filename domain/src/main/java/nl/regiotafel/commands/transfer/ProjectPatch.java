package nl.regiotafel.commands.transfer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectField;
import nl.regiotafel.commands.project.ProjectFields;

/**
 * What an import does to one project: set the {@link #fields} (the file's project columns) to their values in
 * {@link #target}. As a patch rather than a whole record it can be applied again to whatever is stored by then — after
 * a crash, or over an edit made meanwhile — without undoing anything else.
 *
 * @param target the project as the import wants it, with the version it was planned against (0 for a new one)
 * @param fields the columns the import sets
 * @param create whether the project did not exist when planned
 * @param changes what changes, old → new, for the audit log
 */
public record ProjectPatch(Project target, Set<Column> fields, boolean create, List<Change> changes) {

    public ProjectPatch {
        fields = Set.copyOf(new LinkedHashSet<>(fields));
        changes = List.copyOf(changes);
    }

    public String code() {
        return target.code();
    }

    /** {@code current} with this patch's fields set; its version and creation time stay. */
    public Project applyTo(Project current) {
        Project patched = current;
        for (Column column : fields) {
            // The code and milestone columns set no project field
            for (ProjectField<?> field : column.field().stream().toList()) {
                patched = field.copy(target, patched);
            }
        }
        Project.Builder b = patched.toBuilder();
        b.updatedAt = target.updatedAt();
        return b.build();
    }

    /** Whether {@code current} already has every value this patch sets. */
    public boolean isAppliedTo(Project current) {
        return ProjectFields.sameValues(applyTo(current), current);
    }
}
