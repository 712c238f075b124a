package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.setup.SetupCommand.MEMBER;
import static nl.regiotafel.commands.setup.SetupCommand.SKIP;
import static nl.regiotafel.commands.setup.SetupCommand.TITLE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.OptionRef;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.text.Texts;

/**
 * {@code /setup link} and {@code /setup unlinked}: leaders and milestone owners stored as plain names (from an import)
 * linked to members, one name at a time (see {@link NameLinks}).
 */
final class LinkSetup {

    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final AuditStore audit;
    private final Clock clock;

    LinkSetup(ProjectStore projects, MilestoneStore milestones, AuditStore audit, Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Links a leader or milestone owner stored as a plain name (from an import) to a member: every project led by that
     * name, and every milestone owned by it, now names the member, so reminders can mention them.
     */
    CommandResponse link(CommandRequest request) {
        Messages m = request.messages();
        String name = request.requireText(TITLE);
        UserRef member =
                request.user(MEMBER).orElseThrow(() -> new UserError("error.option.missing", new OptionRef(MEMBER)));
        int linkedProjects = 0;
        int linkedMilestones = 0;
        List<Change> changes = new ArrayList<>();
        for (Project project :
                projects.list(request.networkId(), new ProjectFilter(null, null, null, null, null, true))) {
            if (project.leaders().stream().anyMatch(l -> l.equalsIgnoreCase(name))) {
                Project.Builder linked = project.toBuilder();
                linked.leaders = project.leaders().stream()
                        .map(l -> l.equalsIgnoreCase(name) ? member.id() : l)
                        .distinct()
                        .toList();
                linked.updatedAt = clock.instant();
                projects.update(linked.build());
                changes.add(new Change("leaders " + project.code(), name, member.id()));
                linkedProjects++;
            }
            for (Milestone ms : milestones.ofProject(request.networkId(), project.code())) {
                if (ms.ownerId() != null && ms.ownerId().equalsIgnoreCase(name)) {
                    milestones.update(new Milestone(
                            ms.networkId(),
                            ms.projectCode(),
                            ms.number(),
                            ms.title(),
                            ms.due(),
                            ms.status(),
                            ms.doneOn(),
                            member.id(),
                            ms.moves(),
                            ms.snoozedUntil(),
                            ms.createdAt(),
                            clock.instant(),
                            ms.version()));
                    changes.add(new Change("owner " + project.code() + "#" + ms.number(), name, member.id()));
                    linkedMilestones++;
                }
            }
        }
        if (changes.isEmpty()) {
            throw new UserError("error.setup.linkUnknown", name);
        }
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                AuditAction.SETUP_LINK,
                SetupCommand.AUDIT_SUBJECT,
                changes));
        String text = m.get("setup.linked.text", member.name(), linkedProjects, linkedMilestones);
        List<NameLinks.Waiting> waiting = NameLinks.waiting(request.networkId(), projects, milestones);
        if (waiting.isEmpty()) {
            return CommandResponse.privateText(m.get("setup.linked.title", name), text)
                    .changing(Changed.PROJECTS);
        }
        // The next name right away, so linking a whole import is a row of choices
        return CommandResponse.builder()
                .privately()
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get("setup.linked.title", name),
                        text + "\n\n"
                                + m.get(
                                        "setup.linked.next",
                                        waiting.size(),
                                        Markup.bold(Texts.escape(waiting.get(0).name())))))
                .action(NameLinks.choose(waiting.get(0).name()))
                .changed(Changed.PROJECTS)
                .build();
    }

    /** The names waiting to be linked, offered one at a time. */
    CommandResponse unlinked(CommandRequest request) {
        long skip = request.integer(SKIP).orElse(0L);
        if (skip < 0 || skip > 10_000) {
            throw new UserError("error.setup.skip", new OptionRef(SKIP), skip);
        }
        return NameLinks.offer(
                request.messages(), NameLinks.waiting(request.networkId(), projects, milestones), (int) skip);
    }
}
