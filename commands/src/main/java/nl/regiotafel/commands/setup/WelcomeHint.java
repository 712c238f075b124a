package nl.regiotafel.commands.setup;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.ReplyExtension;
import nl.regiotafel.commands.i18n.Messages;

/**
 * Points the first administrator who uses the bot in a network to {@code /setup}, once, in a note only they see. A
 * network works on the defaults from the first command, so this is a hint, never a gate. Whoever runs {@code /setup}
 * first has found it already and gets no hint.
 */
public final class WelcomeHint implements ReplyExtension {

    private final WelcomeStore welcomes;
    // Networks known to be welcomed: after the first command nothing is asked of the store again
    private final Set<String> welcomed = ConcurrentHashMap.newKeySet();

    public WelcomeHint(WelcomeStore welcomes) {
        this.welcomes = welcomes;
    }

    @Override
    public CommandResponse extend(CommandRequest request, CommandResponse response) {
        // A form (Discord modal) cannot carry a note; the hint waits for the next reply
        if (!request.invoker().isAdmin() || response.form() != null || welcomed.contains(request.networkId())) {
            return response;
        }
        boolean first = welcomes.markWelcomed(request.networkId());
        welcomed.add(request.networkId());
        if (!first || SetupCommand.NAME.equals(request.command())) {
            return response;
        }
        return response.withNote(Messages.of(request.locale()).get("setup.welcome"));
    }
}
