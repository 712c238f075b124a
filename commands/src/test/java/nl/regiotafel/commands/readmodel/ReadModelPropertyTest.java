package nl.regiotafel.commands.readmodel;

import static nl.regiotafel.commands.testing.TestRequests.ADMIN;
import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.privacy.RetentionSweep;
import nl.regiotafel.commands.round.RoundCloser;
import nl.regiotafel.commands.round.RoundSnapshot;
import nl.regiotafel.commands.round.RoundStore;
import nl.regiotafel.commands.testing.Bare;
import nl.regiotafel.commands.testing.CommandTest;
import nl.regiotafel.commands.testing.TestClock;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.testing.Wired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of every kind of write — projects added, edited, archived, KPIs, milestones added, reached, moved,
 * snoozed and removed, updates and edits of updates, imports, setup changes, rounds closed and revised, erasure and
 * the retention sweep — with reads in between, through the command registry of the whole bot. After each step the
 * model the bot kept by applying its own writes must equal a model freshly loaded from the store, and every round
 * snapshot it holds must equal the stored one.
 */
@CommandTest
final class ReadModelPropertyTest {

    private static final int STEPS = 60;

    @Wired
    CommandRegistry registry;

    @Wired
    ReadModel model;

    @Wired
    TestClock clock;

    @Wired
    RoundCloser closer;

    @Wired
    RetentionSweep retention;

    @Wired
    @Bare
    RoundStore storedRounds;

