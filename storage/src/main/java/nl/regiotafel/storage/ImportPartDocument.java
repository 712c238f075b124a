package nl.regiotafel.storage;

import java.util.List;
import java.util.Set;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.transfer.Column;
import nl.regiotafel.commands.transfer.MilestonePatch;
import nl.regiotafel.commands.transfer.ProjectPatch;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Part of an import's plan: up to {@link MongoImportJournal#PART_SIZE} patches, so that no document nears MongoDB's
 * 16 MB limit however large the file. {@code _id} is {@code batchId/index}. The patches are stored as one compressed
 * BSON value ({@link #plan}): the store then keeps a single value instead of thousands of nested fields, which made
 * journalling a 5,000-row import on the embedded store take seconds.
 *
 * @param plan a gzipped BSON {@link Plan}
 */
@Document("import_parts")
record ImportPartDocument(@Id String id, String batchId, int index, byte[] plan) {

    /** What {@link #plan} holds. */
    record Plan(List<ProjectPatchDocument> projects, List<MilestonePatchDocument> milestones) {}

    record ProjectPatchDocument(
            ProjectDocument target, List<String> fields, boolean create, List<AuditDocument.ChangeDocument> changes) {

        static ProjectPatchDocument from(ProjectPatch patch) {
            return new ProjectPatchDocument(
                    ProjectDocument.from(patch.target(), patch.target().version()),
                    patch.fields().stream().map(Column::name).toList(),
                    patch.create(),
                    toDocuments(patch.changes()));
        }

        ProjectPatch toPatch() {
            return new ProjectPatch(target.toProject(), columns(fields), create, entries(changes));
        }
    }

    record MilestonePatchDocument(
            MilestoneDocument target, List<String> fields, boolean create, List<AuditDocument.ChangeDocument> changes) {

        static MilestonePatchDocument from(MilestonePatch patch) {
            return new MilestonePatchDocument(
                    MilestoneDocument.from(
                            patch.target(),
                            patch.target().number(),
                            patch.target().version()),
                    patch.fields().stream().map(Column::name).toList(),
                    patch.create(),
                    toDocuments(patch.changes()));
        }

        MilestonePatch toPatch() {
            return new MilestonePatch(target.toMilestone(), columns(fields), create, entries(changes));
        }
    }

    static String id(String batchId, int index) {
        return batchId + "/" + index;
    }

    private static Set<Column> columns(List<String> names) {
        Set<Column> columns = new java.util.HashSet<>();
        names.forEach(n -> columns.add(Column.valueOf(n)));
        return columns;
    }

    private static List<AuditDocument.ChangeDocument> toDocuments(List<AuditEntry.Change> changes) {
        return changes.stream()
                .map(c -> new AuditDocument.ChangeDocument(c.field(), c.before(), c.after()))
                .toList();
    }

    private static List<AuditEntry.Change> entries(List<AuditDocument.ChangeDocument> changes) {
        return changes == null
                ? List.of()
                : changes.stream()
                        .map(c -> new AuditEntry.Change(c.field(), c.before(), c.after()))
                        .toList();
    }
}
