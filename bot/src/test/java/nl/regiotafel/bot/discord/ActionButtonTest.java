package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.regiotafel.bot.metrics.BotMetrics;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The generic confirm button: a reply's action becomes a button; pressing it runs the command again with the kept
 * options — for an import, the previewed file's bytes — for the same user, once. JDA's public API mocked.
 */
final class ActionButtonTest {

    private final Messages m = Messages.of(Messages.ENGLISH);

    /** A stand-in for /import that records what it was run with. */
    private static final class RecordingImport implements Command {
        final List<CommandRequest> requests = new ArrayList<>();

        @Override
        public CommandSpec spec() {
            return CommandSpec.of(
                    "import",
                    OptionSpec.required("file", OptionType.ATTACHMENT),
                    OptionSpec.optional("confirm", OptionType.BOOLEAN));
        }

        @Override
        public CommandResponse handle(CommandRequest request) {
            requests.add(request);
            return CommandResponse.privateText("Imported", "done");
        }
    }

    private final RecordingImport command = new RecordingImport();
    private final Responder responder = new Responder(
            Runnable::run,
            Duration.ofSeconds(2),
            new Interactions<>(Duration.ofMinutes(15), 100, Clock.systemUTC()),
            new Interactions<>(Duration.ofMinutes(15), 100, Clock.systemUTC()),
            new Interactions<>(Duration.ofMinutes(15), 8, Clock.systemUTC()),
            BotMetrics.none());
    private final NetworkStore networks = new NetworkStore() {
        @Override
        public NetworkSettings get(String networkId) {
            return NetworkDefaults.forNetwork(networkId);
        }

        @Override
        public NetworkSettings save(NetworkSettings settings) {
            throw new AssertionError("not saved here");
        }
    };
    private final InteractionListener listener = new InteractionListener(
            new CommandRegistry(List.of(command)),
            networks,
            responder,
            new Throttle(System::nanoTime),
            BotMetrics.none());

    private static CommandResponse preview(byte[] file) {
        return CommandResponse.builder()
                .privately()
                .page(Page.of("Import preview: p.csv", "Projects: 2 new"))
                .action(new Action(
                        "import.confirm",
                        "import",
                        null,
                        Map.of("file", AttachmentInput.of("p.csv", file), "confirm", true)))
                .build();
    }

    private static ButtonInteractionEvent press(String customId, String userId) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        User user = mock(User.class);
        when(user.getId()).thenReturn(userId);
        when(user.getName()).thenReturn("sanne");
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn("guild-1");
        when(event.getComponentId()).thenReturn(customId);
        when(event.getUser()).thenReturn(user);
        when(event.getGuild()).thenReturn(guild);
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_UK);
        when(event.getChannelId()).thenReturn("chan-1");
        when(event.getId()).thenReturn("999");
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
        when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
        when(event.reply(anyString())).thenReturn(reply);
        InteractionHook hook = mock(InteractionHook.class);
        when(event.getHook()).thenReturn(hook);
        return event;
    }

    private String buttonId(MessageCreateData data) {
        Button button = ((ActionRow) data.getComponents().get(0)).getButtons().get(0);
        assertThat(button.getLabel()).isEqualTo("Import");
        assertThat(button.getStyle()).isEqualTo(ButtonStyle.SUCCESS);
        return button.getCustomId();
    }

    @Test
    void rendersTheActionAsAButtonAndRunsItWithTheKeptBytesForTheSameUserOnce() throws IOException {
        byte[] file = "code;naam\nx;X\n".getBytes(StandardCharsets.UTF_8);
        String id = buttonId(responder.message(preview(file), "42", m));
        assertThat(id).startsWith(DiscordRenderer.ACTION_PREFIX).hasSizeLessThanOrEqualTo(100);

        ButtonInteractionEvent first = press(id, "42");
        listener.onButtonInteraction(first);
        ButtonInteractionEvent second = press(id, "42");
        listener.onButtonInteraction(second);

        assertThat(command.requests).hasSize(1);
        CommandRequest request = command.requests.get(0);
        assertThat(request.command()).isEqualTo("import");
        assertThat(request.bool("confirm")).contains(true);
        assertThat(request.attachment("file").orElseThrow().read()).isEqualTo(file);
        assertThat(request.invoker().userId()).isEqualTo("42");
        verify(first).reply(any(MessageCreateData.class));
        verify(second).reply("This button has expired. Run the command again.");
    }

    @Test
    void refusesTheButtonToSomeoneElse() {
        String id = buttonId(responder.message(preview(new byte[] {1}), "42", m));

        ButtonInteractionEvent other = press(id, "7");
        listener.onButtonInteraction(other);

        assertThat(command.requests).isEmpty();
        verify(other).reply("Only the person who ran the command can use this button.");
        verify(other, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void keepsTheButtonBesideThePagingButtons() {
        CommandResponse paged = CommandResponse.builder()
                .page(Page.of("a", "1"))
                .page(Page.of("b", "2"))
                .action(new Action("import.confirm", "import", null, Map.of("confirm", true)))
                .build();

        MessageCreateData data = responder.message(paged, "42", m);

        List<Button> buttons = ((ActionRow) data.getComponents().get(0)).getButtons();
        assertThat(buttons).extracting(Button::getLabel).containsExactly("◀", "▶", "Import");
    }

    @Test
    void sendsANoteAsAPrivateFollowUpAfterThePublicReply() {
        ButtonInteractionEvent event = press("x", "42");
        WebhookMessageCreateAction<?> followUp = mock(WebhookMessageCreateAction.class);
        when(followUp.setEphemeral(anyBoolean())).thenAnswer(i -> followUp);
        when(event.getHook().sendMessage(anyString())).thenAnswer(i -> followUp);

        responder.respond(event, m, "test", () -> CommandResponse.publicText("Projects", "none")
                .withNote("Welcome!"));

        ArgumentCaptor<String> note = ArgumentCaptor.forClass(String.class);
        verify(event.getHook()).sendMessage(note.capture());
        assertThat(note.getValue()).isEqualTo("Welcome!");
        verify(followUp).setEphemeral(true);
    }
}
