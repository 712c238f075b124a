package nl.regiotafel.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.reminder.ReminderSettingsStore;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.update.UpdateStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every command and subcommand, tried by five kinds of people: someone from another network, a member without a role,
 * the leader of another project, a manager and an administrator. Refusals are private and change nothing; another
 * network never sees this one's data, not even in autocomplete.
 */
@RegiotafelTest
final class TenancyAndPermissionsTest {

    private static final Invoker STRANGER = new Invoker(
            "x1",
            "Buitenstaander",
            Set.of(nl.regiotafel.commands.api.Role.ADMIN, nl.regiotafel.commands.api.Role.MEMBER));

    @Autowired
    CommandRegistry registry;

    @Autowired
    CommandCatalog catalog;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ProjectStore projects;

    @Autowired
    MilestoneStore milestones;

    @Autowired
    UpdateStore updates;

    @Autowired
    ReminderSettingsStore reminders;

    /** Commands that change something, with who may run them; everything else is for every member. */
    private static final Map<String, Set<String>> WRITERS = Map.ofEntries(
            Map.entry("/project add", Set.of("manager", "admin")),
            Map.entry("/project archive", Set.of("manager", "admin")),
            Map.entry("/project edit", Set.of("leader", "manager", "admin")),
            Map.entry("/project kpi", Set.of("leader", "manager", "admin")),
            Map.entry("/milestone add", Set.of("leader", "manager", "admin")),
            Map.entry("/milestone done", Set.of("leader", "manager", "admin")),
            Map.entry("/milestone move", Set.of("leader", "manager", "admin")),
            Map.entry("/milestone snooze", Set.of("leader", "manager", "admin")),
            Map.entry("/milestone remove", Set.of("leader", "manager", "admin")),
            Map.entry("/update", Set.of("leader", "manager", "admin")),
            Map.entry("/reminders pause", Set.of("manager", "admin")),
            Map.entry("/reminders resume", Set.of("manager", "admin")),
            Map.entry("/reminders settings", Set.of("admin")),
            Map.entry("/import", Set.of("admin")),
            Map.entry("/export", Set.of("manager", "admin")));

    @Test
    void refusesWhoMayNotAndRefusalsChangeNothing() {
        clock.set(java.time.Instant.parse("2021-09-20T08:00:00Z"));
        List<String> problems = new ArrayList<>();
        for (CommandFixture.Invocation invocation : CommandFixture.all(catalog.available())) {
            if (invocation.command().equals("clock")) {
                continue;
            }
            // Every /setup subcommand, groups included, is for administrators
            Set<String> writers =
                    invocation.command().equals("setup") ? Set.of("admin") : WRITERS.get(invocation.path());
            Map<String, Invoker> people = new HashMap<>();
            people.put("member", TestRequests.MEMBER);
            people.put("other-leader", TestRequests.OTHER_LEADER);
            people.put("leader", TestRequests.LEADER);
            people.put("manager", TestRequests.MANAGER);
            people.put("admin", TestRequests.ADMIN);
            for (Map.Entry<String, Invoker> person : people.entrySet()) {
                // A fresh network per attempt, so one allowed change cannot hide another's effect
                TestRequests bot = TestRequests.inNewNetwork(registry);
                CommandFixture.populate(bot);
                String before = fingerprint(bot.network());
                CommandResponse response = registry.dispatch(bot.request(
                        person.getValue(),
                        invocation.command(),
                        invocation.subcommand(),
                        UUID.randomUUID().toString(),
                        flatten(invocation.options())));
                boolean refused = response.tone() == Tone.ERROR
                        && response.pages().get(0).text().startsWith("Only");
                boolean mayWrite = writers == null || writers.contains(person.getKey());
                if (writers != null && mayWrite == refused) {
                    problems.add(invocation.path() + " by " + person.getKey() + ": " + describe(response));
                }
                if (refused && !response.isPrivate()) {
                    problems.add(invocation.path() + " refusal is public");
                }
                if (refused && !before.equals(fingerprint(bot.network()))) {
                    problems.add(invocation.path() + " by " + person.getKey() + " was refused but changed data");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anotherNetworkSeesNothingAndCanChangeNothing() {
        TestRequests home = TestRequests.inNewNetwork(registry);
        CommandFixture.populate(home);
        String before = fingerprint(home.network());
        TestRequests elsewhere = TestRequests.inNewNetwork(registry);
        List<String> leaks = new ArrayList<>();

        for (CommandFixture.Invocation invocation : CommandFixture.all(catalog.available())) {
            if (invocation.command().equals("clock")) {
                continue;
            }
            CommandRequest request = elsewhere.request(
                    STRANGER,
                    invocation.command(),
                    invocation.subcommand(),
                    UUID.randomUUID().toString(),
                    flatten(invocation.options()));
            CommandResponse response = registry.dispatch(request);
            String shown = describe(response);
            if (shown.contains("Pilot Smart Glasses")
                    || shown.contains("Eindevaluatie")
                    || shown.contains("Zeven organisaties")) {
                leaks.add(invocation.path() + " showed: " + shown);
            }
            for (Command command : registry.commands()) {
                if (command.spec().name().equals(invocation.command())) {
                    for (String option : List.of("project", "milestone", "edit")) {
                        Map<String, Object> typed = new HashMap<>(invocation.options());
                        typed.put(option, "");
                        typed.put("project", CommandFixture.PROJECT);
                        var suggestions = registry.suggest(
                                elsewhere.request(
                                        STRANGER, invocation.command(), invocation.subcommand(), "a", flatten(typed)),
                                option);
                        if (suggestions.stream().anyMatch(x -> x.value().equals(CommandFixture.PROJECT))) {
                            leaks.add(invocation.path() + " autocomplete " + option + ": " + suggestions);
                        }
                    }
                }
            }
        }

        assertThat(leaks).isEmpty();
        assertThat(fingerprint(home.network())).isEqualTo(before);
    }

    private String fingerprint(String network) {
        return CommandFixture.fingerprint(network, projects, milestones, updates, reminders);
    }

    private static Object[] flatten(Map<String, Object> options) {
        List<Object> flat = new ArrayList<>();
        options.forEach((k, v) -> {
            if (v != null) {
                flat.add(k);
                flat.add(v);
            }
        });
        return flat.toArray();
    }

    private static String describe(CommandResponse response) {
        if (response.form() != null) {
            return "form " + response.form().command();
        }
        StringBuilder text = new StringBuilder();
        response.pages().forEach(p -> {
            text.append(p.title()).append(' ').append(p.text());
            p.fields().forEach(f -> text.append(' ').append(f.value()));
        });
        return text.toString();
    }
}
