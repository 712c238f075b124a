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
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneCommand;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectCommand;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.update.UpdateCommand;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * The demo network: the 25 projects of the domain notes (§2.4) — Zeeland's Netwerk Zorg and Zeeuwse Zorg Coalitie,
 * Noord-Holland Noord's transition projects and five regional projects from the ZN progress report — with their
 * themes, pillars, goals, KPI targets and milestones as the sources date them ({@code Q4 2021}, {@code 1-10-21},
 * {@code juli 2021}, {@code eind 2021}), and three quarters of updates (2021-Q1 to 2021-Q3).
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

    /** The demo network's display name. */
    public static final String NAME = "Regiotafel demo — Zeeland, Noord-Holland Noord en andere regio's";

    /** Projects in the demo. */
    public static final int PROJECTS = 25;

    /** The themes of the demo projects, added to the network's themes. */
    public static final List<String> THEMES = List.of(
            "Professionals aantrekken",
            "Professionals uit Europa halen",
            "Zorg en technologie",
            "ZomerZorg",
            "Regionaal opleiden schaarse professionals",
            "Rolontwikkeling",
            "Acute zorg",
            "Integrale ouderenzorg",
            "Digitalisering",
            "Data",
            "Personeelscapaciteit",
            "Persoonsgerichte zorg",
            "Professionals behouden",
            "Anders opleiden",
            "Nieuwe professionals aantrekken");

    private static final ZoneId ZONE = NetworkDefaults.ZONE;
    private static final Invoker LOADER = new Invoker("demo-beheer", "Demo-beheer", Set.of(Role.ADMIN, Role.MEMBER));
    private static final Invoker PROGRAMME_OFFICE =
            new Invoker("demo-programmabureau", "Programmabureau ZCO", Set.of(Role.MANAGER, Role.MEMBER));

    private static final LocalDate START = LocalDate.of(2021, 1, 4);
    private static final LocalDate Q1 = LocalDate.of(2021, 3, 22);
    private static final LocalDate Q2 = LocalDate.of(2021, 6, 21);
    private static final LocalDate Q3 = LocalDate.of(2021, 9, 13);

    private static final Map<String, String> LEADERS = leaders();

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
    private final ProjectStore projects;
    private final LocalDate today;
    private final Instant now;
    private int projectsAdded;
    private final NetworkStore networks;
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
        this.projectCommand = new ProjectCommand(projects, networks, audit, time);
        this.milestoneCommand = new MilestoneCommand(milestones, projects, networks, audit, time);
        this.updateCommand = new UpdateCommand(updates, projects, audit, time);
        this.networks = networks;
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
        List<DemoProject> all = projects();
        for (DemoProject project : all) {
            demo.project(project);
        }
        // Updates in the order they were posted across projects, so "latest" means the same as in real use
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (DemoUpdate update : all.get(i).updates()) {
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

    private void project(DemoProject p) {
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
            options.put(ProjectCommand.PHASE, p.phase().slug());
            options.put(ProjectCommand.STATUS, p.status().slug());
            if (p.leaderId() != null) {
                options.put(ProjectCommand.LEADER, new UserRef(p.leaderId(), LEADERS.get(p.leaderId())));
            }
            options.put(ProjectCommand.PORTFOLIO_HOLDERS, p.portfolioHolders());
            options.put(ProjectCommand.ORGANISATIONS, p.organisations());
            run(projectCommand, LOADER, "add", options, "demo-add-" + p.code());
            for (DemoKpi kpi : p.kpis()) {
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

    private void milestone(DemoProject p, int number, DemoMilestone m, Instant added) {
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
        DemoUpdate u = posting.update();
        time.set(posting.at());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("project", posting.project().code());
        options.put(UpdateCommand.PERIOD, u.period());
        options.put(UpdateCommand.HEALTH, u.health().slug());
        if (u.phase() != null) {
            options.put(UpdateCommand.PHASE, u.phase().slug());
        }
        if (u.status() != null) {
            options.put(UpdateCommand.STATUS, u.status().slug());
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

    private static Invoker leader(DemoProject p) {
        return p.leaderId() == null
                ? PROGRAMME_OFFICE
                : new Invoker(p.leaderId(), LEADERS.get(p.leaderId()), Set.of(Role.LEADER, Role.MEMBER));
    }

    private CommandResponse run(
            Command command, Invoker who, String sub, Map<String, Object> options, String interactionId) {
        CommandRequest request = new CommandRequest(
                        networkId, "demo", who, Messages.DUTCH, command.spec().name(), sub, options, interactionId)
                .in(nl.regiotafel.commands.api.NetworkContext.reading(() -> networks.get(networkId)));
        try {
            CommandResponse response = command.handle(request);
            if (response.tone() == Tone.ERROR || response.form() != null) {
                throw new IllegalStateException("Demo step " + request.path() + " for " + options + " failed: "
                        + response.pages().get(0).text());
            }
            return response;
        } catch (UserError e) {
            // The demo data are ours: a refusal here is a bug in them, not a user's mistake
            throw new IllegalStateException(
                    "Demo step " + request.path() + " " + options + " was refused: " + e.key(), e);
        }
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

    // ------------------------------------------------------------------ the data

    private static Map<String, String> leaders() {
        Map<String, String> leaders = new LinkedHashMap<>();
        leaders.put("demo-sanne", "Sanne de Wit");
        leaders.put("demo-daan", "Daan Verhoeven");
        leaders.put("demo-fleur", "Fleur Bakker");
        leaders.put("demo-joris", "Joris van Dam");
        leaders.put("demo-noor", "Noor El Amrani");
        leaders.put("demo-bram", "Bram Koster");
        leaders.put("demo-eva", "Eva Mulder");
        leaders.put("demo-lucas", "Lucas Hendriks");
        leaders.put("demo-iris", "Iris Smit");
        leaders.put("demo-thijs", "Thijs de Graaf");
        leaders.put("demo-anouk", "Anouk Peeters");
        leaders.put("demo-mila", "Mila Jansen");
        leaders.put("demo-lotte", "Lotte Willems");
        leaders.put("demo-sem", "Sem Brouwer");
        leaders.put("demo-yara", "Yara Bos");
        leaders.put("demo-ruben", "Ruben Kramer");
        leaders.put("demo-fatima", "Fatima Bouzid");
        return leaders;
    }

    /** The display names of the fictional leaders, by user id. */
    public static Map<String, String> leaderNames() {
        return Map.copyOf(LEADERS);
    }

    private record DemoProject(
            String code,
            String name,
            String region,
            String subRegion,
            String theme,
            String pillar,
            String goal,
            Phase phase,
            ProjectStatus status,
            String leaderId,
            String portfolioHolders,
            String organisations,
            LocalDate created,
            List<DemoKpi> kpis,
            List<DemoMilestone> milestones,
            List<DemoUpdate> updates) {}

    private record DemoKpi(String label, String unit, Double baseline, Double target) {}

    private record DemoMilestone(String title, String due, LocalDate doneOn) {}

    private record DemoUpdate(
            String period,
            LocalDate posted,
            Health health,
            Phase phase,
            ProjectStatus status,
            String results,
            String nextActions,
            String risks,
            String help,
            String kpis) {}

    private record Posting(DemoProject project, DemoUpdate update, Instant at) {}

    private static DemoKpi kpi(String label, String unit, Double baseline, double target) {
        return new DemoKpi(label, unit, baseline, target);
    }

    private static DemoMilestone open(String title, String due) {
        return new DemoMilestone(title, due, null);
    }

    private static DemoMilestone done(String title, String due, LocalDate doneOn) {
        return new DemoMilestone(title, due, doneOn);
    }

    private static DemoUpdate q1(Health health, String results, String next) {
        return new DemoUpdate("2021-Q1", Q1, health, null, null, results, next, null, null, null);
    }

    private static DemoUpdate q2(Health health, String results, String next) {
        return new DemoUpdate("2021-Q2", Q2, health, null, null, results, next, null, null, null);
    }

    private static DemoUpdate q3(Health health, String results, String next) {
        return new DemoUpdate("2021-Q3", Q3, health, null, null, results, next, null, null, null);
    }

    private static DemoUpdate with(
            DemoUpdate u, Phase phase, ProjectStatus status, String risks, String help, String kpis) {
        return new DemoUpdate(
                u.period(), u.posted(), u.health(), phase, status, u.results(), u.nextActions(), risks, help, kpis);
    }

    private static DemoUpdate kpis(DemoUpdate u, String kpis) {
        return with(u, u.phase(), u.status(), u.risks(), u.help(), kpis);
    }

    private static List<DemoProject> projects() {
        Health ok = Health.OP_SCHEMA;
        Health attention = Health.AANDACHT;
        Health delayed = Health.VERTRAAGD;
        List<DemoProject> list = new ArrayList<>();
        list.add(new DemoProject(
                "tizv-academici",
                "Professionals aantrekken (academici)",
                "Zeeland",
                null,
                "Professionals aantrekken",
                "Instroom",
                "Academici (artsen, psychologen) duurzaam naar Zeeland halen en hier houden.",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-sanne",
                "M. Jacobs",
                "SVRZ, Provincie Zeeland, Huisartsen Zeeland",
                START,
                List.of(kpi("Artsen/psychologen gevestigd in Zeeland", "personen", null, 15)),
                List.of(
                        done("Summerschool Healthy Aging at Sea", "zomer 2021", LocalDate.of(2021, 8, 27)),
                        open("Digitaal expatcentrum ingericht", "eind 2021")),
                List.of(
                        kpis(
                                q1(ok, "Wervingscampagne gestart; 2 artsen gevestigd.", "Summerschool voorbereiden."),
                                "Artsen/psychologen gevestigd in Zeeland=2"),
                        kpis(
                                q2(
                                        ok,
                                        "4 artsen en psychologen gevestigd; programma Summerschool rond.",
                                        "Summerschool in augustus."),
                                "Artsen/psychologen gevestigd in Zeeland=4"),
                        kpis(
                                q3(
                                        ok,
                                        "Summerschool Healthy Aging at Sea gehouden met 28 deelnemers; 6 gevestigd.",
                                        "Digitaal expatcentrum inrichten."),
                                "Artsen/psychologen gevestigd in Zeeland=6"))));
        list.add(new DemoProject(
                "tizv-europa",
                "Professionals uit Europa halen",
                "Zeeland",
                null,
                "Professionals uit Europa halen",
                "Instroom",
                "Verpleegkundigen uit het buitenland werven als nieuwe Zeeuwen, die minstens drie jaar blijven.",
                Phase.PLAN_VAN_AANPAK,
                ProjectStatus.NOG_NIET_GESTART,
                "demo-daan",
                "P. de Lange",
                "SVRZ, Viazorg",
                START,
                List.of(kpi("Verpleegkundigen uit het buitenland", "personen", null, 11)),
                List.of(open("Draaiboek 'Werven in het buitenland'", "Q4 2021")),
                List.of(
                        q1(ok, "Plan van aanpak geschreven.", "Bestuurlijk akkoord vragen."),
                        with(
                                q2(
                                        ok,
                                        "Gestart; eerste gesprekken met kandidaten in Spanje en Portugal.",
                                        "Taalcursus inkopen."),
                                Phase.UITVOERING,
                                ProjectStatus.LOPEND,
                                null,
                                null,
                                "Verpleegkundigen uit het buitenland=1"),
                        with(
                                q3(
                                        attention,
                                        "4 verpleegkundigen gestart met taalcursus en inwerkprogramma.",
                                        "Draaiboek schrijven."),
                                null,
                                null,
                                "Huisvesting is schaars.",
                                "Contacten met wervingsbureaus in Zuid-Europa",
                                "Verpleegkundigen uit het buitenland=4"))));
        list.add(new DemoProject(
                "tizv-glasses",
                "Pilot Smart Glasses",
                "Zeeland",
                null,
                "Zorg en technologie",
                "Arbeidsbesparing",
                "Zorgmedewerkers op afstand laten ondersteunen door schaarse experts; een betere verhouding cliënt/medewerker.",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-fleur",
                "M. Jacobs",
                "SVRZ, Viazorg, Erasmus MC",
                START,
                List.of(
                        kpi("Deelnemende organisaties", "organisaties", null, 7),
                        kpi("Use cases onderzocht", "use cases", null, 4)),
                List.of(
                        done("Tussenevaluatie", "Q1 2021", LocalDate.of(2021, 3, 25)),
                        done("Eindevaluatie", "juli 2021", LocalDate.of(2021, 7, 20))),
                List.of(
                        kpis(
                                q1(
                                        ok,
                                        "Tussenevaluatie afgerond; 5 organisaties gebruiken de bril.",
                                        "Twee organisaties aansluiten."),
                                "Deelnemende organisaties=5; Use cases onderzocht=2"),
                        kpis(
                                q2(
                                        ok,
                                        "7 organisaties doen mee; Erasmus MC onderzoekt 4 use cases.",
                                        "Eindevaluatie in juli."),
                                "Deelnemende organisaties=7; Use cases onderzocht=3"),
                        with(
                                q3(
                                        ok,
                                        "Eindevaluatie opgeleverd: positief; de bril wordt regulier ingezet.",
                                        "Borging in de reguliere werkwijze."),
                                Phase.BORGING,
                                ProjectStatus.AFGEROND_SUCCESVOL,
                                null,
                                null,
                                "Deelnemende organisaties=7; Use cases onderzocht=4"))));
        list.add(new DemoProject(
                "tizv-zzc",
                "Zeeuwse Zorgcentrale",
                "Zeeland",
                null,
                "Zorg en technologie",
                "Ketensamenwerking",
                "24/7 centrale triage, expertise en zorg op afstand, zodat de ANW-diensten minder belast worden.",
                Phase.ONTWERP,
                ProjectStatus.LOPEND,
                "demo-joris",
                "P. de Lange",
                "Zeeuwse Zorgcentrale, SVRZ",
                START,
                List.of(),
                List.of(
                        done("Business case zorg op afstand", "Q2 2021", LocalDate.of(2021, 6, 28)),
                        open("Evaluatie pilot zorg op afstand", "Q4 2021")),
                List.of(
                        q1(ok, "Business case in de maak.", "Business case afronden."),
                        q2(ok, "Business case vastgesteld; pilot zorg op afstand voorbereid.", "Pilot starten."),
                        q3(
                                ok,
                                "Pilot zorg op afstand loopt bij twee locaties.",
                                "Evaluatie drie maanden na de start."))));
        list.add(new DemoProject(
                "tizv-zomerzorg",
                "ZomerZorg",
                "Zeeland",
                null,
                "ZomerZorg",
                "Instroom",
                "De werkdruk in de zomer verlichten en mensen interesseren voor werken in Zeeland.",
                Phase.REALISATIE,
                ProjectStatus.LOPEND,
                "demo-noor",
                "M. Jacobs",
                "SVRZ, Viazorg, Huisartsen Zeeland",
                START,
                List.of(),
                List.of(done("Implementatie ZomerZorg", "zomer 2021", LocalDate.of(2021, 6, 30))),
                List.of(
                        q1(ok, "Campagnes voor academici en studenten voorbereid.", "Website live zetten."),
                        q2(
                                ok,
                                "ZomerZorg is gestart; website zomerzorgzeeland is live.",
                                "Eerste zomerkrachten begeleiden."),
                        q3(ok, "35 zomerkrachten ingezet; 3 overwegen te blijven.", "Evaluatie van de zomer."))));
        list.add(new DemoProject(
                "tizv-opleiden",
                "Regionaal opleiden schaarse professionals",
                "Zeeland",
                null,
                "Regionaal opleiden schaarse professionals",
                "Instroom",
                "Een regionaal opleidingsplan voor SO, PA, VS en PO.",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-bram",
                "P. de Lange",
                "SVRZ, Erasmus MC",
                START,
                List.of(kpi("Opleidingsplaatsen SO", "plaatsen", 2.0, 6)),
                List.of(open("Haalbaarheidsonderzoek verplichte co-schappen", "Q3 2021")),
                List.of(
                        kpis(
                                q1(ok, "5 SO's in opleiding.", "Afstudeeropdrachten beschrijven."),
                                "Opleidingsplaatsen SO=6"),
                        q2(ok, "Twee afstudeeropdrachten zijn beschreven.", "Haalbaarheidsonderzoek co-schappen."),
                        q3(
                                attention,
                                "Haalbaarheidsonderzoek loopt; opleiders zijn moeilijk vrij te maken.",
                                "Onderzoek afronden."))));
        list.add(new DemoProject(
                "tizv-rol",
                "Rolontwikkeling",
                "Zeeland",
                null,
                "Rolontwikkeling",
                "Behoud",
                "Taken herverdelen van verzorgenden naar SOG, met nieuwe rollen voor verpleegkundigen.",
                Phase.BESTUURLIJK_AKKOORD,
                ProjectStatus.LOPEND,
                "demo-eva",
                "M. Jacobs",
                "SVRZ, Viazorg",
                START,
                List.of(),
                List.of(
                        done("Informatieverzameling gereed", "Q1 2021", LocalDate.of(2021, 3, 30)),
                        open("Bestuursbesluit implementatieplan", "juli 2021")),
                List.of(
                        q1(ok, "Informatie verzameld bij alle VVT-organisaties.", "Implementatieplan schrijven."),
                        with(
                                q2(ok, "Implementatieplan in concept; werkgroep gestart.", "Bestuursbesluit in juli."),
                                Phase.UITVOERING,
                                null,
                                null,
                                null,
                                null),
                        with(
                                q3(
                                        delayed,
                                        "Bestuursbesluit uitgesteld tot na de zomer.",
                                        "Besluit agenderen in oktober."),
                                null,
                                null,
                                "Zonder besluit geen invoering in 2021.",
                                "Besluit van de bestuurders over het implementatieplan",
                                null))));
        list.add(new DemoProject(
                "zco-acute",
                "Integrale keten acute zorg",
                "Zeeland",
                null,
                "Acute zorg",
                "Ketensamenwerking",
                "24/7 de best passende acute zorg, op de juiste plek en op het juiste moment.",
                Phase.ONTWERP,
                ProjectStatus.LOPEND,
                "demo-lucas",
                "R. Hoekstra, n.t.b.",
                "Ziekenhuis Zeeland, Huisartsen Zeeland, Zorgkantoor CZ",
                START,
                List.of(),
                List.of(open("Integraal ontwerp acute zorg", "Q4 2021")),
                List.of(
                        q1(ok, "Werkgroep met betrokkenen uit het veld gestart.", "Knelpunten in kaart brengen."),
                        q2(ok, "Knelpuntenanalyse in maart opgeleverd.", "Ontwerp uitwerken."),
                        q3(ok, "Eerste schetsen van het integraal ontwerp besproken.", "Ontwerp opleveren in Q4."))));
        list.add(new DemoProject(
                "zco-psychiatrie",
                "Acute psychiatrie",
                "Zeeland",
                null,
                "Acute zorg",
                "Ketensamenwerking",
                "Een geïntegreerde keten voor acute psychiatrie.",
                Phase.ONTWERP,
                ProjectStatus.LOPEND,
                "demo-iris",
                "R. Hoekstra",
                "GGZ Zeeland, Ziekenhuis Zeeland",
                START,
                List.of(),
                List.of(open("Realisatie 1 pool psychiaters", "1-10-21")),
                List.of(
                        q1(ok, "Ontwerp in de eerste helft van 2021.", "Ontwerp afronden."),
                        q2(ok, "Ontwerp gereed.", "Pool inrichten."),
                        with(
                                q3(ok, "Pool van psychiaters ingericht; roosters rond.", "Start pool op 1 oktober."),
                                Phase.REALISATIE,
                                null,
                                null,
                                null,
                                null))));
        list.add(new DemoProject(
                "zco-bedden",
                "Coördinatie bedden",
                "Zeeland",
                null,
                "Integrale ouderenzorg",
                "Ketensamenwerking",
                "Eén Zeeuws coördinatiepunt, met één telefoonnummer, voor crisis- en plaatsingsbedden.",
                Phase.PLAN_VAN_AANPAK,
                ProjectStatus.LOPEND,
                "demo-thijs",
                "A. Vermeulen",
                "SVRZ, Ziekenhuis Zeeland, Huisartsen Zeeland",
                START,
                List.of(),
                List.of(open("Gereed voor ouderenzorg crisisbedden", "eind 2021")),
                List.of(
                        q1(ok, "Plan van aanpak in concept.", "Gesprek met SO's inplannen."),
                        q2(attention, "Gesprek met SO's over triage wordt ingepland.", "Triage afspreken."))));
        list.add(new DemoProject(
                "zco-platform",
                "Digitaal Zorgplatform Zeeland",
                "Zeeland",
                null,
                "Digitalisering",
                "Arbeidsbesparing",
                "Eén digitaal platform voor inwoners en professionals.",
                Phase.PLAN_VAN_AANPAK,
                ProjectStatus.NOG_NIET_GESTART,
                "demo-anouk",
                "n.t.b.",
                "Ziekenhuis Zeeland, GGZ Zeeland, Gemeenten Zeeland",
                START,
                List.of(),
                List.of(
                        open("PID en inventarisatie use cases", "juli 2021"),
                        open("Pilots met 2-3 use cases", "Q4 2021")),
                List.of(
                        q1(attention, "Nog niet gestart: kwartiermaker gezocht.", "Kwartiermaker aanstellen."),
                        q2(attention, "Kwartiermaker aangesteld.", "PID in juli."),
                        with(
                                q3(delayed, "Gestart; PID loopt vertraging op.", "PID afronden, use cases kiezen."),
                                Phase.BESTUURLIJK_AKKOORD,
                                ProjectStatus.LOPEND,
                                "Architectuurkeuzes nog onzeker.",
                                "Capaciteit van een ICT-architect",
                                null))));
        list.add(new DemoProject(
                "zco-data",
                "Data en lange termijn agenda",
                "Zeeland",
                null,
                "Data",
                null,
                "Sectoroverstijgend de impact monitoren (PDCA).",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-mila",
                "A. Vermeulen",
                "Zorgkantoor CZ, Gemeenten Zeeland",
                START,
                List.of(),
                List.of(
                        open("Eerste analyse MPC", "september 2021"),
                        open("Regiobeeld", "oktober 2021"),
                        open("Monitoringsinstrument", "Q4 2021")),
                List.of(
                        q1(ok, "Databronnen geïnventariseerd.", "Afspraken over gegevensdeling."),
                        q2(ok, "Afspraken over gegevensdeling getekend.", "Eerste analyse vanaf september."),
                        q3(ok, "Eerste MPC-analyse in bewerking.", "Regiobeeld in oktober."))));
        list.add(new DemoProject(
                "zco-rsop",
                "RSOP / vernieuwing onderwijs",
                "Zeeland",
                null,
                "Personeelscapaciteit",
                "Instroom",
                "Een regionaal strategisch opleidingsplan onder het Deltaplan Arbeidsmarktbeleid.",
                Phase.ONTWERP,
                ProjectStatus.LOPEND,
                null,
                "n.t.b.",
                "Viazorg, ROC Zeeland",
                START,
                List.of(),
                List.of(open("Oplevering RSOP", "december 2021")),
                List.of(
                        q1(ok, "Vier programmalijnen vastgesteld.", "Projectleider werven."),
                        q2(ok, "Projectleider nog te werven; programmabureau trekt het.", "Concept-RSOP."),
                        q3(ok, "Concept-RSOP besproken met de onderwijspartners.", "Oplevering in december."))));
        list.add(new DemoProject(
                "nhn-welslagen",
                "WelSlagen Den Helder",
                "Noord-Holland Noord",
                "Den Helder",
                "Instroom",
                "Instroom",
                "Mensen in de bijstand naar een betaalde BBL-leerbaan (Verzorgende IG/MZ) met baangarantie.",
                Phase.REALISATIE,
                ProjectStatus.LOPEND,
                "demo-lotte",
                "K. Dekker",
                "ROC Kop, Gemeente Den Helder, Omring",
                START,
                List.of(kpi("Deelnemers eerste cohort", "personen", null, 24)),
                List.of(
                        done("Eerste cohort afgerond", "Q2 2021", LocalDate.of(2021, 6, 18)),
                        open("Herstart tweede cohort", "2022")),
                List.of(
                        kpis(
                                q1(ok, "24 deelnemers in het eerste cohort.", "Afronding in juni."),
                                "Deelnemers eerste cohort=24"),
                        with(
                                q2(
                                        ok,
                                        "Eerste cohort afgerond; de meesten kregen een contract.",
                                        "Herstart volgend jaar."),
                                Phase.BORGING,
                                ProjectStatus.AFGEROND_SUCCESVOL,
                                null,
                                null,
                                null))));
        list.add(new DemoProject(
                "nhn-fieldlab",
                "Fieldlab opleiding dementiezorg",
                "Noord-Holland Noord",
                null,
                "Instroom",
                "Instroom",
                "Een nieuwe opleiding voor verzorgenden in de dementiezorg, ook voor zij-instromers.",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-sem",
                "K. Dekker",
                "WarmThuis, WZG Samen, ROC Horizon, ROC Kop",
                START,
                List.of(),
                List.of(open("Eerste lichting zij-instromers gestart", "H2 2021")),
                List.of(
                        q1(ok, "Opleiding ontworpen met de ROC's.", "Werving zij-instromers."),
                        q2(ok, "Werving gestart.", "Start eerste lichting."))));
        list.add(new DemoProject(
                "nhn-lwwl",
                "Leren is Werken, Werken is Leren (LWWL)",
                "Noord-Holland Noord",
                null,
                "Behoud",
                "Behoud",
                "Een goed leer-werkklimaat en meer leerlingen in de regio.",
                Phase.REALISATIE,
                ProjectStatus.LOPEND,
                "demo-yara",
                "K. Dekker, S. Bakker",
                "Zorgcirkel, Omring, Evean",
                START,
                List.of(kpi("Extra leerlingen", "personen", null, 225)),
                List.of(open("Programmalijn 2 vastgesteld", "eind 2021")),
                List.of(
                        kpis(
                                q1(ok, "12 organisaties en 16 initiatieven aangesloten.", "Leerklimaat meten."),
                                "Extra leerlingen=60"),
                        kpis(q2(ok, "Leerklimaatmeting gedaan.", "Resultaten delen."), "Extra leerlingen=100"),
                        kpis(
                                q3(ok, "140 extra leerlingen gestart.", "Programmalijn 2022 voorbereiden."),
                                "Extra leerlingen=140"))));
        list.add(new DemoProject(
                "nhn-talent",
                "Talent Academy Westfriesland",
                "Noord-Holland Noord",
                "West-Friesland",
                "Behoud",
                "Behoud",
                "Regionaal hoger onderwijs voor de eigen medewerkers.",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-ruben",
                "S. Bakker",
                "Omring, Magentazorg",
                START,
                List.of(kpi("Medewerkers in hbo-V flextraject", "personen", null, 33)),
                List.of(done("Tweede editie post-hbo gestart", "september 2021", LocalDate.of(2021, 9, 6))),
                List.of(
                        kpis(
                                q1(ok, "Eerste editie post-hbo afgerond.", "Tweede editie over een langere periode."),
                                "Medewerkers in hbo-V flextraject=25"),
                        q2(ok, "Tweede editie gepland.", "Start in september."),
                        kpis(
                                q3(
                                        ok,
                                        "Tweede editie gestart; 33 medewerkers in het flextraject.",
                                        "Tussentijdse evaluatie."),
                                "Medewerkers in hbo-V flextraject=33"))));
        list.add(new DemoProject(
                "nhn-toolkit",
                "Toolkit technologie (pilot Heiloo)",
                "Noord-Holland Noord",
                "Heiloo",
                "Arbeidsbesparing",
                "Arbeidsbesparing",
                "Technologie in de thuiszorg: beeldzorg, medicijndispenser, sensoren en een dagstructuurrobot.",
                Phase.REALISATIE,
                ProjectStatus.LOPEND,
                "demo-sanne",
                "S. Bakker",
                "Zorgcirkel, Evean, Viva!, Omring",
                START,
                List.of(),
                List.of(open("Zorgtechnologie Game (5 weken)", "Q3 2021")),
                List.of(
                        q1(ok, "Pilot verlengd voor dit jaar.", "Slimme bril toevoegen."),
                        q2(ok, "Slimme bril toegevoegd aan de toolkit.", "Zorgtechnologie Game."),
                        q3(
                                attention,
                                "Zorgtechnologie Game loopt; deelname lager dan gehoopt.",
                                "Teams actief benaderen."))));
        list.add(new DemoProject(
                "nhn-etrs",
                "Selectietraject eTRS NH Noord",
                "Noord-Holland Noord",
                null,
                "Arbeidsbesparing",
                "Arbeidsbesparing",
                "Eén (hooguit twee) elektronische toedienregistratiesystemen voor de regio.",
                Phase.BESTUURLIJK_AKKOORD,
                ProjectStatus.LOPEND,
                "demo-daan",
                "K. Dekker",
                "Omring, Zorgcirkel, Sigra",
                START,
                List.of(),
                List.of(open("Contract en SLA via Sigra", "1-7-21")),
                List.of(
                        q1(ok, "Leverancier gekozen.", "Contract via Sigra."),
                        with(
                                q2(delayed, "Onderhandeling over de SLA duurt langer.", "Contract tekenen."),
                                null,
                                null,
                                "Betalen per gebruik nog niet geregeld.",
                                "Juridisch advies over de SLA",
                                null))));
        list.add(new DemoProject(
                "nhn-anw",
                "ANW-Zorg Kop",
                "Noord-Holland Noord",
                "Kop van Noord-Holland",
                "Ketensamenwerking",
                "Ketensamenwerking",
                "Samen toekomstbestendige avond-, nacht- en weekendzorg, met gedeelde triage.",
                Phase.PLAN_VAN_AANPAK,
                ProjectStatus.NOG_NIET_GESTART,
                "demo-lotte",
                "n.t.b.",
                "HKN, Omring, Samen, NZW",
                LocalDate.of(2021, 7, 12),
                List.of(),
                List.of(open("Afspraken over gedeelde triage", "Q1 2022")),
                List.of()));
        list.add(new DemoProject(
                "ams-vpt",
                "Verpleeghuis Thuis",
                "Groot Amsterdam",
                null,
                "Persoonsgerichte zorg",
                "Ketensamenwerking",
                "Wlz-zorg thuis met een ongeclusterd VPT.",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-fatima",
                "H. Kok",
                "Zorgkantoor Amsterdam, VVT Amsterdam",
                START,
                List.of(kpi("Cliënten met VPT thuis", "cliënten", 100.0, 250)),
                List.of(open("200 cliënten met VPT thuis", "eind 2021")),
                List.of(
                        kpis(
                                q1(ok, "120 cliënten met VPT thuis.", "Tevredenheid meten."),
                                "Cliënten met VPT thuis=120"),
                        kpis(
                                q2(ok, "Tevredenheid van cliënten en medewerkers gemeten: goed.", "Groei doorzetten."),
                                "Cliënten met VPT thuis=140"),
                        kpis(
                                q3(ok, "160 cliënten met VPT thuis.", "Doorgroei naar 200."),
                                "Cliënten met VPT thuis=160"))));
        list.add(new DemoProject(
                "arn-verzuim",
                "Anders omgaan met verzuim",
                "Arnhem",
                "Food Valley",
                "Professionals behouden",
                "Behoud",
                "Het ziekteverzuim terugbrengen naar het sectorgemiddelde.",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-thijs",
                "H. Kok",
                "VVT Food Valley, VVT Arnhem",
                START,
                List.of(kpi("Ziekteverzuim", "%", null, 6)),
                List.of(open("Verzuim op sectorgemiddelde", "2021")),
                List.of(
                        kpis(q1(ok, "Verzuimaanpak afgesproken.", "Leidinggevenden trainen."), "Ziekteverzuim=7.8"),
                        with(
                                q2(
                                        attention,
                                        "Training leidinggevenden gestart; verzuim daalt langzaam.",
                                        "Cijfers vergelijken."),
                                null,
                                null,
                                null,
                                "Verzuimcijfers van alle deelnemers",
                                "Ziekteverzuim=7.2"))));
        list.add(new DemoProject(
                "mbr-teamreflectie",
                "Teamreflectie",
                "Midden-Brabant",
                null,
                "Professionals behouden",
                "Behoud",
                "Coronastress bespreekbaar maken in zorgteams, naar de methode van Defensie.",
                Phase.REALISATIE,
                ProjectStatus.LOPEND,
                "demo-iris",
                "H. Kok",
                "VVT Midden-Brabant",
                START,
                List.of(),
                List.of(done("Eindevaluatie pilot teamreflectie", "Q3 2021", LocalDate.of(2021, 9, 10))),
                List.of(
                        q1(ok, "Ongeveer 100 teams deden mee.", "Evaluatie voorbereiden."),
                        q2(ok, "Teams waarderen de reflectie met 8,0 tot 9,1.", "Eindevaluatie."),
                        with(
                                q3(
                                        ok,
                                        "Eindevaluatie afgerond; de methode wordt regulier aangeboden.",
                                        "Delen met andere regio's."),
                                Phase.BORGING,
                                ProjectStatus.AFGEROND_SUCCESVOL,
                                null,
                                null,
                                null))));
        list.add(new DemoProject(
                "utr-rein",
                "Leerplatform REIN",
                "Utrecht",
                null,
                "Anders opleiden",
                "Behoud",
                "Een gedeeld digitaal leerplatform voor de zorgorganisaties in de regio.",
                Phase.REALISATIE,
                ProjectStatus.LOPEND,
                "demo-eva",
                "H. Kok",
                "VVT Utrecht",
                START,
                List.of(kpi("Aangesloten organisaties", "organisaties", null, 42)),
                List.of(open("Zelfstandige financiering REIN", "1 januari 2022")),
                List.of(
                        kpis(
                                q1(ok, "12 organisaties aangesloten.", "Aanbod uitbreiden."),
                                "Aangesloten organisaties=12"),
                        kpis(
                                q2(ok, "14 organisaties aangesloten.", "Governance na 2021 regelen."),
                                "Aangesloten organisaties=14"),
                        kpis(
                                q3(ok, "16 van de 42 organisaties aangesloten.", "Financiering vanaf 2022 rond maken."),
                                "Aangesloten organisaties=16"))));
        list.add(new DemoProject(
                "arn-nieuwkomers",
                "Nieuwkomers",
                "Arnhem",
                "Food Valley",
                "Nieuwe professionals aantrekken",
                "Instroom",
                "Nieuwkomers (voormalige statushouders) helpen een baan in de zorg te vinden.",
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                "demo-fleur",
                "H. Kok",
                "VVT Food Valley, VVT Arnhem, Gemeente Ede",
                START,
                List.of(kpi("Nieuwkomers in eerste groep", "personen", null, 17)),
                List.of(open("Tweede groep nieuwkomers gestart", "september 2021")),
                List.of(
                        kpis(
                                q1(ok, "17 nieuwkomers in de eerste groep.", "Taalcoaching."),
                                "Nieuwkomers in eerste groep=17"),
                        q2(ok, "Eerste groep werkt in de zorg.", "Tweede groep werven."),
                        q3(ok, "Werving tweede groep loopt.", "Start tweede groep."))));
        return list;
    }
}
