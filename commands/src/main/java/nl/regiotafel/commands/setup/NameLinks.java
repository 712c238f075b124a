package nl.regiotafel.commands.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.text.Texts;

/**
 * Leaders and milestone owners stored as plain names (an import without the Server Members intent cannot look names
 * up), and the offer to link them one at a time: the reply names one and carries a choice of member that runs {@code
 * /setup link} with it, so linking has one implementation whether typed or chosen.
 */
public final class NameLinks {

    /** A Discord user id; anything else in a leader or owner field is a name kept as written. */
    private static final Pattern USER_ID = Pattern.compile("\\d{15,25}");

    private NameLinks() {}

    /**
     * A name waiting to be linked.
     *
     * @param name as stored
     * @param projects how many projects it leads
     * @param milestones how many milestones it owns
     */
    public record Waiting(String name, int projects, int milestones) {}

    /** Whether a stored leader or owner is a name rather than a member's id. */
    public static boolean isName(String stored) {
        return stored != null && !stored.isBlank() && !USER_ID.matcher(stored).matches();
    }

    /** Every name waiting in the network, alphabetically, names compared without case. */
    public static List<Waiting> waiting(String networkId, ProjectStore projects, MilestoneStore milestones) {
        Map<String, String> spelled = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Project project : projects.list(networkId, new ProjectFilter(null, null, null, null, null, true))) {
            for (String leader : project.leaders()) {
                if (isName(leader)) {
                    String key = leader.toLowerCase(Locale.ROOT);
                    spelled.putIfAbsent(key, leader);
                    counts.computeIfAbsent(key, k -> new int[2])[0]++;
                }
            }
        }
        for (Milestone milestone : milestones.list(networkId, null, false, null, Integer.MAX_VALUE)) {
            if (isName(milestone.ownerId())) {
                String key = milestone.ownerId().toLowerCase(Locale.ROOT);
                spelled.putIfAbsent(key, milestone.ownerId());
                counts.computeIfAbsent(key, k -> new int[2])[1]++;
            }
        }
        List<Waiting> waiting = new ArrayList<>();
        counts.forEach((key, c) -> waiting.add(new Waiting(spelled.get(key), c[0], c[1])));
        waiting.sort(java.util.Comparator.comparing(w -> w.name().toLowerCase(Locale.ROOT)));
        return waiting;
    }

    /** The choice of member for {@code name}: runs {@code /setup link name: member:} with the member chosen. */
    public static Action choose(String name) {
        return Action.chooseUser(
                "setup.unlinked.choose",
                SetupCommand.NAME,
                "link",
                Map.of(SetupCommand.TITLE, name),
                SetupCommand.MEMBER);
    }

    /**
     * The offer of the waiting name after {@code skip} others: who it is, what it leads, the names after it, and the
     * choice of member.
     */
    static CommandResponse offer(Messages m, List<Waiting> waiting, int skip) {
        if (waiting.isEmpty()) {
            return CommandResponse.privateText(m.get("setup.unlinked.none.title"), m.get("setup.unlinked.none"));
        }
        int index = Math.min(Math.max(0, skip), waiting.size() - 1);
        Waiting shown = waiting.get(index);
        StringBuilder text = new StringBuilder(m.get(
                "setup.unlinked.text",
                Texts.escape(shown.name()),
                shown.projects(),
                shown.milestones(),
                Markup.bold(Texts.escape(shown.name()))));
        List<String> after = waiting.subList(index + 1, waiting.size()).stream()
                .map(w -> Texts.escape(w.name()))
                .toList();
        if (!after.isEmpty()) {
            text.append("\n\n")
                    .append(m.get("setup.unlinked.next", Texts.limit(String.join(", ", after), 1000)))
                    .append('\n')
                    .append(m.get("setup.unlinked.skip", index + 1, Texts.escape(shown.name())));
        }
        return CommandResponse.builder()
                .privately()
                .page(Page.of(m.get("setup.unlinked.title", waiting.size()), text.toString()))
                .action(choose(shown.name()))
                .build();
    }
}
