package nl.regiotafel.commands.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneCommand;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectCommand;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateCommand;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * The demo network: the 25 projects of the domain notes (§2.4) — Zeeland's Netwerk Zorg and Zeeuwse Zorg Coalitie,
 * Noord-Holland Noord's transition projects and five regional projects from the ZN progress report — with their
 * themes, pillars, goals, KPI targets and milestones as the sources date them ({@code Q4 2021}, {@code 1-10-21},
 * {@code juli 2021}, {@code eind 2021}), and three quarters of updates (2021-Q1 to 2021-Q3). The data are in the
 * resource {@code demo/demo-network.txt} ({@link DemoData}); this class applies them.
 *
 * <p>Leaders and portfolio holders are <b>fictional</b> ({@code demo-sanne}, …): the sources name real people.
 *
 * <p>Everything goes through the real commands with the clock set to the moment it happened, so the audit log holds
 * the status and phase history a summary needs. Loading is idempotent: what exists is skipped, and nothing dated after
 * {@code clock} is loaded, so a demo started on 16 September 2021 has the updates up to then and a later start adds
 * the rest.
 *
 * <p>As of 20 September 2021 the demo has 25 projects (24 at the start of Q3: ANW-Zorg Kop started in July), of which
 * 21 running, 1 not started and 3 completed successfully; 33 milestones (4 reached in Q3, 4 still due in Q3, 14 due in
 * Q4, 3 overdue); 5 running projects without a Q3 update; 5 help requests since April.
 */
public final class DemoNetwork {

    /** The demo's data, read once from its resource file. */
    private static final DemoData DATA = DemoData.load();

    /** The demo network's display name. */
    public static final String NAME = DATA.name();

    /** Projects in the demo. */
    public static final int PROJECTS = 25;

    /** The themes of the demo projects, added to the network's themes. */
    public static final List<String> THEMES = DATA.themes();

    private static final ZoneId ZONE = NetworkDefaults.ZONE;
    private static final Invoker LOADER = new Invoker("demo-beheer", "Demo-beheer", Set.of(Role.ADMIN, Role.MEMBER));
    private static final Invoker PROGRAMME_OFFICE =
            new Invoker("demo-programmabureau", "Programmabureau ZCO", Set.of(Role.MANAGER, Role.MEMBER));

    private static final Map<String, String> LEADERS = DATA.leaders();

    /**
     * What one {@link #load} call added.
     *
     * @param projects projects added
     * @param milestones milestones added
     * @param milestonesDone milestones marked reached
     * @param updates updates posted
     */
    public record Result(int projects, int milestones, int milestonesDone, int updates) {

        public boolean nothingNew() {
            return projects + milestones + milestonesDone + updates == 0;
        }
    }

    private final String networkId;
    private final MilestoneStore milestones;
    // The loader moves this clock to each event's moment, so the real commands stamp it as then
    private final nl.regiotafel.commands.time.SettableClock time =
            nl.regiotafel.commands.time.SettableClock.stopped(Instant.EPOCH);
    private final Command projectCommand;
    private final Command milestoneCommand;
    private final Command updateCommand;
    // Through the registry, as every caller runs commands: it routes subcommands to their handlers and validates
    private final CommandRegistry registry;
    private final ProjectStore projects;
    private final LocalDate today;
    private final Instant now;
    private int projectsAdded;
    private int milestonesAdded;
    private int milestonesDone;
    private int updatesAdded;

