package nl.regiotafel.commands.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;

/**
 * A network's milestones, per project, each project's list by due date. Immutable: a write makes a new table that
 * shares the other projects' lists.
 */
final class MilestoneTable {

    static final MilestoneTable EMPTY = new MilestoneTable(new TreeMap<>());

    /** Due date, project, number: the order of the Mongo adapter's lists. */
    static final Comparator<Milestone> BY_DUE = Comparator.comparing(
                    (Milestone m) -> m.due().date())
            .thenComparing(Milestone::projectCode)
            .thenComparingInt(Milestone::number);

    private final TreeMap<String, List<Milestone>> byProject;
    /** Every milestone by due date, made on first use. */
    private volatile List<Milestone> all;

    private MilestoneTable(TreeMap<String, List<Milestone>> byProject) {
        this.byProject = byProject;
    }

    static MilestoneTable of(Collection<Milestone> milestones) {
        Map<String, List<Milestone>> grouped = new HashMap<>();
        Canonical canonical = new Canonical();
        milestones.forEach(m ->
                grouped.computeIfAbsent(m.projectCode(), c -> new ArrayList<>()).add(canonical.milestone(m)));
        TreeMap<String, List<Milestone>> byProject = new TreeMap<>();
        grouped.forEach((code, list) -> {
            list.sort(BY_DUE);
            byProject.put(code, List.copyOf(list));
        });
        return new MilestoneTable(byProject);
    }

    /** The table with {@code milestone} stored, unless it already holds a later version of it. */
    MilestoneTable with(Milestone milestone) {
        Optional<Milestone> had = find(milestone.projectCode(), milestone.number());
        if (had.isPresent() && had.get().version() > milestone.version()) {
            return this;
        }
        List<Milestone> list = new ArrayList<>(byProject.getOrDefault(milestone.projectCode(), List.of()));
        list.removeIf(m -> m.number() == milestone.number());
        list.add(new Canonical().knowingMilestones(list).milestone(milestone));
        return replaced(milestone.projectCode(), list);
    }

    MilestoneTable without(String code, int number) {
        List<Milestone> list = new ArrayList<>(byProject.getOrDefault(code, List.of()));
        if (!list.removeIf(m -> m.number() == number)) {
            return this;
        }
        return replaced(code, list);
    }

    private MilestoneTable replaced(String code, List<Milestone> list) {
        TreeMap<String, List<Milestone>> copy = new TreeMap<>(byProject);
        if (list.isEmpty()) {
            copy.remove(code);
        } else {
            list.sort(BY_DUE);
            copy.put(code, List.copyOf(list));
        }
        return new MilestoneTable(copy);
    }

    Optional<Milestone> find(String code, int number) {
        return byProject.getOrDefault(code, List.of()).stream()
                .filter(m -> m.number() == number)
                .findFirst();
    }

    List<Milestone> ofProject(String code) {
        return byProject.getOrDefault(code, List.of());
    }

    /** As {@code MilestoneStore.list}. */
    List<Milestone> list(Collection<String> codes, boolean openOnly, LocalDate dueBefore, int limit) {
        List<Milestone> candidates;
        if (codes == null) {
            candidates = all();
        } else {
            candidates = new ArrayList<>();
            for (String code : new LinkedHashSet<>(codes)) {
                candidates.addAll(ofProject(code));
            }
            candidates.sort(BY_DUE);
        }
        List<Milestone> out = new ArrayList<>();
        for (Milestone m : candidates) {
            if (out.size() >= limit) {
                break;
            }
            if ((!openOnly || m.status() == MilestoneStatus.OPEN)
                    && (dueBefore == null || m.due().date().isBefore(dueBefore))) {
                out.add(m);
            }
        }
        return out;
    }

    private List<Milestone> all() {
        List<Milestone> sorted = all;
        if (sorted == null) {
            List<Milestone> every = new ArrayList<>();
            byProject.values().forEach(every::addAll);
            every.sort(BY_DUE);
            sorted = List.copyOf(every);
            all = sorted;
        }
        return sorted;
    }

    int size() {
        return byProject.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MilestoneTable other && byProject.equals(other.byProject);
    }

    @Override
    public int hashCode() {
        return byProject.hashCode();
    }

    @Override
    public String toString() {
        return "milestones " + byProject.values();
    }
}
