package nl.regiotafel.commands.summary;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.NetworkContext;
import nl.regiotafel.commands.api.ReplyExtension;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.readmodel.ReadScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the open round's summary ahead, off the command's thread, after a write that changes it (projects, updates, milestones, rounds, settings): the pair of
 * snapshots, the summary and the chart of the whole network in the network's language are then kept for the new
 * revision (issue 13). The first {@code /summary} after an {@code /update} otherwise computed and drew them while
 * the user waited (15–40 ms at 300 projects, 70–150 ms at 3,000); now it finds them kept unless it comes before the
 * background has run them (the bot's {@link Background} waits until the network has been quiet for a moment), when it
 * computes them as before or waits for the run under way. The PDF is not made ahead: it costs ten times a chart and is
 * rarely asked right after a write.
 *
 * <p>The work is exactly a {@code /summary} without options by a manager, so it is kept under the same keys as the
 * real one; it reads through the read model and writes nothing new (a round past its deadline is frozen as any reader
 * of it would freeze it). Nothing is done when nothing is kept ({@code REGIOTAFEL_READ_MODEL_VIEW_CACHE=0} or the read
 * model off).
 */
public final class ViewsAhead implements ReplyExtension {

    private static final Logger log = LoggerFactory.getLogger(ViewsAhead.class);

    /** What the summary is computed from. */
    private static final Set<Changed> SHOWN =
            EnumSet.of(Changed.PROJECTS, Changed.UPDATES, Changed.MILESTONES, Changed.ROUNDS, Changed.SETTINGS);

    /** Who the work runs as: a manager of the network, so the summary reads whatever the network allows. */
    static final Invoker RENDERER = new Invoker("regiotafel", "Regiotafel", Set.of(Role.MANAGER));

    private final SummaryCommand summary;
    private final RoundSummaries summaries;
    private final NetworkStore networks;
    private final Background background;

    public ViewsAhead(SummaryCommand summary, RoundSummaries summaries, NetworkStore networks, Background background) {
        this.summary = summary;
        this.summaries = summaries;
        this.networks = networks;
        this.background = background;
    }

    @Override
    public CommandResponse extend(CommandRequest request, CommandResponse response) {
        if (response.tone() != Tone.ERROR
                && !Collections.disjoint(response.changed(), SHOWN)
                && summaries.cache().keeps()) {
            String network = request.networkId();
            background.submit("summary:" + network, () -> render(network));
        }
        return response;
    }

    /** The open round's {@code /summary} of {@code network}, as a manager asks it, for what it leaves kept. */
    void render(String network) {
        try (ReadScope scope = ReadScope.open()) {
            NetworkSettings settings = networks.get(network);
            CommandRequest request = new CommandRequest(
                            network,
                            null,
                            RENDERER,
                            settings.locale(),
                            SummaryCommand.NAME,
                            null,
                            Map.of(),
                            "ahead-" + network + "-" + System.nanoTime())
                    .in(NetworkContext.reading(() -> settings));
            summary.handle(request);
        } catch (RuntimeException e) {
            // Only ever saved time: the next /summary computes what this could not
            log.debug("Rendering the summary of network {} ahead failed: {}", network, e.toString());
        }
    }
}