    private DemoNetwork(
            String networkId,
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            NetworkStore networks,
            AuditStore audit,
            Clock clock) {
        this.networkId = networkId;
        this.projects = projects;
        this.milestones = milestones;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, ZONE);
        this.projectCommand = new ProjectCommand(projects, audit, time);
        this.milestoneCommand = new MilestoneCommand(milestones, projects, audit, time);
        this.updateCommand = new UpdateCommand(updates, projects, audit, time);
        this.registry =
                new CommandRegistry(List.of(projectCommand, milestoneCommand, updateCommand), List.of(), networks);
    }

    /**
     * Loads the demo into {@code networkId}, skipping what exists and what lies after {@code clock}'s now.
     *
     * @return what was added
     */
    public static Result load(
            String networkId,
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            NetworkStore networks,
            AuditStore audit,
            Clock clock) {
        prepareNetwork(networkId, networks);
        DemoNetwork demo = new DemoNetwork(networkId, projects, milestones, updates, networks, audit, clock);
        List<DemoData.Project> all = DATA.projects();
        for (DemoData.Project project : all) {
            demo.project(project);
        }
        // Updates in the order they were posted across projects, so "latest" means the same as in real use
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (DemoData.Update update : all.get(i).updates()) {
                postings.add(new Posting(all.get(i), update, postedAt(update.posted(), i)));
            }
        }
        postings.sort(java.util.Comparator.comparing(Posting::at));
        for (Posting posting : postings) {
            demo.post(posting);
        }
        return new Result(demo.projectsAdded, demo.milestonesAdded, demo.milestonesDone, demo.updatesAdded);
    }

    private static void prepareNetwork(String networkId, NetworkStore networks) {
        NetworkSettings settings = networks.get(networkId);
        Set<String> themes = new LinkedHashSet<>(settings.themes());
        themes.addAll(THEMES);
        boolean fresh = settings.version() == 0;
        if (!fresh && themes.size() == settings.themes().size()) {
            return;
        }
        // Through the builder, so every other setting (channels included) is kept as it is
        NetworkSettings.Builder next = settings.toBuilder();
        if (fresh) {
            next.name = NAME;
        }
        next.themes = List.copyOf(themes);
        networks.save(next.build());
    }

    private void project(DemoData.Project p) {
        Instant created = p.created().atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
        if (created.isAfter(now)) {
            return;
        }
        if (projects.find(networkId, p.code()).isEmpty()) {
            time.set(created);
            Map<String, Object> options = new LinkedHashMap<>();
            options.put(ProjectCommand.CODE, p.code());
            options.put(ProjectCommand.TITLE, p.name());
            options.put(ProjectCommand.REGION, p.region());
            options.put(ProjectCommand.THEME, p.theme());
            put(options, ProjectCommand.SUBREGION, p.subRegion());
            // Without a pillar the command takes the theme when it is one, else none (Data is cross-cutting)
            put(options, ProjectCommand.PILLAR, p.pillar());
            options.put(ProjectCommand.GOAL, p.goal());
            options.put(ProjectCommand.PHASE, p.phase());
            options.put(ProjectCommand.STATUS, p.status());
            if (p.leaderId() != null) {
                options.put(ProjectCommand.LEADER, new UserRef(p.leaderId(), LEADERS.get(p.leaderId())));
            }
            options.put(ProjectCommand.PORTFOLIO_HOLDERS, p.portfolioHolders());
            options.put(ProjectCommand.ORGANISATIONS, p.organisations());
            run(projectCommand, LOADER, "add", options, "demo-add-" + p.code());
            for (DemoData.Kpi kpi : p.kpis()) {
                Map<String, Object> kpiOptions = new LinkedHashMap<>();
                kpiOptions.put(ProjectCommand.PROJECT, p.code());
                kpiOptions.put(ProjectCommand.LABEL, kpi.label());
                kpiOptions.put(ProjectCommand.UNIT, kpi.unit());
                if (kpi.baseline() != null) {
                    kpiOptions.put(ProjectCommand.BASELINE, kpi.baseline());
                }
                kpiOptions.put(ProjectCommand.TARGET, kpi.target());
                run(projectCommand, LOADER, "kpi", kpiOptions, "demo-kpi-" + p.code() + "-" + kpi.label());
            }
            projectsAdded++;
        }
        for (int i = 0; i < p.milestones().size(); i++) {
            milestone(p, i + 1, p.milestones().get(i), created.plusSeconds(60L * (i + 1)));
        }
    }

    private void milestone(DemoData.Project p, int number, DemoData.Milestone m, Instant added) {
        Milestone stored = milestones.find(networkId, p.code(), number).orElse(null);
        if (stored == null) {
            time.set(added);
            Map<String, Object> options = new LinkedHashMap<>();
            options.put("project", p.code());
            options.put(MilestoneCommand.TITLE, m.title());
            options.put(MilestoneCommand.DUE, m.due());
            run(milestoneCommand, LOADER, "add", options, "demo-ms-" + p.code() + "-" + number);
            milestonesAdded++;
            stored = milestones.find(networkId, p.code(), number).orElseThrow();
        }
        if (m.doneOn() != null && !m.doneOn().isAfter(today) && stored.isOpen()) {
            Instant doneAt = m.doneOn().atTime(LocalTime.of(17, 0)).atZone(ZONE).toInstant();
            time.set(doneAt.isAfter(now) ? now : doneAt);
            Map<String, Object> options = new LinkedHashMap<>();
            options.put("project", p.code());
            options.put(MilestoneCommand.MILESTONE, Integer.toString(number));
            options.put(MilestoneCommand.DATE, m.doneOn().toString());
            run(milestoneCommand, leader(p), "done", options, "demo-done-" + p.code() + "-" + number);
            milestonesDone++;
        }
    }

    private void post(Posting posting) {
        if (posting.at().isAfter(now)
                || projects.find(networkId, posting.project().code()).isEmpty()) {
            return;
        }
        DemoData.Update u = posting.update();
        time.set(posting.at());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("project", posting.project().code());
        options.put(UpdateCommand.PERIOD, u.period());
        options.put(UpdateCommand.HEALTH, u.health());
        if (u.phase() != null) {
            options.put(UpdateCommand.PHASE, u.phase());
        }
        if (u.status() != null) {
            options.put(UpdateCommand.STATUS, u.status());
        }
        options.put(UpdateCommand.RESULTS, u.results());
        put(options, UpdateCommand.NEXT_ACTIONS, u.nextActions());
        put(options, UpdateCommand.RISKS, u.risks());
        put(options, UpdateCommand.HELP, u.help());
        put(options, UpdateCommand.KPI, u.kpis());
        CommandResponse response = run(
                updateCommand,
                leader(posting.project()),
                null,
                options,
                "demo-update-" + posting.project().code() + "-" + u.period());
        // A redelivered interaction answers with the earlier update and stores nothing
        if (!response.pages()
                .get(0)
                .text()
                .startsWith(Messages.of(Messages.DUTCH).get("update.duplicate"))) {
            updatesAdded++;
        }
    }

    private static Invoker leader(DemoData.Project p) {
        return p.leaderId() == null
                ? PROGRAMME_OFFICE
                : new Invoker(p.leaderId(), LEADERS.get(p.leaderId()), Set.of(Role.LEADER, Role.MEMBER));
    }

    private CommandResponse run(
            Command command, Invoker who, String sub, Map<String, Object> options, String interactionId) {
        CommandRequest request = new CommandRequest(
                networkId, "demo", who, Messages.DUTCH, command.spec().name(), sub, options, interactionId);
        CommandResponse response = registry.dispatch(request);
        // The demo data are ours: a refusal here is a bug in them, not a user's mistake
        if (response.tone() == Tone.ERROR || response.form() != null) {
            throw new IllegalStateException("Demo step " + request.path() + " for " + options + " failed: "
                    + (response.pages().isEmpty()
                            ? "a form"
                            : response.pages().get(0).text()));
        }
        return response;
    }

    private static void put(Map<String, Object> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }

    /** Updates of one day are posted a minute apart in project order, so the newest is well defined. */
    private static Instant postedAt(LocalDate day, int projectIndex) {
        return day.atTime(LocalTime.of(10, 0))
                .plusMinutes(projectIndex)
                .atZone(ZONE)
                .toInstant();
    }

    /** The display names of the fictional leaders, by user id. */
    public static Map<String, String> leaderNames() {
        return Map.copyOf(LEADERS);
    }

    private record Posting(DemoData.Project project, DemoData.Update update, Instant at) {}
}
