package nl.regiotafel.commands.update;

import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.text.Texts;

/**
 * A project's past updates, newest first, paged.
 *
 * <pre>
 * /history project:tizv-glasses
 * </pre>
 */
public final class HistoryCommand implements Command {

    public static final String NAME = "history";

    static final int PAGE_SIZE = 5;

    private final ProjectStore projects;
    private final UpdateStore updates;

    public HistoryCommand(ProjectStore projects, UpdateStore updates) {
        this.projects = projects;
        this.updates = updates;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(NAME, required(Projects.OPTION, OptionType.STRING).withAutocomplete());
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Access.requireReader(request, settings);
        Project project = Projects.require(projects, request);
        List<Update> history = updates.history(request.networkId(), project.code());
        String title = m.get("history.title", ProjectCards.title(project), history.size());
        if (history.isEmpty()) {
            return CommandResponse.publicText(title, m.get("status.noUpdate"));
        }
        List<Page> pages = new ArrayList<>();
        int count = (history.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        for (int start = 0; start < history.size(); start += PAGE_SIZE) {
            StringBuilder text = new StringBuilder();
            for (Update u : history.subList(start, Math.min(history.size(), start + PAGE_SIZE))) {
                text.append(Markup.bold("#" + u.number() + " · " + u.period()))
                        .append(" · ")
                        .append(Markup.date(LocalDate.ofInstant(u.firstPostedAt(), settings.zone()), settings.zone()))
                        .append(" · ")
                        .append(Texts.escape(u.authorName()));
                if (u.health() != null) {
                    text.append(" · ").append(m.get(u.health().labelKey()));
                }
                if (u.isEdited()) {
                    text.append(" · ").append(m.get("history.edited", u.version()));
                }
                if (u.late()) {
                    text.append(" · ").append(Markup.bold(m.get("update.late")));
                }
                text.append('\n');
                appendBlock(text, m.get("update.block.results"), u.results());
                appendBlock(text, m.get("update.block.next-actions"), u.nextActions());
                appendBlock(text, m.get("update.block.risks"), u.risks());
                appendBlock(text, m.get("update.block.help"), u.helpNeeded());
                text.append('\n');
            }
            pages.add(new Page(title, text.toString(), List.of(), m.get("common.page", start / PAGE_SIZE + 1, count)));
        }
        return CommandResponse.builder().pages(pages).build();
    }

    private static void appendBlock(StringBuilder text, String name, String value) {
        if (value != null && !value.isBlank()) {
            text.append(Markup.bold(name + ":"))
                    .append(' ')
                    .append(Texts.escape(Texts.limit(value.replace('\n', ' '), 140)))
                    .append('\n');
        }
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        return Projects.suggest(projects, request, option, p -> true);
    }
}
