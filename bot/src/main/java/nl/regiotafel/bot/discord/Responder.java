package nl.regiotafel.bot.discord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import nl.regiotafel.bot.metrics.BotMetrics;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Form;
import nl.regiotafel.commands.api.StoreUnavailableException;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction within Discord's 3-second window: a command that finishes quickly is answered directly
 * (private or public as it asks); a slower one is deferred first and its reply edited in when ready.
 */
final class Responder {

    /** What a paging button needs: the whole reply, who may turn its pages, and the reply's action button. */
    record StoredPages(CommandResponse response, String userId, Messages messages, String actionToken) {}

    /** What an action button needs: the command to run, with its options (files in memory), and for whom. */
    record StoredAction(Action action, String userId) {}

    /** What a modal submit needs to run its command again. */
    record StoredForm(String command, String subcommand, Map<String, String> carried, String userId) {}

    /** Prefix of modal ids: {@code form:<token>}. */
    static final String FORM_PREFIX = "form:";

    private static final Logger log = LoggerFactory.getLogger(Responder.class);

    private final Executor executor;
    private final Duration deferAfter;
    private final Interactions<StoredPages> pages;
    private final Interactions<StoredForm> forms;
    private final Interactions<StoredAction> actions;
    private final BotMetrics metrics;
    private volatile boolean closing;

    /** A command's reply and how it ended, for the meters. */
    private record Result(CommandResponse response, BotMetrics.Outcome outcome) {}

    Responder(
            Executor executor,
            Duration deferAfter,
            Interactions<StoredPages> pages,
            Interactions<StoredForm> forms,
            Interactions<StoredAction> actions,
            BotMetrics metrics) {
        this.metrics = metrics;
        this.executor = executor;
        this.deferAfter = deferAfter;
        this.pages = pages;
        this.forms = forms;
        this.actions = actions;
    }

    /** From now on new interactions are told to try again; those already running still get their answer. */
    void close() {
        closing = true;
    }

    Interactions<StoredAction> actions() {
        return actions;
    }

    Interactions<StoredPages> pages() {
        return pages;
    }

    Interactions<StoredForm> forms() {
        return forms;
    }

