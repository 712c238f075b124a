package nl.regiotafel.commands.calendar;

import static nl.regiotafel.commands.api.OptionSpec.optional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.summary.SummaryRequests;
import nl.regiotafel.commands.summary.SummaryScope;
import nl.regiotafel.commands.summary.SummaryText;
import nl.regiotafel.commands.text.Texts;
import nl.regiotafel.commands.time.ReportingPeriod;

/**
 * An iCalendar file to import in Outlook, Google or Apple Calendar: every open milestone as an all-day event on its
 * due date ("code: title", the due date as written in the description), and the reporting deadlines of the current
 * and next period. Each event's UID is stable, so importing a newer file updates the events.
 *
 * <pre>
 * /calendar
 * /calendar region:Zeeland
 * /calendar project:tizv-glasses
 * </pre>
 */
public final class CalendarCommand implements Command {

    public static final String NAME = "calendar";

    /** The most milestones one file holds. */
    static final int MAX_MILESTONES = 5_000;

    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final Clock clock;

    public CalendarCommand(ProjectStore projects, MilestoneStore milestones, Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                NAME,
                optional(SummaryRequests.REGION, OptionType.STRING).withAutocomplete(),
                optional(Projects.OPTION, OptionType.STRING).withAutocomplete());
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Access.requireReader(request, settings);
        SummaryScope scope =
                SummaryRequests.scope(settings, request, () -> projects.list(request.networkId(), ProjectFilter.all()));
        List<Project> scoped;
        String label;
        if (request.text(Projects.OPTION).isPresent()) {
            Project project = Projects.require(projects, request);
            scoped = List.of(project);
            label = project.code();
        } else {
            scoped =
                    projects
                            .list(request.networkId(), new ProjectFilter(scope.region(), null, null, null, null, false))
                            .stream()
                            .filter(p -> scope.subRegion() == null
                                    || scope.subRegion().equalsIgnoreCase(p.subRegion()))
                            .toList();
            label = scope.label() == null ? settings.name() : scope.label();
        }
        Map<String, Project> byCode = scoped.stream().collect(Collectors.toMap(Project::code, Function.identity()));
        List<Milestone> open = byCode.isEmpty()
                ? List.of()
                : milestones.list(
                        request.networkId(),
                        scope.isWholeNetwork() && request.text(Projects.OPTION).isEmpty() ? null : byCode.keySet(),
                        true,
                        null,
                        MAX_MILESTONES);

        String network = uidPart(request.networkId());
        ICalendar calendar = new ICalendar(m.get("calendar.name", label), clock.instant());
        for (Milestone ms : open) {
            Project project = byCode.get(ms.projectCode());
            if (project == null) {
                continue;
            }
            calendar.allDay(
                    "milestone-" + uidPart(ms.projectCode()) + "-" + ms.number() + "@" + network + ".regiotafel",
                    ms.due().date(),
                    ms.projectCode() + ": " + ms.title(),
                    m.get("calendar.due", ms.due().display(m.locale())) + "\n"
                            + m.get("calendar.project", project.name()),
                    m.get("calendar.category.milestone"));
        }
        int milestoneEvents = calendar.events();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        ReportingPeriod current = settings.calendar().periodOf(today);
        for (ReportingPeriod period : List.of(current.previous(), current, current.next())) {
            LocalDate deadline = settings.calendar().deadline(period);
            // The previous period's deadline still matters while it has not passed
            if (deadline.isBefore(today)) {
                continue;
            }
            calendar.allDay(
                    "deadline-" + period.key() + "@" + network + ".regiotafel",
                    deadline,
                    m.get("calendar.deadline", period.key()),
                    m.get(
                            "calendar.deadline.description",
                            period.key(),
                            SummaryText.date(m, settings.calendar().opens(period))),
                    m.get("calendar.category.deadline"));
        }
        String file = "regiotafel-" + (request.text(Projects.OPTION).isPresent() ? label : scope.slug()) + ".ics";
        return CommandResponse.builder()
                .page(Page.of(
                        m.get("calendar.title", Texts.escape(label)),
                        m.get("calendar.text", milestoneEvents, calendar.events() - milestoneEvents, file)))
                .attachment(new Attachment(file, "text/calendar; charset=utf-8", calendar.toBytes()))
                .build();
    }

    /** Ids made safe for a UID: letters, digits, dots and hyphens. */
    static String uidPart(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        if (option.equals(Projects.OPTION)) {
            List<Suggestion> found = new ArrayList<>();
            for (Project p :
                    projects.search(request.networkId(), request.text(option).orElse(""), 25)) {
                found.add(new Suggestion(Texts.limit(p.code() + " — " + p.name(), 100), p.code()));
            }
            return found;
        }
        return SummaryRequests.suggest(request.settings(), request, option);
    }
}
