package nl.regiotafel.commands.transfer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.Project;

/**
 * What the values of an import file match in the network as it is: projects by code, milestones by number or title,
 * regions, themes and pillars by name. A region or theme the network does not know is new (added on confirmation),
 * unless it is within a typo of a known one, which asks "did you mean".
 */
final class ImportMatching {

    private final NetworkSettings settings;
    private final Map<String, Project> existing;
    private final Map<String, List<Milestone>> existingMilestones;

    // Lookups by comparison key, built once: a 5,000-row file asks them tens of thousands of times
    private final Map<String, String> regionKeys = new HashMap<>();
    private final Map<String, String> themeKeys = new HashMap<>();
    private final Map<String, String> pillarKeys = new HashMap<>();

    private final Map<String, String> newRegions = new LinkedHashMap<>();
    private final Map<String, String> newThemes = new LinkedHashMap<>();
    private final Set<String> leaderNames = new LinkedHashSet<>();
    private Set<String> fileCodes = Set.of();

    /**
     * @param existing the network's projects by code, archived ones included
     * @param existingMilestones the milestones of those projects by project code
     */
    ImportMatching(
            NetworkSettings settings, Map<String, Project> existing, Map<String, List<Milestone>> existingMilestones) {
        this.settings = settings;
        this.existing = existing;
        this.existingMilestones = existingMilestones;
        settings.regions().forEach(r -> regionKeys.putIfAbsent(Column.key(r.name()), r.name()));
        settings.themes().forEach(t -> themeKeys.putIfAbsent(Column.key(t), t));
        settings.pillars().forEach(p -> pillarKeys.putIfAbsent(Column.key(p), p));
    }

    /** The codes the file names: a related project may be one of them. */
    void fileCodes(Set<String> codes) {
        fileCodes = Set.copyOf(codes);
    }

    Project project(String code) {
        return existing.get(code);
    }

    boolean known(String code) {
        return existing.containsKey(code);
    }

    /** Whether a project of this code exists or is in the file. */
    boolean projectExists(String code) {
        return existing.containsKey(code) || fileCodes.contains(code);
    }

    List<Milestone> milestones(String code) {
        return existingMilestones.getOrDefault(code, List.of());
    }

    /**
     * The existing milestone a milestone row means: the one of its number, else the one of its title; null for a new
     * one, or when the number is unknown or the title ambiguous (then with a problem).
     */
    Milestone milestone(String code, ImportLayout.Line line, String title, ImportRules rules) {
        List<Milestone> known = milestones(code);
        String number = line.cell(Column.MILESTONE_NUMBER).replaceFirst("^#", "");
        if (!number.isEmpty()) {
            Milestone current = known.stream()
                    .filter(m -> String.valueOf(m.number()).equals(number))
                    .findFirst()
                    .orElse(null);
            if (current == null) {
                rules.problem(line, Column.MILESTONE_NUMBER, "milestoneNumber", number, code);
            }
            return current;
        }
        List<Milestone> sameTitle = known.stream()
                .filter(m -> Column.key(m.title()).equals(Column.key(title)))
                .toList();
        if (sameTitle.size() > 1) {
            rules.problem(line, Column.MILESTONE, "milestoneAmbiguous", code, sameTitle.size(), title);
        }
        return sameTitle.size() == 1 ? sameTitle.get(0) : null;
    }

    /** A known region of this name. */
    Optional<String> region(String text) {
        return Optional.ofNullable(regionKeys.get(Column.key(text)));
    }

    /** The known region within a typo of this name. */
    Optional<String> regionMeant(String text) {
        return Vocabulary.closest(Column.key(text), regionKeys);
    }

    /** A region to add on confirmation, as first written in the file. */
    String newRegion(String text) {
        return newRegions.computeIfAbsent(Column.key(text), k -> text);
    }

    Optional<String> theme(String text) {
        return Optional.ofNullable(themeKeys.get(Column.key(text)));
    }

    Optional<String> themeMeant(String text) {
        return Vocabulary.closest(Column.key(text), themeKeys);
    }

    String newTheme(String text) {
        return newThemes.computeIfAbsent(Column.key(text), k -> text);
    }

    Optional<String> pillar(String text) {
        return Optional.ofNullable(pillarKeys.get(Column.key(text)));
    }

    /** The pillar of the same name as {@code theme}. */
    Optional<String> pillarOfTheme(String theme) {
        return theme == null ? Optional.empty() : settings.pillar(theme);
    }

    String pillars() {
        return String.join(", ", settings.pillars());
    }

    /** A leader given by name, waiting to be linked to a user. */
    void named(String name) {
        leaderNames.add(name);
    }

    List<String> newRegions() {
        return List.copyOf(newRegions.values());
    }

    List<String> newThemes() {
        return List.copyOf(newThemes.values());
    }

    List<String> leaderNames() {
        return List.copyOf(leaderNames);
    }
}
