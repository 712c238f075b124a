package nl.regiotafel.commands.setup;

import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.privacy.PersonalDataStore;

/**
 * Leaving Regiotafel: {@code /setup delete} shows what goes and offers the export first; {@code /setup delete
 * confirm:true} (or the button) deletes everything of the network. Nothing is audited, because the audit log goes
 * too; the log line names only the network id and the count.
 */
final class NetworkDeletion {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NetworkDeletion.class);

    private NetworkDeletion() {}

    static CommandResponse delete(CommandRequest request, Messages m, PersonalDataStore data) {
        if (!request.bool(SetupCommand.CONFIRM).orElse(false)) {
            return CommandResponse.builder()
                    .privately()
                    .tone(Tone.ATTENTION)
                    .page(new Page(
                            m.get("setup.delete.preview.title"),
                            m.get("setup.delete.preview.text"),
                            List.of(),
                            m.get("setup.delete.preview.footer")))
                    .action(new Action(
                            "setup.delete.confirm", SetupCommand.NAME, "delete", Map.of(SetupCommand.CONFIRM, true)))
                    .build();
        }
        long deleted = data.deleteNetwork(request.networkId());
        log.info("Network {} deleted on request of an administrator: {} documents", request.networkId(), deleted);
        return CommandResponse.builder()
                .privately()
                .tone(Tone.SUCCESS)
                .page(Page.of(m.get("setup.delete.done.title"), m.get("setup.delete.done.text", deleted)))
                .build();
    }
}