    /**
     * Runs {@code work} off JDA's event thread and answers {@code event} with its response. {@code path} names the
     * command for the meters ({@code project add}); unknown paths are counted as {@code other}.
     */
    void respond(IReplyCallback event, Messages fallback, String path, Supplier<CommandResponse> work) {
        if (closing) {
            // Shutting down: the commands already running are answered; a new one would be cut off half-way
            event.reply(fallback.get("discord.restarting")).setEphemeral(true).queue();
            return;
        }
        long received = System.nanoTime();
        String tag = metrics.path(path);
        CompletableFuture<Result> future;
        try {
            future = CompletableFuture.supplyAsync(
                    () -> {
                        long start = System.nanoTime();
                        Result result = safely(work, fallback);
                        metrics.commandDuration(tag, result.outcome(), Duration.ofNanos(System.nanoTime() - start));
                        return result;
                    },
                    executor);
        } catch (RejectedExecutionException e) {
            // The shutdown began between the check above and now
            event.reply(fallback.get("discord.restarting")).setEphemeral(true).queue();
            return;
        }
        Result result;
        try {
            result = future.get(deferAfter.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Discord invalidates the interaction after 3 s, so acknowledge now and edit the reply in later
            CompletableFuture<Duration> deferred = new CompletableFuture<>();
            event.deferReply(false)
                    .queue(
                            ok -> deferred.complete(Duration.ofNanos(System.nanoTime() - received)),
                            failure -> deferred.complete(null));
            future.thenAccept(r -> sendDeferred(event, r.response(), fallback));
            future.thenAcceptBoth(deferred, (r, took) -> {
                if (took != null) {
                    metrics.acknowledged(tag, r.outcome(), "defer", took);
                }
            });
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            throw new AssertionError("safely() never fails", e);
        }
        sendNow(
                event,
                result.response(),
                fallback,
                ok -> metrics.acknowledged(
                        tag, result.outcome(), result.response().form() != null ? "form" : "reply", since(received)));
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static Result safely(Supplier<CommandResponse> work, Messages m) {
        try {
            CommandResponse response = work.get();
            return new Result(
                    response, response.tone() == Tone.ERROR ? BotMetrics.Outcome.REJECTED : BotMetrics.Outcome.OK);
        } catch (StoreUnavailableException e) {
            log.warn("Database unavailable: {}", e.toString());
            return new Result(CommandResponse.error(m.get("error.store.unavailable")), BotMetrics.Outcome.UNAVAILABLE);
        } catch (RuntimeException | Error e) {
            // An Error (out of memory, stack overflow) ends this interaction with a reply, never the bot
            String reference = Long.toHexString(System.nanoTime());
            log.error("Interaction failed (reference {})", reference, e);
            return new Result(CommandResponse.error(m.get("error.internal", reference)), BotMetrics.Outcome.FAILED);
        }
    }

    private void sendNow(IReplyCallback event, CommandResponse response, Messages m, Consumer<Object> acknowledged) {
        if (response.form() != null) {
            if (event instanceof IModalCallback modalCallback) {
                modalCallback
                        .replyModal(modal(response.form(), event.getUser().getId(), m))
                        .queue(acknowledged::accept);
                return;
            }
            throw new AssertionError("A form can only answer a slash command");
        }
        event.reply(message(response, event.getUser().getId(), m))
                .setEphemeral(response.isPrivate())
                .queue(acknowledged::accept);
        sendNote(event, response);
    }

    /** A note goes after the reply, to the invoker only, whether the reply itself is public or private. */
    private static void sendNote(IReplyCallback event, CommandResponse response) {
        if (response.note() != null) {
            event.getHook()
                    .sendMessage(Texts.limit(DiscordMarkup.render(response.note()), Message.MAX_CONTENT_LENGTH))
                    .setEphemeral(true)
                    .queue();
        }
    }

    private void sendDeferred(IReplyCallback event, CommandResponse response, Messages m) {
        if (response.form() != null) {
            // A modal must be the first answer; after a deferral all we can do is explain
            response = CommandResponse.error(m.get("discord.form.late"));
        }
        MessageCreateData data = message(response, event.getUser().getId(), m);
        if (response.isPrivate()) {
            // The deferral was public; replace it with a private follow-up so an error is not shown to everyone
            event.getHook().deleteOriginal().queue();
            event.getHook().sendMessage(data).setEphemeral(true).queue();
        } else {
            event.getHook().editOriginal(MessageEditData.fromCreateData(data)).queue();
        }
        sendNote(event, response);
    }

    MessageCreateData message(CommandResponse response, String userId, Messages m) {
        String actionToken =
                response.action() == null ? null : actions.put(new StoredAction(response.action(), userId));
        String token =
                response.pages().size() > 1 ? pages.put(new StoredPages(response, userId, m, actionToken)) : null;
        return DiscordRenderer.render(response, 0, token, actionToken, m);
    }

    private Modal modal(Form form, String userId, Messages m) {
        String token = forms.put(new StoredForm(form.command(), form.subcommand(), form.carriedOptions(), userId));
        List<Label> inputs = form.inputs().stream()
                .map(input -> {
                    TextInput.Builder text = TextInput.create(
                                    input.option(), input.paragraph() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                            .setRequired(input.required())
                            .setMaxLength(input.maxLength());
                    if (input.placeholderKey() != null) {
                        text.setPlaceholder(
                                Texts.limit(m.get(input.placeholderKey()), TextInput.MAX_PLACEHOLDER_LENGTH));
                    }
                    if (input.value() != null && !input.value().isBlank()) {
                        text.setValue(Texts.limit(input.value(), input.maxLength()));
                    }
                    return Label.of(Texts.limit(m.get(input.labelKey()), Label.LABEL_MAX_LENGTH), text.build());
                })
                .toList();
        return Modal.create(
                        FORM_PREFIX + token,
                        Texts.limit(m.get(form.titleKey(), form.titleArgs().toArray()), Modal.MAX_TITLE_LENGTH))
                .addComponents(inputs)
                .build();
    }
}
