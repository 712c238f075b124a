package nl.regiotafel.commands.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.regiotafel.commands.update.Update;

/**
 * Every version of every update of a network, per project. Immutable: a write makes a new table that shares the
 * other projects' lists. The orders are those of the Mongo adapter's queries, so a read answers the same either way.
 */
final class UpdateTable {

    static final UpdateTable EMPTY = new UpdateTable(new TreeMap<>());

    /** Number, then version: the order versions are kept in. */
    private static final Comparator<Update> BY_NUMBER =
            Comparator.comparingInt(Update::number).thenComparingInt(Update::version);

    private static final Comparator<Instant> INSTANTS = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Latest period, then first posted, then number, then version: the last one is "the latest update". */
    private static final Comparator<Update> LATEST = Comparator.comparing(Update::period)
            .thenComparing(Update::firstPostedAt, INSTANTS)
            .thenComparingInt(Update::number)
            .thenComparingInt(Update::version);

    private static final Comparator<Update> POSTED = Comparator.comparing(Update::firstPostedAt, INSTANTS)
            .thenComparingInt(Update::number)
            .thenComparingInt(Update::version);

    private final TreeMap<String, List<Update>> byProject;

    private UpdateTable(TreeMap<String, List<Update>> byProject) {
        this.byProject = byProject;
    }

    static UpdateTable of(Collection<Update> updates) {
        Map<String, List<Update>> grouped = new HashMap<>();
        Canonical canonical = new Canonical();
        updates.forEach(u ->
                grouped.computeIfAbsent(u.projectCode(), c -> new ArrayList<>()).add(canonical.update(u)));
        TreeMap<String, List<Update>> byProject = new TreeMap<>();
        grouped.forEach((code, list) -> {
            list.sort(BY_NUMBER);
            byProject.put(code, List.copyOf(list));
        });
        return new UpdateTable(byProject);
    }

    /** The table with {@code update} stored (replacing a version with the same idempotency key). */
    UpdateTable with(Update update) {
        List<Update> list = new ArrayList<>(byProject.getOrDefault(update.projectCode(), List.of()));
        list.removeIf(u -> u.idempotencyKey().equals(update.idempotencyKey()));
        list.add(new Canonical().knowing(list).update(update));
        list.sort(BY_NUMBER);
        TreeMap<String, List<Update>> copy = new TreeMap<>(byProject);
        copy.put(update.projectCode(), List.copyOf(list));
        return new UpdateTable(copy);
    }

    private List<Update> of(String code) {
        return byProject.getOrDefault(code, List.of());
    }

    Optional<Update> latest(String code) {
        return of(code).stream().max(LATEST);
    }

    Optional<Update> find(String code, int number) {
        return of(code).stream().filter(u -> u.number() == number).max(BY_NUMBER);
    }

    /** The latest version of every update of the project, newest first. */
    List<Update> history(String code) {
        List<Update> newestFirst = new ArrayList<>(of(code));
        newestFirst.sort(POSTED.reversed());
        List<Update> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Update u : newestFirst) {
            if (seen.add(u.number())) {
                out.add(u);
            }
        }
        return out;
    }

    List<Update> versions(String code, int number) {
        return of(code).stream().filter(u -> u.number() == number).toList();
    }

    List<Update> postedBetween(Instant from, Instant to) {
        List<Update> posted = new ArrayList<>();
        for (List<Update> list : byProject.values()) {
            for (Update u : list) {
                if (u.firstPostedAt() != null
                        && !u.firstPostedAt().isBefore(from)
                        && u.firstPostedAt().isBefore(to)) {
                    posted.add(u);
                }
            }
        }
        posted.sort(POSTED);
        Map<String, Update> latest = new LinkedHashMap<>();
        posted.forEach(u -> latest.put(u.projectCode() + "#" + u.number(), u));
        return List.copyOf(latest.values());
    }

    Set<String> reportedProjects(String period) {
        Set<String> codes = new HashSet<>();
        byProject.forEach((code, list) -> {
            if (list.stream().anyMatch(u -> u.period().equals(period))) {
                codes.add(code);
            }
        });
        return Set.copyOf(codes);
    }

    /** By project, number and version. */
    List<Update> everyVersion() {
        List<Update> all = new ArrayList<>();
        byProject.values().forEach(all::addAll);
        return all;
    }

    List<Update> ofPeriod(String period) {
        List<Update> out = new ArrayList<>();
        byProject.values().forEach(list -> list.stream()
                .filter(u -> u.period().equals(period))
                .forEach(out::add));
        return out;
    }

    int size() {
        return byProject.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateTable other && byProject.equals(other.byProject);
    }

    @Override
    public int hashCode() {
        return byProject.hashCode();
    }

    @Override
    public String toString() {
        return "updates " + everyVersion();
    }
}
