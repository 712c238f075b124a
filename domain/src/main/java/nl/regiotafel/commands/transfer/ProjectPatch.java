package nl.regiotafel.commands.transfer;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.project.Project;

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
        fields = fields.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(fields);
        changes = List.copyOf(changes);
    }

    public String code() {
        return target.code();
    }

    /** {@code current} with this patch's fields set; its version and creation time stay. */
    public Project applyTo(Project current) {
        Project.Builder b = current.toBuilder();
        for (Column field : fields) {
            switch (field) {
                case NAME -> b.name = target.name();
                case REGION -> b.region = target.region();
                case SUBREGION -> b.subRegion = target.subRegion();
                case THEME -> b.theme = target.theme();
                case PILLAR -> b.pillar = target.pillar();
                case GOAL -> b.goal = target.goal();
                case PHASE -> b.phase = target.phase();
                case STATUS -> b.status = target.status();
                case LEADERS -> b.leaders = target.leaders();
                case PORTFOLIO_HOLDERS -> b.portfolioHolders = target.portfolioHolders();
                case ORGANISATIONS -> b.organisations = target.organisations();
                default -> {
                    // Not a project field (code, or a milestone column)
                }
            }
        }
        b.updatedAt = target.updatedAt();
        return b.build();
    }

    /** Whether {@code current} already has every value this patch sets. */
    public boolean isAppliedTo(Project current) {
        Project patched = applyTo(current);
        return Objects.equals(patched.name(), current.name())
                && Objects.equals(patched.region(), current.region())
                && Objects.equals(patched.subRegion(), current.subRegion())
                && Objects.equals(patched.theme(), current.theme())
                && Objects.equals(patched.pillar(), current.pillar())
                && Objects.equals(patched.goal(), current.goal())
                && patched.phase() == current.phase()
                && patched.status() == current.status()
                && patched.leaders().equals(current.leaders())
                && patched.portfolioHolders().equals(current.portfolioHolders())
                && patched.organisations().equals(current.organisations());
    }
}
