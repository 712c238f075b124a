package nl.regiotafel.bot.discord;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.EntitySelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import nl.regiotafel.bot.metrics.BotMetrics;
import nl.regiotafel.commands.api.Command.Suggestion;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Receives Discord interactions and answers them through the command registry. */
final class InteractionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);

    private final CommandRegistry registry;
    private final NetworkStore networks;
    private final Responder responder;
    private final Throttle throttle;
    private final BotMetrics metrics;

    InteractionListener(
            CommandRegistry registry,
            NetworkStore networks,
            Responder responder,
            Throttle throttle,
            BotMetrics metrics) {
        this.metrics = metrics;
        this.registry = registry;
        this.networks = networks;
        this.responder = responder;
        this.throttle = throttle;
    }

    /** False, after telling the user privately to slow down, when they started too many interactions just now. */
    private boolean allowed(net.dv8tion.jda.api.interactions.callbacks.IReplyCallback event, Messages fallback) {
        String network = event.getGuild() == null ? "dm" : event.getGuild().getId();
        if (throttle.allow(network, event.getUser().getId())) {
            return true;
        }
        metrics.throttled();
        event.reply(fallback.get("discord.throttled")).setEphemeral(true).queue();
        return false;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Messages fallback = fallback(event);
        if (!event.isFromGuild()) {
            event.reply(fallback.get("discord.guildOnly")).setEphemeral(true).queue();
            return;
        }
        if (!allowed(event, fallback)) {
            return;
        }
        SlashCommands.Internal internal = SlashCommands.internal(
                registry,
                event.getName(),
                words(event.getSubcommandGroup(), event.getSubcommandName()),
                DiscordRequests.options(event.getOptions()));
        // Meters name the command by its internal (English) path, whatever language it arrived in
        responder.respond(event, fallback, path(internal.command(), internal.subcommand()), () -> {
            CommandRequest request = request(event, internal.command(), internal.subcommand(), internal.options());
            log.debug(
                    "{} in network {} by {}",
                    request.path(),
                    request.networkId(),
                    request.invoker().userId());
            return registry.dispatch(request);
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!event.isFromGuild()) {
            event.replyChoices(List.of()).queue();
            return;
        }
        Map<String, Object> options = DiscordRequests.options(event.getOptions());
        options.put(event.getFocusedOption().getName(), event.getFocusedOption().getValue());
        SlashCommands.Internal internal = SlashCommands.internal(
                registry, event.getName(), words(event.getSubcommandGroup(), event.getSubcommandName()), options);
        String focused = SlashCommands.internalOption(
                registry,
                event.getName(),
                words(event.getSubcommandGroup(), event.getSubcommandName()),
                event.getFocusedOption().getName());
        CommandRequest request = request(event, internal.command(), internal.subcommand(), internal.options());
        List<Suggestion> suggestions = registry.suggest(request, focused);
        event.replyChoices(suggestions.stream()
                        .limit(25)
                        .map(s -> new Command.Choice(Texts.limit(s.label(), 100), Texts.limit(s.value(), 100)))
                        .toList())
                .queue();
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (!event.getModalId().startsWith(Responder.FORM_PREFIX)) {
            return;
        }
        Messages fallback = fallback(event);
        String token = event.getModalId().substring(Responder.FORM_PREFIX.length());
        Optional<Responder.StoredForm> form = responder.forms().get(token);
        if (form.isEmpty() || !form.get().userId().equals(event.getUser().getId())) {
            event.reply(fallback.get("discord.form.expired")).setEphemeral(true).queue();
            return;
        }
        responder.forms().remove(token);
        Map<String, Object> options = new HashMap<>(form.get().carried());
        for (ModalMapping value : event.getValues()) {
            options.put(value.getCustomId(), value.getAsString());
        }
        responder.respond(
                event,
                fallback,
                path(form.get().command(), form.get().subcommand()),
                () -> registry.dispatch(
                        request(event, form.get().command(), form.get().subcommand(), options)));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (id.startsWith(DiscordChatGateway.COMMAND_PREFIX)) {
            runButtonCommand(event, id);
            return;
        }
        if (id.startsWith(DiscordRenderer.ACTION_PREFIX)) {
            onAction(event, id.substring(DiscordRenderer.ACTION_PREFIX.length()));
            return;
        }
        if (!id.startsWith(DiscordRenderer.PAGE_PREFIX)) {
            return;
        }
        Messages fallback = fallback(event);
        String[] parts = id.substring(DiscordRenderer.PAGE_PREFIX.length()).split(":");
        Optional<Responder.StoredPages> stored =
                parts.length == 2 ? responder.pages().get(parts[0]) : Optional.empty();
        if (stored.isEmpty()) {
            event.reply(fallback.get("discord.page.expired")).setEphemeral(true).queue();
            return;
        }
        if (!stored.get().userId().equals(event.getUser().getId())) {
            event.reply(fallback.get("discord.page.notYours"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        CommandResponse response = stored.get().response();
        int index;
        try {
            index = Math.max(0, Math.min(response.pages().size() - 1, Integer.parseInt(parts[1])));
        } catch (NumberFormatException e) {
            event.reply(fallback.get("discord.page.expired")).setEphemeral(true).queue();
            return;
        }
        var data = DiscordRenderer.render(
                response,
                index,
                parts[0],
                stored.get().actionToken(),
                stored.get().messages());
        event.editMessage(MessageEditData.fromCreateData(data)).queue();
    }

    /**
     * A reminder's button: runs the command it names as the person who pressed it, so their own rights apply (a
     * member who is not the project's leader is refused privately).
     */
    private void runButtonCommand(ButtonInteractionEvent event, String id) {
        Messages fallback = fallback(event);
        String[] parts =
                id.substring(DiscordChatGateway.COMMAND_PREFIX.length()).split(":", 3);
        if (parts.length < 2 || !event.isFromGuild()) {
            event.reply(fallback.get("discord.page.expired")).setEphemeral(true).queue();
            return;
        }
        Map<String, Object> options = new HashMap<>();
        if (parts.length == 3 && !parts[2].isEmpty()) {
            for (String pair : parts[2].split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    options.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        String subcommand = parts[1].isEmpty() ? null : parts[1];
        responder.respond(
                event,
                fallback,
                path(parts[0], subcommand),
                () -> registry.dispatch(request(event, parts[0], subcommand, options)));
    }

    /**
     * A member chosen in a user select menu (linking a name): runs the action's command with the member added, as
     * {@link #onAction} runs a button's. The same checks: only who asked, only once.
     */
    @Override
    public void onEntitySelectInteraction(EntitySelectInteractionEvent event) {
        String id = event.getComponentId();
        if (!id.startsWith(DiscordRenderer.ACTION_PREFIX)) {
            return;
        }
        Messages fallback = fallback(event);
        String token = id.substring(DiscordRenderer.ACTION_PREFIX.length());
        Optional<Responder.StoredAction> stored = responder.actions().get(token);
        if (stored.isEmpty() || stored.get().action().userOption() == null) {
            event.reply(fallback.get("discord.action.expired"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        if (!stored.get().userId().equals(event.getUser().getId())) {
            event.reply(fallback.get("discord.action.notYours"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        List<net.dv8tion.jda.api.entities.User> users = event.getMentions().getUsers();
        if (users.isEmpty()) {
            event.reply(fallback.get("discord.action.expired"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        net.dv8tion.jda.api.entities.User user = users.get(0);
        net.dv8tion.jda.api.entities.Member member = event.getMentions().getMembers().stream()
                .filter(mb -> mb.getId().equals(user.getId()))
                .findFirst()
                .orElse(null);
        UserRef chosen =
                new UserRef(user.getId(), member != null ? member.getEffectiveName() : user.getEffectiveName());
        responder.actions().remove(token);
        var action = stored.get().action();
        responder.respond(
                event,
                fallback,
                path(action.command(), action.subcommand()),
                () -> registry.dispatch(
                        request(event, action.command(), action.subcommand(), action.optionsWith(chosen))));
    }

    /**
     * Runs the command an action button stands for, with the options kept in the cache (for an import: the previewed
     * file's bytes, so nothing is downloaded again). One press only: the entry is removed before the command runs.
     */
    private void onAction(ButtonInteractionEvent event, String token) {
        Messages fallback = fallback(event);
        Optional<Responder.StoredAction> stored = responder.actions().get(token);
        if (stored.isEmpty()) {
            event.reply(fallback.get("discord.action.expired"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        if (!stored.get().userId().equals(event.getUser().getId())) {
            event.reply(fallback.get("discord.action.notYours"))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        responder.actions().remove(token);
        var action = stored.get().action();
        responder.respond(
                event,
                fallback,
                path(action.command(), action.subcommand()),
                () -> registry.dispatch(request(event, action.command(), action.subcommand(), action.options())));
    }

    /** The meters' name of a command: {@code project add}. */
    private static String path(String command, String subcommand) {
        return subcommand == null ? command : command + " " + subcommand;
    }

    /** How a request carries a subcommand in a group: {@code regions add}. */
    static String subcommand(String group, String name) {
        return group == null ? name : group + " " + name;
    }

    /** The group and subcommand names of an interaction, as received: none, one or two. */
    static List<String> words(String group, String name) {
        List<String> words = new java.util.ArrayList<>(2);
        if (group != null) {
            words.add(group);
        }
        if (name != null) {
            words.add(name);
        }
        return words;
    }

    private CommandRequest request(
            Interaction interaction, String command, String subcommand, Map<String, Object> options) {
        NetworkSettings settings = networks.get(interaction.getGuild().getId());
        return DiscordRequests.request(interaction, settings, command, subcommand, options);
    }

    private static Messages fallback(Interaction interaction) {
        return Messages.of(Locale.forLanguageTag(interaction.getUserLocale().getLocale()));
    }
}
