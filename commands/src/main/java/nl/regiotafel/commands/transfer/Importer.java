package nl.regiotafel.commands.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.api.StoreUnavailableException;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.DuplicateProjectException;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.setup.KnownNames;
import nl.regiotafel.commands.setup.SetupCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Previews and writes imports. The store has no transactions, so an import is made all-or-nothing in three steps:
 *
 * <ol>
 *   <li>everything is read and checked first; with a single problem nothing is written;
 *   <li>the complete plan — patches keyed by project code and milestone number, new milestones' numbers reserved — is
 *       written to the {@link ImportJournal} as pending;
 *   <li>the patches are written (in bulk), then the batch is marked done.
 * </ol>
 *
 * A patch sets fields to values, so writing it twice is harmless: a batch left pending by a crash is written again,
 * from the start, at start-up or before the network's next import, and ends exactly as an uninterrupted one. A patch
 * meets a concurrent edit like any other writer: it is re-applied over the newer version, never over a stale one.
 */
public final class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    /** How often a patch is re-applied when others keep writing the same record. */
    private static final int ATTEMPTS = 5;

    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final NetworkStore networks;
    private final AuditStore audit;
    private final ImportJournal journal;
    private final Clock clock;

    public Importer(
            ProjectStore projects,
            MilestoneStore milestones,
            NetworkStore networks,
            AuditStore audit,
            ImportJournal journal,
            Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.networks = networks;
        this.audit = audit;
        this.journal = journal;
        this.clock = clock;
    }

    /** Reads and checks a file against the network as it is now. Writes nothing. */
    ImportPreview preview(String networkId, String fileName, byte[] content, Locale locale)
            throws Spreadsheets.Unreadable {
        List<Table> tables = Spreadsheets.read(fileName, content);
        NetworkSettings settings = networks.get(networkId);
        Map<String, Project> existing =
                projects.list(networkId, new ProjectFilter(null, null, null, null, null, true)).stream()
                        .collect(Collectors.toMap(Project::code, Function.identity()));
        Map<String, List<Milestone>> existingMilestones =
                milestones.list(networkId, null, false, null, Integer.MAX_VALUE).stream()
                        .collect(Collectors.groupingBy(Milestone::projectCode));
        Instant now = clock.instant();
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        return new ImportPlanner(networkId, settings, existing, existingMilestones, today, now, locale).plan(tables);
    }

    /**
     * Writes a checked preview: reserves the new milestones' numbers, journals the batch, writes it.
     *
     * @throws IllegalArgumentException when the preview has problems
     */
    ImportBatch confirm(String networkId, String actorId, String actorName, String fileName, ImportPreview preview) {
        ImportBatch batch = batch(networkId, actorId, actorName, fileName, preview);
        journal.begin(batch);
        apply(batch);
        return batch;
    }

    /** The batch a checked preview becomes, with numbers reserved for its new milestones. Writes no patch. */
    ImportBatch batch(String networkId, String actorId, String actorName, String fileName, ImportPreview preview) {
        if (!preview.problems().isEmpty()) {
            throw new IllegalArgumentException("An import with problems cannot be written");
        }
        Map<String, List<MilestonePatch>> newByProject = new LinkedHashMap<>();
        List<MilestonePatch> numbered = new ArrayList<>();
        for (MilestonePatch patch : preview.milestones()) {
            if (patch.create()) {
                newByProject
                        .computeIfAbsent(patch.target().projectCode(), c -> new ArrayList<>())
                        .add(patch);
            } else {
                numbered.add(patch);
            }
        }
        Set<String> newProjects = preview.projects().stream()
                .filter(ProjectPatch::create)
                .map(ProjectPatch::code)
                .collect(Collectors.toSet());
        Map<String, Integer> claimed = new LinkedHashMap<>();
        for (Map.Entry<String, List<MilestonePatch>> entry : newByProject.entrySet()) {
            String code = entry.getKey();
            int count = entry.getValue().size();
            // A project this import creates has no milestones yet: number them 1..n and claim those numbers in one
            // bulk write for all such projects, instead of one atomic increment per project
            int number = newProjects.contains(code) ? 1 : milestones.reserveNumbers(networkId, code, count);
            if (newProjects.contains(code)) {
                claimed.put(code, count);
            }
            for (MilestonePatch patch : entry.getValue()) {
                numbered.add(new MilestonePatch(
                        withNumber(patch.target(), number++), patch.fields(), true, patch.changes()));
            }
        }
        milestones.claimNumbers(networkId, claimed);
        return new ImportBatch(
                UUID.randomUUID().toString(),
                networkId,
                clock.instant(),
                actorId,
                actorName,
                fileName,
                preview.newRegions(),
                preview.newThemes(),
                preview.projects(),
                numbered);
    }

    /** Writes the imports a crash left pending, in every network; returns how many. */
    public int resumePending() {
        return completePending().size();
    }

    /** Writes every import a crash left pending, in any network; returns those completed, to tell whoever confirmed. */
    public List<ImportBatch> completePending() {
        List<ImportBatch> completed = new ArrayList<>();
        for (ImportBatch batch : journal.pending()) {
            if (resume(List.of(batch)) == 1) {
                completed.add(batch);
            }
        }
        return completed;
    }

    /** Writes the imports a crash left pending in one network; returns how many. */
    public int resumePending(String networkId) {
        return resume(journal.pending(networkId));
    }

    private int resume(List<ImportBatch> batches) {
        int completed = 0;
        for (ImportBatch batch : batches) {
            log.info(
                    "Completing import {} of {} in network {}, interrupted before it was done",
                    batch.id(),
                    batch.fileName(),
                    batch.networkId());
            try {
                apply(batch);
                completed++;
            } catch (StoreUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                // It stays pending and is tried again; one broken batch must not block every later import
                log.error("Import {} in network {} could not be completed", batch.id(), batch.networkId(), e);
            }
        }
        return completed;
    }

    /** Writes every patch of a journalled batch and marks it done. Safe to run again on the same batch. */
    void apply(ImportBatch batch) {
        String networkId = batch.networkId();
        addToNetwork(batch);

        List<Project> creates = new ArrayList<>();
        List<Project> replacements = new ArrayList<>();
        for (ProjectPatch patch : batch.projects()) {
            (patch.create() ? creates : replacements).add(patch.target());
        }
        Set<String> unsure = projects.writeAll(networkId, creates, replacements);
        for (ProjectPatch patch : batch.projects()) {
            if (unsure.contains(patch.code())) {
                settle(networkId, patch);
            }
        }

        List<Milestone> newMilestones = new ArrayList<>();
        List<Milestone> changedMilestones = new ArrayList<>();
        for (MilestonePatch patch : batch.milestones()) {
            (patch.create() ? newMilestones : changedMilestones).add(patch.target());
        }
        Set<String> unsureMilestones = milestones.writeAll(networkId, newMilestones, changedMilestones);
        for (MilestonePatch patch : batch.milestones()) {
            if (unsureMilestones.contains(MilestoneStore.key(patch.target()))) {
                settle(networkId, patch);
            }
        }

        audit.recordAll(batch.id(), auditEntries(batch));
        journal.finish(batch.id());
        log.info(
                "Import {} of {} written in network {}: {} projects, {} milestones",
                batch.id(),
                batch.fileName(),
                networkId,
                batch.projects().size(),
                batch.milestones().size());
    }

    private void addToNetwork(ImportBatch batch) {
        if (batch.newRegions().isEmpty() && batch.newThemes().isEmpty()) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            NetworkSettings current = networks.get(batch.networkId());
            NetworkSettings added = KnownNames.withAdded(current, batch.newRegions(), batch.newThemes());
            if (added.regions().equals(current.regions()) && added.themes().equals(current.themes())) {
                return;
            }
            try {
                networks.save(added);
                return;
            } catch (ConcurrentEditException e) {
                // Adding is a union: re-read and add again over the other change
            }
        }
        throw new ConcurrentEditException("network " + batch.networkId());
    }

    /** Writes one project patch over whatever is stored now, unless it is there already. */
    private void settle(String networkId, ProjectPatch patch) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Project> current = projects.find(networkId, patch.code());
            if (current.isEmpty()) {
                try {
                    projects.create(patch.applyTo(patch.target()));
                    return;
                } catch (DuplicateProjectException e) {
                    continue;
                }
            }
            if (patch.isAppliedTo(current.get())) {
                return;
            }
            try {
                projects.update(patch.applyTo(current.get()));
                return;
            } catch (ConcurrentEditException e) {
                // Someone wrote between our read and write: read again
            }
        }
        throw new ConcurrentEditException("project " + patch.code());
    }

    private void settle(String networkId, MilestonePatch patch) {
        Milestone target = patch.target();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Milestone> current = milestones.find(networkId, target.projectCode(), target.number());
            if (current.isEmpty()) {
                if (milestones.writeAll(networkId, List.of(target), List.of()).isEmpty()) {
                    return;
                }
                continue;
            }
            if (patch.isAppliedTo(current.get())) {
                return;
            }
            try {
                milestones.update(patch.applyTo(current.get()));
                return;
            } catch (ConcurrentEditException e) {
                // Someone wrote between our read and write: read again
            }
        }
        throw new ConcurrentEditException("milestone " + MilestoneStore.key(target));
    }

    private static final Set<String> STATUS_AND_PHASE = Set.of(
            nl.regiotafel.commands.project.ProjectFields.STATUS.name(),
            nl.regiotafel.commands.project.ProjectFields.PHASE.name());

    private static List<AuditEntry> auditEntries(ImportBatch batch) {
        List<AuditEntry> entries = new ArrayList<>();
        if (!batch.newRegions().isEmpty()) {
            entries.add(entry(
                    batch,
                    AuditAction.SETUP_REGIONS_ADD,
                    SetupCommand.AUDIT_SUBJECT,
                    List.of(new Change("regions", null, String.join("; ", batch.newRegions())))));
        }
        if (!batch.newThemes().isEmpty()) {
            entries.add(entry(
                    batch,
                    AuditAction.SETUP_THEMES_ADD,
                    SetupCommand.AUDIT_SUBJECT,
                    List.of(new Change("themes", null, String.join("; ", batch.newThemes())))));
        }
        for (ProjectPatch patch : batch.projects()) {
            if (patch.create()) {
                entries.add(entry(batch, AuditAction.PROJECT_IMPORT_ADD, patch.code(), patch.changes()));
                continue;
            }
            // Status and phase changes are recorded as /project edit records them, because the summary rebuilds a
            // project's past status and phase from exactly those entries ("change since")
            List<Change> statusAndPhase = patch.changes().stream()
                    .filter(c -> STATUS_AND_PHASE.contains(c.field()))
                    .toList();
            List<Change> others = patch.changes().stream()
                    .filter(c -> !STATUS_AND_PHASE.contains(c.field()))
                    .toList();
            if (!others.isEmpty()) {
                entries.add(entry(batch, AuditAction.PROJECT_IMPORT, patch.code(), others));
            }
            if (!statusAndPhase.isEmpty()) {
                entries.add(entry(batch, AuditAction.PROJECT_EDIT, patch.code(), statusAndPhase));
            }
        }
        for (MilestonePatch patch : batch.milestones()) {
            entries.add(entry(
                    batch,
                    patch.create() ? AuditAction.MILESTONE_IMPORT_ADD : AuditAction.MILESTONE_IMPORT,
                    MilestoneStore.key(patch.target()),
                    patch.changes()));
        }
        return entries;
    }

    private static AuditEntry entry(ImportBatch batch, AuditAction action, String subject, List<Change> changes) {
        return new AuditEntry(
                batch.networkId(), batch.at(), batch.actorId(), batch.actorName(), action, subject, changes);
    }

    private static Milestone withNumber(Milestone m, int number) {
        return new Milestone(
                m.networkId(),
                m.projectCode(),
                number,
                m.title(),
                m.due(),
                m.status(),
                m.doneOn(),
                m.ownerId(),
                m.moves(),
                m.snoozedUntil(),
                m.createdAt(),
                m.updatedAt(),
                m.version());
    }
}
