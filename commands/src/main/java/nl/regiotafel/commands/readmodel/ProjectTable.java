package nl.regiotafel.commands.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;

/** A network's projects, archived ones included, by code. Immutable: a write makes a new table. */
final class ProjectTable {

    static final ProjectTable EMPTY = new ProjectTable(new TreeMap<>());

    private final SortedMap<String, Project> byCode;

    private ProjectTable(TreeMap<String, Project> byCode) {
        this.byCode = Collections.unmodifiableSortedMap(byCode);
    }

    static ProjectTable of(Collection<Project> projects) {
        TreeMap<String, Project> byCode = new TreeMap<>();
        projects.forEach(p -> byCode.put(p.code(), p));
        return new ProjectTable(byCode);
    }

    /** The table with {@code project} stored, unless it already holds a later version of it. */
    ProjectTable with(Project project) {
        Project had = byCode.get(project.code());
        if (had != null && had.version() > project.version()) {
            return this;
        }
        TreeMap<String, Project> copy = new TreeMap<>(byCode);
        copy.put(project.code(), project);
        return new ProjectTable(copy);
    }

    Optional<Project> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** As {@code ProjectStore.list}: exact matches of every non-null field, by code. */
    List<Project> list(ProjectFilter f) {
        List<Project> out = new ArrayList<>();
        for (Project p : byCode.values()) {
            if ((f.region() == null || f.region().equals(p.region()))
                    && (f.theme() == null || f.theme().equals(p.theme()))
                    && (f.status() == null || f.status() == p.status())
                    && (f.phase() == null || f.phase() == p.phase())
                    && (f.leaderId() == null || p.leaders().contains(f.leaderId()))
                    && (f.includeArchived() || !p.archived())) {
                out.add(p);
            }
        }
        return out;
    }

    /** As {@code ProjectStore.search}: active projects whose code or name contains the text, ignoring case. */
    List<Project> search(String text, int limit) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        List<Project> out = new ArrayList<>();
        for (Project p : byCode.values()) {
            if (out.size() >= limit) {
                break;
            }
            if (!p.archived()
                    && (wanted.isEmpty()
                            || p.code().toLowerCase(Locale.ROOT).contains(wanted)
                            || p.name().toLowerCase(Locale.ROOT).contains(wanted))) {
                out.add(p);
            }
        }
        return out;
    }

    int size() {
        return byCode.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectTable other && byCode.equals(other.byCode);
    }

    @Override
    public int hashCode() {
        return byCode.hashCode();
    }

    @Override
    public String toString() {
        return "projects " + byCode.values();
    }
}
