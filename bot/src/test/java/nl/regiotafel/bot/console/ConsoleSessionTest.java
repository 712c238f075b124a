package nl.regiotafel.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RegiotafelTest
final class ConsoleSessionTest {

    @Autowired
    CommandRegistry registry;

    @Autowired
    java.time.Clock clock;

    private ConsoleSession session(Role role, String language) {
        return new ConsoleSession(
                registry,
                new ConsoleRenderer(java.nio.file.Path.of("target/console-out"), java.time.ZoneId.of("Europe/Amsterdam"), clock),
                "console-" + UUID.randomUUID(),
                ConsoleSession.invoker("sanne", EnumSet.of(role, Role.MEMBER)),
                Locale.forLanguageTag(language));
    }

    @Test
    void runsAScriptPrintingEachReplyAndContinuingAfterAFailure() throws Exception {
        // GIVEN a script with a comment, a good command, a bad one and two more
        String script =
                """
                # een project toevoegen
                /project add code:tizv-glasses name:"Pilot Smart Glasses" region:Zeeland theme:Arbeidsbesparing
                /project add code:tizv-glasses name:"Dubbel" region:Zeeland theme:Arbeidsbesparing
                /project info project:tizv-glasses
                /project list
                """;
        StringWriter out = new StringWriter();

        // WHEN it is piped into the console
        session(Role.ADMIN, "nl").run(new BufferedReader(new StringReader(script)), new PrintWriter(out), false);

        // THEN every reply is printed, followed by a blank line, in order
        String[] replies = out.toString().split("\n\n");
        assertThat(replies).hasSize(4);
        assertThat(replies[0]).startsWith("Project tizv-glasses toegevoegd");
        assertThat(replies[1]).isEqualTo("! Er bestaat al een project met code tizv-glasses in dit netwerk.");
        assertThat(replies[2]).startsWith("Pilot Smart Glasses (tizv-glasses)").contains("Regio: Zeeland");
        assertThat(replies[3]).contains("tizv-glasses — Pilot Smart Glasses · Zeeland · Nog niet gestart");
    }

    @Test
    void refusesAMemberWhoMayNotAddProjectsInTheirLanguage() {
        String reply =
                session(Role.MEMBER, "en").execute("/project add code:rsop name:RSOP region:Zeeland theme:Instroom");

        assertThat(reply).isEqualTo("! Only managers and administrators may do this.");
    }

    @Test
    void explainsBadSyntaxAndBadNumbers() {
        ConsoleSession console = session(Role.ADMIN, "en");
        console.execute("/project add code:rsop name:RSOP region:Zeeland theme:Instroom");

        assertThat(console.execute("/project info project:\"rsop")).isEqualTo("! A closing quote is missing.");
        assertThat(console.execute("/project kpi project:rsop label:Plaatsen target:zes"))
                .isEqualTo("! The option target must be a number, like 12 or 3.5.");
        assertThat(console.execute("/project kpi project:rsop label:Plaatsen target:6 actual:2,5"))
                .contains("Plaatsen: 2.5 / 6");
    }
}
