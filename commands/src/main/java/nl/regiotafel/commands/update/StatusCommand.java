package nl.regiotafel.commands.update;

import static nl.regiotafel.commands.api.OptionSpec.required;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneCards;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Projects;
import nl.regiotafel.commands.text.Texts;

/**
 * Where a project stands, on one card: goal, phase, status, health, leaders, the latest update, the next and overdue
 * milestones, KPIs against target, and the days since the last update.
 *
 * <pre>
 * /status project:tizv-glasses
 * </pre>
 */
public final class StatusCommand implements Command {

    public static final String NAME = "status";

    /** How many upcoming and overdue milestones the card shows; /milestone list has them all. */
    static final int MILESTONES_SHOWN = 5;

    private final ProjectStore projects;
    private final MilestoneStore milestones;
    private final UpdateStore updates;
    private final Clock clock;

    public StatusCommand(ProjectStore projects, MilestoneStore milestones, UpdateStore updates, Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.updates = updates;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                NAME,
                required(Projects.OPTION, OptionType.STRING).withAutocomplete(),
                nl.regiotafel.commands.api.OptionSpec.optional(
                        nl.regiotafel.commands.api.CommandRegistry.PRIVATE, OptionType.BOOLEAN));
    }

    @Override
    public CommandResponse handle(CommandRequest request) {
        Messages m = Messages.of(request.locale());
        NetworkSettings settings = request.settings();
        Access.requireReader(request, settings);
        Project project = Projects.require(projects, request);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Optional<Update> latest = updates.latest(request.networkId(), project.code());
        List<Milestone> all = milestones.ofProject(request.networkId(), project.code());
        Health health = latest.map(Update::health).orElse(project.health());

        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(
                m.get("project.goal"),
                Texts.limit(Texts.escape(project.goal() == null ? m.get("common.none") : project.goal()), 1000)));
        fields.add(Field.inline(m.get("project.phase"), m.get(project.phase().labelKey())));
        fields.add(Field.inline(m.get("project.status"), m.get(project.status().labelKey())));
        fields.add(Field.inline(
                m.get("project.health"), health == null ? m.get("common.none") : m.get(health.labelKey())));
        fields.add(Field.inline(m.get("project.leaders"), Texts.limit(ProjectCards.leaders(m, project), 1000)));
        fields.add(Field.inline(m.get("project.region"), Texts.escape(ProjectCards.region(project))));
        fields.add(Field.inline(m.get("project.theme"), Texts.escape(project.theme())));
        fields.add(Field.of(
                m.get("status.latest"),
                latest.map(u -> latestText(m, u, settings, today)).orElse(m.get("status.noUpdate"))));
        fields.add(Field.of(
                m.get("status.next"),
                milestoneLines(
                        m,
                        all.stream()
                                .filter(ms -> ms.isOpen() && !ms.isOverdue(today))
                                .toList(),
                        settings,
                        today)));
        List<Milestone> overdue = all.stream().filter(ms -> ms.isOverdue(today)).toList();
        if (!overdue.isEmpty()) {
            fields.add(Field.of(m.get("status.overdue", overdue.size()), milestoneLines(m, overdue, settings, today)));
        }
        if (!project.kpis().isEmpty()) {
            List<nl.regiotafel.commands.project.KpiTrend.Point> trend = nl.regiotafel.commands.project.KpiTrend.of(
                    updates.history(request.networkId(), project.code()), null);
            fields.add(Field.of(m.get("project.kpis"), Texts.limit(ProjectCards.kpis(m, project.kpis(), trend), 1000)));
        }
        Tone tone = health == null ? Tone.NEUTRAL : health.tone();
        return CommandResponse.builder()
                .tone(tone)
                .page(new Page(
                        ProjectCards.title(project),
                        "",
                        fields,
                        latest.map(u -> m.get(
                                        "status.daysSince",
                                        ChronoUnit.DAYS.between(
                                                LocalDate.ofInstant(u.postedAt(), settings.zone()), today)))
                                .orElse(m.get("status.neverReported"))))
                .build();
    }

    private static String latestText(Messages m, Update update, NetworkSettings settings, LocalDate today) {
        String head = m.get(
                "status.latestHead",
                Markup.date(LocalDate.ofInstant(update.postedAt(), settings.zone()), settings.zone()),
                update.period(),
                Texts.escape(update.authorName()));
        if (update.late()) {
            head += " · " + Markup.bold(m.get("update.late"));
        }
        String excerpt = UpdateCards.excerpt(update, 600);
        String help = update.helpNeeded() == null
                ? ""
                : "\n"
                        + m.get(
                                "status.help",
                                Texts.escape(Texts.limit(update.helpNeeded().replace('\n', ' '), 200)));
        return Texts.limit(head + (excerpt.isEmpty() ? "" : "\n" + excerpt) + help, 1000);
    }

    private static String milestoneLines(Messages m, List<Milestone> list, NetworkSettings settings, LocalDate today) {
        if (list.isEmpty()) {
            return m.get("common.none");
        }
        StringBuilder text = new StringBuilder();
        for (Milestone ms : list.subList(0, Math.min(MILESTONES_SHOWN, list.size()))) {
            text.append(MilestoneCards.line(m, ms, settings.zone(), today, false))
                    .append('\n');
        }
        if (list.size() > MILESTONES_SHOWN) {
            text.append(m.get("status.more", list.size() - MILESTONES_SHOWN));
        }
        return Texts.limit(text.toString().strip(), 1000);
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        return Projects.suggest(projects, request, option, p -> true);
    }
}
