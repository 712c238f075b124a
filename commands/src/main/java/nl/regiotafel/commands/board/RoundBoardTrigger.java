package nl.regiotafel.commands.board;

import java.util.Set;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.ReplyExtension;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.project.ProjectCommand;
import nl.regiotafel.commands.reminder.AwayCommand;
import nl.regiotafel.commands.round.RoundCommand;
import nl.regiotafel.commands.setup.SetupCommand;
import nl.regiotafel.commands.transfer.ImportCommand;
import nl.regiotafel.commands.update.UpdateCommand;

/**
 * Asks for the network's round boards to be redrawn after a command that changes what they show: an update (new or
 * edited), a confirmed import, an absence, a project added, edited or archived, a round revised, a setup change
 * (channels, calendar, a linked name). The redraw is paced by the adapter; this only says that something changed.
 */
public final class RoundBoardTrigger implements ReplyExtension {

    private static final Set<String> PROJECT_CHANGES = Set.of("add", "edit", "archive");
    private static final Set<String> SETUP_CHANGES = Set.of("channels", "calendar", "link", "demo", "network");

    private final RoundBoardRefresh boards;

    public RoundBoardTrigger(RoundBoardRefresh boards) {
        this.boards = boards;
    }

    @Override
    public CommandResponse extend(CommandRequest request, CommandResponse response) {
        if (response.tone() != Tone.ERROR && response.form() == null && changesBoards(request)) {
            boards.refresh(request.networkId());
        }
        return response;
    }

    static boolean changesBoards(CommandRequest request) {
        String sub = request.subcommand() == null ? "" : request.subcommand();
        return switch (request.command()) {
            case UpdateCommand.NAME, AwayCommand.NAME -> true;
            case ImportCommand.NAME -> request.bool(ImportCommand.CONFIRM).orElse(false);
            case ProjectCommand.NAME -> PROJECT_CHANGES.contains(sub);
            case RoundCommand.NAME -> sub.equals("revise");
            case SetupCommand.NAME -> SETUP_CHANGES.contains(sub);
            default -> false;
        };
    }
}
