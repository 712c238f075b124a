package nl.regiotafel.commands.setup;

import java.time.Clock;
import java.util.List;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.demo.DemoNetwork;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateStore;

/** {@code /setup demo}: loads the demo network built from the public plans, into a network without projects. */
final class DemoSetup {

    private final NetworkStore networks;
    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final UpdateStore updates;
    private final AuditStore audit;
    private final Clock clock;

    DemoSetup(
            NetworkStore networks,
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            AuditStore audit,
            Clock clock) {
        this.networks = networks;
        this.projects = projects;
        this.milestones = milestones;
        this.updates = updates;
        this.audit = audit;
        this.clock = clock;
    }

    CommandResponse demo(CommandRequest request) {
        Messages m = request.messages();
        if (!projects.list(request.networkId(), ProjectFilter.all()).isEmpty()) {
            throw new UserError("error.setup.demoNotEmpty");
        }
        DemoNetwork.Result loaded =
                DemoNetwork.load(request.networkId(), projects, milestones, updates, networks, audit, clock);
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                AuditAction.SETUP_DEMO,
                SetupCommand.AUDIT_SUBJECT,
                List.of()));
        return CommandResponse.builder()
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get("setup.demo.title"),
                        m.get("setup.demo.text", loaded.projects(), loaded.milestones(), loaded.updates())))
                .changed(Changed.PROJECTS, Changed.UPDATES, Changed.SETTINGS)
                .build();
    }
}
