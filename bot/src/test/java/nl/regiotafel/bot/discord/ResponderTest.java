package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import nl.regiotafel.bot.metrics.BotMetrics;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Form;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Reply, defer-then-edit, privacy and modals, through JDA's public API with Mockito. */
final class ResponderTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Responder responder = new Responder(
            executor,
            Duration.ofMillis(100),
            new Interactions<>(Duration.ofMinutes(15), 100, Clock.systemUTC()),
            new Interactions<>(Duration.ofMinutes(15), 100, Clock.systemUTC()),
            new Interactions<>(Duration.ofMinutes(15), 8, Clock.systemUTC()),
            BotMetrics.none());
    private final Messages m = Messages.of(Messages.ENGLISH);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private final ReplyCallbackAction reply = mock(ReplyCallbackAction.class);

    @SuppressWarnings("unchecked")
    private SlashCommandInteractionEvent event() {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        User user = mock(User.class);
        when(user.getId()).thenReturn("42");
        when(event.getUser()).thenReturn(user);
        when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        when(event.deferReply(anyBoolean())).thenReturn(reply);
        InteractionHook hook = mock(InteractionHook.class);
        when(event.getHook()).thenReturn(hook);
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(mock(WebhookMessageEditAction.class));
        when(hook.deleteOriginal()).thenReturn(mock(RestAction.class));
        WebhookMessageCreateAction<?> followUp = mock(WebhookMessageCreateAction.class);
        when(followUp.setEphemeral(anyBoolean())).thenAnswer(i -> followUp);
        when(hook.sendMessage(any(MessageCreateData.class))).thenAnswer(i -> followUp);
        when(event.replyModal(any(Modal.class))).thenReturn(mock(ModalCallbackAction.class));
        return event;
    }

    @Test
    void answersAQuickCommandDirectlyAndPublicly() {
        SlashCommandInteractionEvent event = event();

        responder.respond(event, m, "test", () -> CommandResponse.publicText("Projects (1)", "tizv-glasses"));

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(sent.capture());
        verify(reply).setEphemeral(false);
        verify(event, never()).deferReply(anyBoolean());
        assertThat(sent.getValue().getEmbeds().get(0).getTitle()).isEqualTo("Projects (1)");
    }

    @Test
    void answersAnErrorPrivately() {
        SlashCommandInteractionEvent event = event();

        responder.respond(event, m, "test", () -> CommandResponse.error("Unknown project x."));

        verify(reply).setEphemeral(true);
    }

    @Test
    void defersASlowCommandAndEditsTheReplyInWhenReady() {
        SlashCommandInteractionEvent event = event();

        responder.respond(event, m, "test", () -> {
            sleep(400);
            return CommandResponse.publicText("Summary", "done");
        });

        verify(event).deferReply(false);
        ArgumentCaptor<MessageEditData> edited = ArgumentCaptor.forClass(MessageEditData.class);
        verify(event.getHook(), timeout(3000)).editOriginal(edited.capture());
        assertThat(edited.getValue().getEmbeds().get(0).getDescription()).isEqualTo("done");
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void replacesAPublicDeferralWithAPrivateFollowUpWhenTheSlowCommandFails() {
        SlashCommandInteractionEvent event = event();

        responder.respond(event, m, "test", () -> {
            sleep(400);
            throw new IllegalStateException("bug");
        });

        verify(event.getHook(), timeout(3000)).deleteOriginal();
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event.getHook(), timeout(3000)).sendMessage(sent.capture());
        assertThat(sent.getValue().getEmbeds().get(0).getDescription()).startsWith("Something went wrong on our side");
    }

    @Test
    void opensAModalWhenTheCommandAsksForAForm() {
        SlashCommandInteractionEvent event = event();
        Form form = new Form(
                "help.title",
                "update",
                null,
                Map.of("project", "tizv-glasses"),
                List.of(new Form.Input(
                        "results", "project.goal", true, false, 4000, null, "update.block.placeholder")));

        responder.respond(event, m, "test", () -> CommandResponse.form(form));

        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(event).replyModal(modal.capture());
        assertThat(modal.getValue().getId()).startsWith("form:");
        assertThat(modal.getValue().getTitle()).isEqualTo("Regiotafel — commands");
        assertThat(modal.getValue()
                        .getComponents()
                        .get(0)
                        .asLabel()
                        .getChild()
                        .asTextInput()
                        .getPlaceHolder())
                .isEqualTo("No client or patient data: no names, BSN, e-mail addresses or phone numbers");
        String token = modal.getValue().getId().substring("form:".length());
        assertThat(responder.forms().get(token)).hasValueSatisfying(stored -> {
            assertThat(stored.command()).isEqualTo("update");
            assertThat(stored.carried()).containsEntry("project", "tizv-glasses");
            assertThat(stored.userId()).isEqualTo("42");
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
