package nl.regiotafel.commands.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;

/**
 * The tags of the projects' forum, within Discord's limits (20 tags per forum, 5 per post, 20 characters a name).
 *
 * <p>Budget: the 3 health signals, then the 6 phases, then the network's themes in their order, as many as fit: 11 in
 * an empty forum, fewer when the forum already has tags of its own (the bot never removes a tag). A post carries at most
 * 3: its health, phase and theme. Pillars get no tags (they follow from the themes in most networks, and 20 tags
 * would not hold both). Tags are named in the network's language.
 */
public final class ForumTags {

    /** Discord: tags per forum. */
    public static final int MAX_PER_FORUM = 20;

    /** Discord: tags per post. */
    public static final int MAX_PER_POST = 5;

    /** Discord: characters in a tag's name. */
    public static final int MAX_NAME = 20;

    private ForumTags() {}

    /** A tag's name for {@code label}: as is, or cut to Discord's 20 characters with an ellipsis. */
    public static String name(String label) {
        String stripped = label.strip();
        return stripped.length() <= MAX_NAME
                ? stripped
                : stripped.substring(0, MAX_NAME - 1).strip() + "…";
    }

    /** Whether a forum tag named {@code tag} stands for {@code label}. */
    public static boolean matches(String tag, String label) {
        return tag.equalsIgnoreCase(name(label));
    }

    /** Every tag the network's forum should have, in the order of the budget: health, phase, themes. */
    public static List<String> wanted(Messages m, NetworkSettings settings) {
        List<String> wanted = new ArrayList<>();
        for (Health health : Health.values()) {
            add(wanted, m.get(health.labelKey()));
        }
        for (Phase phase : Phase.values()) {
            add(wanted, m.get(phase.labelKey()));
        }
        for (String theme : settings.themes()) {
            add(wanted, theme);
        }
        return wanted;
    }

    /**
     * Which of {@code wanted} to create in a forum that has {@code existing} tags: those missing, in budget order, as
     * many as the forum has room for.
     */
    public static List<String> toCreate(List<String> wanted, List<String> existing) {
        List<String> missing = wanted.stream()
                .filter(w -> existing.stream().noneMatch(e -> matches(e, w)))
                .toList();
        int room = Math.max(0, MAX_PER_FORUM - existing.size());
        return missing.subList(0, Math.min(room, missing.size()));
    }

    /** The tags of a project's post: its health, phase and theme, as far as it has them. */
    public static List<String> of(Messages m, Project project) {
        List<String> tags = new ArrayList<>();
        if (project.health() != null) {
            tags.add(name(m.get(project.health().labelKey())));
        }
        if (project.phase() != null) {
            tags.add(name(m.get(project.phase().labelKey())));
        }
        if (project.theme() != null && !project.theme().isBlank()) {
            tags.add(name(project.theme()));
        }
        return tags;
    }

    private static void add(List<String> names, String label) {
        String name = name(label);
        if (!name.isEmpty()
                && names.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
            names.add(name);
        }
    }
}