    private TestRequests bot;
    private Random random;
    private final List<String> codes = new ArrayList<>();
    private int imports;
    private final Map<String, Integer> succeeded = new java.util.TreeMap<>();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20211001})
    void theModelKeptByWritesEqualsAFreshlyLoadedOneAfterEveryStep(long seed) {
        // GIVEN a new network on 1 September 2021 with two projects
        bot = new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.ENGLISH);
        random = new Random(seed);
        clock.set(Instant.parse("2021-09-01T08:00:00Z"));
        addProject();
        addProject();
        List<String> trace = new ArrayList<>();

        for (int step = 0; step < STEPS; step++) {
            // WHEN a random write (or read) is made
            String done = randomStep();
            trace.add(done);

            // THEN the kept model is the stored state
            assertCoherent("seed " + seed + ", after " + trace);
        }

        // AND the sequence really wrote: the common writes succeeded
        assertThat(succeeded)
                .as("commands that succeeded")
                .containsKeys("project add", "project edit", "milestone add", "update", "import");
    }

    private String randomStep() {
        int pick = random.nextInt(100);
        if (pick < 8) {
            addProject();
            return "project add";
        } else if (pick < 16) {
            String[] statuses = {"lopend", "nog-niet-gestart", "afgerond-succesvol", "vroegtijdig-gestopt"};
            run(
                    MANAGER,
                    "project",
                    "edit",
                    "project",
                    code(),
                    "status",
                    statuses[random.nextInt(statuses.length)],
                    "phase",
                    random.nextBoolean() ? "uitvoering" : "plan-van-aanpak");
            return "project edit";
        } else if (pick < 21) {
            run(
                    LEADER,
                    "project",
                    "kpi",
                    "project",
                    code(),
                    "label",
                    "Deelnemers",
                    "unit",
                    "personen",
                    "target",
                    (double) random.nextInt(100),
                    "actual",
                    (double) random.nextInt(100));
            return "project kpi";
        } else if (pick < 24) {
            run(MANAGER, "project", "archive", "project", code());
            return "project archive";
        } else if (pick < 34) {
            run(
                    LEADER,
                    "milestone",
                    "add",
                    "project",
                    code(),
                    "title",
                    "Mijlpaal " + random.nextInt(1000),
                    "due",
                    random.nextBoolean() ? "december 2021" : "Q1 2022");
            return "milestone add";
        } else if (pick < 40) {
            run(
                    LEADER,
                    "milestone",
                    random.nextBoolean() ? "done" : "snooze",
                    "project",
                    code(),
                    "milestone",
                    Integer.toString(1 + random.nextInt(3)));
            return "milestone done/snooze";
        } else if (pick < 44) {
            run(
                    LEADER,
                    "milestone",
                    "move",
                    "project",
                    code(),
                    "milestone",
                    Integer.toString(1 + random.nextInt(3)),
                    "due",
                    "maart 2022",
                    "reason",
                    "later");
            return "milestone move";
        } else if (pick < 47) {
            run(LEADER, "milestone", "remove", "project", code(), "milestone", Integer.toString(1 + random.nextInt(3)));
            return "milestone remove";
        } else if (pick < 62) {
            String[] health = {"op-schema", "aandacht", "vertraagd"};
            run(
                    LEADER,
                    "update",
                    null,
                    "project",
                    code(),
                    "results",
                    "Resultaat " + random.nextInt(1000),
                    "health",
                    health[random.nextInt(health.length)],
                    "help",
                    random.nextBoolean() ? "Hulp gezocht" : null);
            return "update";
        } else if (pick < 66) {
            run(LEADER, "update", null, "project", code(), "edit", "1", "health", "aandacht");
            return "update edit";
        } else if (pick < 70) {
            importProjects();
            return "import";
        } else if (pick < 74) {
            run(
                    ADMIN,
                    "setup",
                    random.nextBoolean() ? "themes add" : "regions add",
                    random.nextBoolean() ? "theme" : "region",
                    "Nieuw" + random.nextInt(5));
            return "setup";
        } else if (pick < 82) {
            // Time passes; rounds whose deadline passed are closed as the scheduler would
            clock.advance(Duration.ofDays(1 + random.nextInt(12)));
            closer.closeDue(bot.network());
            return "clock + close rounds";
        } else if (pick < 84) {
            run(MANAGER, "round", "revise", "period", "2021-Q3", "reason", "Correctie");
            return "round revise";
        } else if (pick < 86) {
            run(ADMIN, "privacy", "erase", "user", new UserRef("l1", "Leider Lotte"), "confirm", true);
            return "privacy erase";
        } else if (pick < 88) {
            retention.sweep(bot.network());
            return "retention sweep";
        } else if (pick < 94) {
            run(MANAGER, "summary", null);
            run(MANAGER, "report", null, "format", "csv");
            return "summary + report";
        } else {
            run(MANAGER, "milestone", "list");
            run(MANAGER, "status", null, "project", code());
            run(MANAGER, "project", "list");
            return "reads";
        }
    }

    private void addProject() {
        String code = "p" + (codes.size() + 1);
        codes.add(code);
        run(
                MANAGER,
                "project",
                "add",
                "code",
                code,
                "name",
                "Project " + code,
                "region",
                random.nextBoolean() ? "Zeeland" : "Twente",
                "theme",
                random.nextBoolean() ? "Behoud" : "Instroom",
                "leader",
                new UserRef("l1", "Leider Lotte"));
    }

    private void importProjects() {
        imports++;
        StringBuilder csv = new StringBuilder("code;naam;regio;thema;status;mijlpaal;datum\n");
        // One new project and one existing one changed, each with a milestone
        csv.append("imp")
                .append(imports)
                .append(";Geimporteerd ")
                .append(imports)
                .append(";Zeeland;Behoud;lopend;Start;juni 2022\n");
        csv.append(codes.get(0))
                .append(";Project ")
                .append(codes.get(0))
                .append(" ")
                .append(imports)
                .append(";Zeeland;Behoud;lopend;Evaluatie ")
                .append(imports)
                .append(";juli 2022\n");
        AttachmentInput file = AttachmentInput.of("import.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        run(ADMIN, "import", null, "file", file);
        run(ADMIN, "import", null, "file", file, "confirm", true);
    }

    private String code() {
        return codes.get(random.nextInt(codes.size()));
    }

    private CommandResponse run(Object who, String command, String sub, Object... options) {
        CommandResponse response = runQuietly(who, command, sub, options);
        if (response.tone() != Tone.ERROR) {
            succeeded.merge(command + (sub == null ? "" : " " + sub), 1, Integer::sum);
        }
        return response;
    }

    private CommandResponse runQuietly(Object who, String command, String sub, Object... options) {
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < options.length; i += 2) {
            if (options[i + 1] != null) {
                kept.add(options[i]);
                kept.add(options[i + 1]);
            }
        }
        return bot.run((nl.regiotafel.commands.api.Invoker) who, command, sub, kept.toArray());
    }

    private void assertCoherent(String context) {
        String network = bot.network();
        NetworkModel kept = model.held(network).orElseGet(() -> model.current(network));
        if (kept.revision().hasStaleParts()) {
            // A write whose result only the store knows (an import's bulk write, an erasure): reloaded at the next read
            kept = model.current(network);
        }
        NetworkModel fresh = model.load(network);
        assertThat(kept.revision()).as(context).isEqualTo(fresh.revision());
        assertThat(kept.sameContent(fresh))
                .as("%s%nkept:  %s%nfresh: %s", context, kept, fresh)
                .isTrue();
        for (Map.Entry<String, Optional<RoundSnapshot>> held :
                model.heldRounds(network).entrySet()) {
            assertThat(held.getValue())
                    .as("round %s, %s", held.getKey(), context)
                    .isEqualTo(storedRounds.latest(network, held.getKey()));
        }
    }
}
