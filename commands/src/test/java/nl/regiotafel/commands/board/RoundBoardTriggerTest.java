package nl.regiotafel.commands.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The round boards are redrawn after a reply that says it changed something, whatever the command is called. */
final class RoundBoardTriggerTest {

    private record FakeCommand(CommandSpec spec, Function<CommandRequest, CommandResponse> body) implements Command {
        @Override
        public CommandResponse handle(CommandRequest request) {
            return body.apply(request);
        }
    }

    private final List<String> refreshed = new ArrayList<>();

    private CommandResponse run(Function<CommandRequest, CommandResponse> body) {
        // Named /update on purpose: the name of the command that changes rounds the most says nothing any more
        CommandRegistry registry = new CommandRegistry(
                List.of(new FakeCommand(CommandSpec.of("update"), body)),
                List.of(new RoundBoardTrigger(refreshed::add)));
        return registry.dispatch(new CommandRequest(
                "guild-1",
                "channel-1",
                new Invoker("u1", "Lotte", Set.of(Role.LEADER)),
                Messages.DUTCH,
                "update",
                null,
                Map.of(),
                "interaction-1"));
    }

    @Test
    void aReplyThatSaysItChangedUpdatesAsksForARedraw() {
        run(r -> CommandResponse.privateText("t", "stored").changing(Changed.UPDATES));

        assertThat(refreshed).containsExactly("guild-1");
    }

    @Test
    void aReplyThatOnlyReadsAsksForNothingWhateverTheCommandIsCalled() {
        run(r -> CommandResponse.privateText("t", "read"));

        assertThat(refreshed).isEmpty();
    }

    @Test
    void aRefusalAsksForNothingEvenWhenItSaysItChangedSomething() {
        run(r -> {
            throw new UserError("error.setup.nothingToChange");
        });
        run(r -> CommandResponse.error("no").changing(Changed.PROJECTS));

        assertThat(refreshed).isEmpty();
    }
}
