package nl.regiotafel.commands.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;

/**
 * The step between typing free text and storing it: when {@link ClientDataCheck} finds something that looks like
 * client data, the command stores nothing and answers privately with what was found (masked) and a way to confirm —
 * a button in Discord, {@code confirm:true} in the console — or to edit the text and send it again.
 */
public final class ClientDataWarning {

    /** The option that confirms text flagged by the check. */
    public static final String CONFIRM = "confirm";

    private ClientDataWarning() {}

    /**
     * The warning to give instead of running the command, or empty when the text options look clean or the user has
     * confirmed.
     *
     * @param request the request, re-run with {@link #CONFIRM} on confirmation
     * @param labelKeys the free-text options to check, with the message key of each one's label
     */
    public static Optional<CommandResponse> check(CommandRequest request, Map<String, String> labelKeys) {
        if (request.bool(CONFIRM).orElse(false)) {
            return Optional.empty();
        }
        Messages m = Messages.of(request.locale());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> field : labelKeys.entrySet()) {
            List<ClientDataCheck.Finding> found =
                    request.text(field.getKey()).map(ClientDataCheck::find).orElse(List.of());
            for (ClientDataCheck.Finding finding : found) {
                lines.add(m.get(
                        "privacy.found.line",
                        m.get(field.getValue()),
                        m.get(finding.kind().labelKey()),
                        finding.masked()));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> options = new LinkedHashMap<>(request.options());
        options.put(CONFIRM, true);
        return Optional.of(CommandResponse.builder()
                .privately()
                .tone(Tone.ATTENTION)
                .page(new Page(
                        m.get("privacy.found.title", lines.size()),
                        m.get("privacy.found.text") + "\n" + String.join("\n", lines),
                        List.of(),
                        m.get("privacy.found.footer")))
                .action(new Action("privacy.found.confirm", request.command(), request.subcommand(), options))
                .build());
    }
}
