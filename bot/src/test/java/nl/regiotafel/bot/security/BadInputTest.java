package nl.regiotafel.bot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandCatalog;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every text option of every command, fed hostile and malformed values. Each case gets a clear private reply or is
 * stored exactly as typed; none reaches the "something went wrong on our side" path, and none is half-written.
 */
@RegiotafelTest
final class BadInputTest {

    static final List<String> HOSTILE = List.of(
            "",
            "   ",
            "a",
            "x".repeat(10_000),
            "🚑🏥 zorg 👩‍⚕️",
            "مرحبا بالعالم",
            "tab\tnul\u0000bel\u0007newline\nend",
            "**vet** __onderstreept__ @everyone @here <@&123456> <@789>",
            "{\"$gt\": \"\"}",
            "$where",
            ".*",
            "(unclosed[",
            "31-02-2021",
            "Q5 2021",
            "-1e309",
            "99999999999999999999",
            "onbekend-project");

    @Autowired
    CommandRegistry registry;

    @Autowired
    CommandCatalog catalog;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ProjectStore projects;

    @Test
    void everyOptionOfEveryCommandAnswersClearlyAndNeverFails() {
        clock.set(java.time.Instant.parse("2021-09-20T08:00:00Z"));
        List<String> problems = new ArrayList<>();
        TestRequests bot = TestRequests.inNewNetwork(registry);
        CommandFixture.populate(bot);
        String internal =
                Messages.of(Messages.ENGLISH).get("error.internal", "").substring(0, 30);
        int cases = 0;
        for (CommandSpec spec : catalog.available()) {
            for (CommandFixture.Invocation invocation : CommandFixture.all(List.of(spec))) {
                for (OptionSpec option : spec.optionsOf(invocation.subcommand())) {
                    if (option.type() != OptionType.STRING) {
                        continue;
                    }
                    for (String value : HOSTILE) {
                        Map<String, Object> options = new HashMap<>(invocation.options());
                        options.put(option.name(), value);
                        List<Object> flat = new ArrayList<>();
                        options.forEach((k, v) -> {
                            if (v != null) {
                                flat.add(k);
                                flat.add(v);
                            }
                        });
                        CommandResponse response = registry.dispatch(bot.request(
                                TestRequests.ADMIN,
                                spec.name(),
                                invocation.subcommand(),
                                UUID.randomUUID().toString(),
                                flat.toArray()));
                        cases++;
                        String where = invocation.path() + " " + option.name() + "=" + abbreviate(value);
                        if (response.form() == null) {
                            String text = response.pages().get(0).text();
                            if (text.startsWith(internal)) {
                                problems.add(where + ": internal error");
                            }
                            if (response.tone() == Tone.ERROR && (!response.isPrivate() || text.isBlank())) {
                                problems.add(where + ": error not private or empty");
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).as(cases + " cases").isEmpty();
        assertThat(cases).isGreaterThan(500);
    }

    @Test
    void storesTextExactlyAsTypedWhenItIsAccepted() {
        TestRequests bot = TestRequests.inNewNetwork(registry);
        String name = "**Pilot** @everyone <@&1> {\"$gt\": \"\"} .* 🚑 مرحبا";

        bot.run(
                TestRequests.MANAGER,
                "project",
                "add",
                "code",
                "vreemd",
                "name",
                name,
                "region",
                "Zeeland",
                "theme",
                "Behoud");

        Project stored = projects.find(bot.network(), "vreemd").orElseThrow();
        assertThat(stored.name()).isEqualTo(name);
        String shown = bot.run(TestRequests.MEMBER, "project", "info", "project", "vreemd")
                .pages()
                .get(0)
                .title();
        // Shown escaped, so Markdown is not interpreted; mentions are never allowed to ping (see the renderer)
        assertThat(shown).contains("\\*\\*Pilot\\*\\*");
    }

    @Test
    void searchesTreatUserTextLiterally() {
        TestRequests bot = TestRequests.inNewNetwork(registry);
        CommandFixture.populate(bot);

        for (String pattern : List.of(".*", "^", "[a-z]+", "{\"$ne\": null}", "$where")) {
            var suggestions = registry.suggest(
                    bot.request(TestRequests.ADMIN, "status", null, "i", "project", pattern), "project");
            assertThat(suggestions).as(pattern).isEmpty();
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }
}
