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
    nl.regiotafel.commands.reminder.ReminderEngine engine;

    @Autowired
    ConsoleChatGateway chat;

    @Autowired
    nl.regiotafel.commands.reminder.ReminderStore reminders;

    @Autowired
    nl.regiotafel.bot.config.AdjustableClock clock;

    private ConsoleSession session(Role role, String language) {
        return new ConsoleSession(
                registry,
                new ConsoleRenderer(
                        java.nio.file.Path.of("target/console-out"), java.time.ZoneId.of("Europe/Amsterdam"), clock),
                "console-" + UUID.randomUUID(),
                ConsoleSession.invoker("sanne", EnumSet.of(role, Role.MEMBER)),
                Locale.forLanguageTag(language),
                engine,
                chat);
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
    void saysItIsWaitingOnceWhatWasTypedIsAnsweredNotBefore() throws Exception {
        // GIVEN two lines already typed, then a pause (a pipe with nothing more pending), then one more line
        java.io.PipedWriter typing = new java.io.PipedWriter();
        BufferedReader in = new BufferedReader(new java.io.PipedReader(typing, 4096));
        typing.write("/help\n/project list\n");
        typing.flush();
        StringWriter out = new StringWriter();
        java.util.List<Integer> repliesWhenWaiting = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread console = new Thread(() -> {
            try {
                session(Role.ADMIN, "nl")
                        .run(
                                in,
                                new PrintWriter(out),
                                false,
                                () -> repliesWhenWaiting.add(out.toString().split("\n\n").length));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        console.start();

        // WHEN the console has answered both and the user types once more
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (repliesWhenWaiting.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        typing.write("/project list\n");
        typing.close();
        console.join(30_000);

        // THEN it said so once, after the two answers (the moment the web side starts), and not again
        assertThat(repliesWhenWaiting).containsExactly(2);
        assertThat(out.toString().split("\n\n")).hasSize(3);
    }

    @Test
    void namesTheOptionsThatConfirmAFlaggedUpdateSoTheyCanBeTypedAsShown() {
        ConsoleSession admin = session(Role.ADMIN, "en");
        admin.execute(
                "/project add code:tizv-glasses name:\"Pilot Smart Glasses\" region:Zeeland theme:Arbeidsbesparing");

        String warning = admin.execute("/update project:tizv-glasses results:\"Bel mevrouw op 06-12345678\"");
        String erase = admin.execute("/privacy erase user:@petra");

        assertThat(warning)
                .contains("a phone number ••-••••••78")
                .contains("confirm:true project:tizv-glasses results:\"Bel mevrouw op 06-12345678\"");
        assertThat(erase).contains("confirm:true user:@petra");
        assertThat(admin.execute("/update project:tizv-glasses results:\"Bel mevrouw op 06-12345678\" confirm:true"))
                .startsWith("Update tizv-glasses #1");
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

    @Test
    void quotesTheUsersInputVerbatimInAnErrorAndTakesOnlyPlainNumbers() {
        ConsoleSession console = session(Role.ADMIN, "en");
        console.execute("/project add code:rsop name:RSOP region:Zeeland theme:Instroom");

        assertThat(console.execute("/project list region:Zee.*")).startsWith("! Unknown region Zee.*. Known regions:");
        assertThat(console.execute("/project list region:*Zee_land*")).startsWith("! Unknown region *Zee_land*. ");
        for (String notANumber : new String[] {"0x1p3", "5d", "5f", "1e3", "NaN", "Infinity"}) {
            assertThat(console.execute("/project kpi project:rsop label:Plaatsen target:" + notANumber))
                    .as(notANumber)
                    .isEqualTo("! The option target must be a number, like 12 or 3.5.");
        }
    }

    @Test
    void showsStoredTextThatLooksLikeATimestampAsWrittenAndKeepsRunning() {
        // GIVEN a leader, a theme and a region named like Discord timestamps no calendar can show
        ConsoleSession console = session(Role.ADMIN, "en");
        console.execute("/setup themes add theme:<t:99999999999999999999>");
        console.execute("/setup regions add region:<t:-99999999999999:R>");
        String added = console.execute("/project add code:tijd name:Tijd region:<t:-99999999999999:R>"
                + " theme:<t:99999999999999999999> leader:<t:99999999999999999999>");

        // WHEN they are shown
        String info = console.execute("/project info project:tijd");
        String list = console.execute("/project list");

        // THEN they read as written, and the console answers the next command
        assertThat(added).startsWith("Project tijd added");
        assertThat(info).contains("<t:99999999999999999999>").contains("<t:-99999999999999:R>");
        assertThat(list).contains("tijd");
        assertThat(console.execute("/project info project:tijd")).isEqualTo(info);
    }

    @Test
    void showsStoredTextThatLooksLikeDiscordMarkupAsWrittenAndRealMarkupReadably() throws Exception {
        // GIVEN a project whose name is a valid Discord timestamp, whose region looks like a mention, whose theme looks
        // like bold text and whose leader is named like a role mention
        clock.set(java.time.Instant.parse("2021-09-16T06:00:00Z"));
        ConsoleSession console = session(Role.ADMIN, "en");
        console.execute("/setup themes add theme:**x**");
        console.execute("/setup regions add region:<@123>");
        String added = console.execute(
                "/project add code:opmaak name:<t:1633860000:D> region:<@123> theme:**x** leader:<@&456>");
        console.execute("/milestone add project:opmaak title:<#789> due:2021-10-10");

        // WHEN they are shown
        String info = console.execute("/project info project:opmaak");
        String milestones = console.execute("/milestone list project:opmaak");

        // THEN the stored text reads exactly as typed, and the bot's own markup (the leader as a mention, the due date
        // as a timestamp) reads as a name and a date
        assertThat(added).startsWith("Project opmaak added");
        assertThat(info)
                .contains("<t:1633860000:D>")
                .contains("<@123>")
                .contains("**x**")
                .contains("@<@&456>")
                .doesNotContain("October 10, 2021");
        assertThat(milestones).contains("<#789>").contains("October 10, 2021").contains("in 24 days");

        // AND files carry them as typed too: the export's CSV and the calendar's .ics
        String csv = java.nio.file.Files.readString(written(console.execute("/export format:csv")));
        String ics = java.nio.file.Files.readString(written(console.execute("/calendar")));
        assertThat(csv).contains("<t:1633860000:D>").contains("<@123>").contains("**x**");
        assertThat(ics).contains("<#789>");
    }

    /** The file a reply says it wrote. */
    private static java.nio.file.Path written(String reply) {
        java.util.regex.Matcher file =
                java.util.regex.Pattern.compile("written: (\\S+)").matcher(reply);
        assertThat(file.find()).as(reply).isTrue();
        return java.nio.file.Path.of(file.group(1));
    }

    @Test
    void runsTheProjectLeadersWholeWorkflowFromAScript() throws Exception {
        // GIVEN 16 September 2021 and a script in the forms the networks write
        clock.set(java.time.Instant.parse("2021-09-16T06:00:00Z"));
        StringBuilder script = new StringBuilder(
                """
                /project add code:acute-psy name:"Acute psychiatrie" region:Zeeland theme:Ketensamenwerking leader:@sanne
                /project kpi project:acute-psy label:"Regionale pool psychiaters" unit:pool target:1 actual:0
                """);
        String[] forms = {
            "Q4 2021",
            "Q 4 2021",
            "2021-Q4",
            "4e kwartaal 2021",
            "vierde kwartaal 2021",
            "1-10-21",
            "01-10-2021",
            "1 oktober 2021",
            "2021-10-01",
            "oktober 2021",
            "okt 2021",
            "zomer 2021",
            "voorjaar 2021",
            "najaar 2021",
            "H2 2021",
            "tweede helft 2021",
            "eerste helft 2021",
            "begin 2022",
            "medio 2021",
            "eind 2021",
            "2021"
        };
        for (String form : forms) {
            script.append("/milestone add project:acute-psy title:\"Mijlpaal ")
                    .append(form)
                    .append("\" due:\"")
                    .append(form)
                    .append("\"\n");
        }
        script.append(
                """
                /update project:acute-psy period:2021-Q2 health:op-schema results:"Ontwerp eerste helft 2021 gereed"
                /update project:acute-psy health:aandacht kpi:"Regionale pool psychiaters=1" results:"Pool ingericht" next-actions:"Roosters afstemmen"
                /status project:acute-psy
                /history project:acute-psy
                """);
        StringWriter out = new StringWriter();

        // WHEN it runs
        session(Role.ADMIN, "nl")
                .run(new BufferedReader(new StringReader(script.toString())), new PrintWriter(out), false);

        // THEN every command succeeded and status and history show what was posted
        String[] replies = out.toString().split("\n\n");
        assertThat(replies).hasSize(2 + forms.length + 4);
        assertThat(replies).noneMatch(r -> r.startsWith("!"));
        String status = replies[replies.length - 2];
        assertThat(status)
                .startsWith("Acute psychiatrie (acute-psy)")
                .contains("Signaal: Aandacht nodig")
                .contains("2021-Q3")
                .contains("Pool ingericht")
                .contains("Regionale pool psychiaters: 1 / 1 pool")
                .contains("Verlopen mijlpalen (4)")
                .contains("Vandaag bijgewerkt");
        String history = replies[replies.length - 1];
        assertThat(history).contains("#2 · 2021-Q3").contains("#1 · 2021-Q2");
        assertThat(history.indexOf("#2 · 2021-Q3")).isLessThan(history.indexOf("#1 · 2021-Q2"));
    }

    @Test
    void showsAReportingRoundDayByDayEachReminderOnceAndNothingOnTheWeekend() throws Exception {
        // GIVEN the console started at --now=2021-09-16T08:00:00+02:00
        clock.set(java.time.Instant.parse("2021-09-16T06:00:00Z"));
        StringBuilder script = new StringBuilder(
                """
                /project add code:acute-psy name:"Acute psychiatrie" region:Zeeland theme:Ketensamenwerking status:lopend leader:@sanne
                /milestone add project:acute-psy title:"Realisatie 1 pool" due:1-10-21
                """);
        for (int day = 0; day < 30; day++) {
            script.append("/clock advance by:1d\n");
        }
        StringWriter out = new StringWriter();

        // WHEN the clock advances day by day
        session(Role.ADMIN, "nl")
                .run(new BufferedReader(new StringReader(script.toString())), new PrintWriter(out), false);

        // THEN each reminder appears exactly once
        String output = out.toString();
        for (String title : new String[] {
            "[kanaal herinneringen] Voortgangsrapportage 2021-Q3 is geopend",
            "[kanaal herinneringen] acute-psy: mijlpaal over 14 dagen",
            "[kanaal herinneringen] acute-psy: mijlpaal over 2 dagen",
            "[kanaal herinneringen] acute-psy: mijlpaal vandaag",
            "[kanaal herinneringen] Voortgangsrapportage 2021-Q3: deadline nadert",
            "[kanaal managers] Voortgangsrapportage 2021-Q3: ontbrekende updates"
        }) {
            assertThat(output.split(java.util.regex.Pattern.quote(title), -1))
                    .as(title)
                    .hasSize(2);
        }
        assertThat(output.split("acute-psy: mijlpaal verlopen", -1)).hasSize(3);
        // and nothing is sent on a Saturday or Sunday: what a day's advance prints was sent the day before
        String[] blocks = output.split("\n\n");
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i].startsWith("Het is nu zondag") || blocks[i].startsWith("Het is nu maandag")) {
                assertThat(blocks[i]).endsWith("Er is niets verstuurd.");
                assertThat(i + 1 < blocks.length ? blocks[i + 1] : "").doesNotStartWith("[kanaal");
            }
        }
    }

    @Test
    void advancesTheClockSendingOnlyItsOwnNetworksReminders() throws Exception {
        // GIVEN network a with a milestone due in two weeks, and a console started on network b
        clock.set(java.time.Instant.parse("2021-09-16T06:00:00Z"));
        ConsoleSession a = session(Role.ADMIN, "nl");
        a.execute("/project add code:acute-psy name:\"Acute psychiatrie\" region:Zeeland theme:Ketensamenwerking"
                + " status:lopend leader:@sanne");
        a.execute("/milestone add project:acute-psy title:\"Realisatie 1 pool\" due:1-10-21");
        a.printPosted(new PrintWriter(new StringWriter()));
        ConsoleSession b = session(Role.ADMIN, "nl");

        // WHEN b moves the clock three weeks on
        String advanced = b.execute("/clock advance by:21d");

        // THEN b sent nothing, and none of a's reminders went out where a never saw them
        assertThat(advanced).startsWith("Het is nu donderdag 7 oktober 2021 08:00 CEST. Er is niets verstuurd.");
        assertThat(reminders.between(
                        a.networkId(),
                        java.time.Instant.parse("2021-09-01T00:00:00Z"),
                        java.time.Instant.parse("2021-11-01T00:00:00Z")))
                .isNotEmpty()
                .noneMatch(r -> r.state() == nl.regiotafel.commands.reminder.ReminderState.SENT);
    }

    @Test
    void runsSubcommandsInAGroupAndPrintsTheFirstAdministratorsHintAfterTheReply() {
        ConsoleSession console = session(Role.ADMIN, "en");

        String first = console.execute("/project list");
        String added = console.execute("/setup regions add region:Walcheren subregions:\"Middelburg, Veere\"");
        String shown = console.execute("/setup channels updates:#voortgang");

        assertThat(first).startsWith("Projects (0)").endsWith("This hint is shown once.");
        assertThat(added).startsWith("Configuration saved").contains("Regions: – → Walcheren (Middelburg, Veere)");
        assertThat(shown).contains("Updates channel: – → #voortgang");
        assertThat(console.execute("/setup show")).contains("Updates: #voortgang");
        assertThat(console.execute("/setup regions")).startsWith("! Unknown subcommand regions of /setup");
    }

    @Test
    void importsAFileByPathWithAPreviewFirstAndConfirmTrueAfterwards() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("projecten", ".csv");
        java.nio.file.Files.writeString(
                file,
                "code;projectnaam;regio;thema\nrsop;RSOP;Zeeland;Instroom\n",
                java.nio.charset.StandardCharsets.UTF_8);
        ConsoleSession console = session(Role.ADMIN, "nl");

        String preview = console.execute("/import file:" + file);
        String done = console.execute("/import file:" + file + " confirm:true");
        String again = console.execute("/import file:" + file + " confirm:true");

        assertThat(preview)
                .contains("Projecten: 1 nieuw, 0 gewijzigd, 0 ongewijzigd")
                .contains("Importeren: geef hetzelfde commando nogmaals met confirm:true");
        assertThat(done).startsWith("Geïmporteerd: " + file.getFileName());
        assertThat(again).startsWith("Niets te importeren");
        assertThat(console.execute("/project info project:rsop")).startsWith("RSOP (rsop)");
    }

    private static String[] replies(ConsoleSession console, String script) throws Exception {
        StringWriter out = new StringWriter();
        console.run(new BufferedReader(new StringReader(script)), new PrintWriter(out), false);
        return out.toString().split("\n\n");
    }

    @Test
    void runsTheDutchAndTheEnglishDemoScriptsToTheSameResult() throws Exception {
        // GIVEN the demo script with English names and its Dutch twin
        String english = java.nio.file.Files.readString(java.nio.file.Path.of("../scripts/demo.txt"));
        String dutch = java.nio.file.Files.readString(java.nio.file.Path.of("../scripts/demo-nl.txt"));

        // WHEN each runs in a fresh network
        String[] englishReplies = replies(session(Role.ADMIN, "nl"), english);
        String[] dutchReplies = replies(session(Role.ADMIN, "nl"), dutch);

        // THEN every command of both succeeds with the same reply, line for line
        assertThat(englishReplies).hasSize(7).noneMatch(r -> r.startsWith("!"));
        assertThat(dutchReplies).containsExactly(englishReplies);
        assertThat(dutchReplies[6]).contains("Deelnemende organisaties: 7 / 7 organisaties");
        assertThat(dutchReplies[5])
                .contains("tizv-glasses")
                .contains("acute-psychiatrie")
                .contains("zomerzorg");
    }

    @Test
    void acceptsDutchAndEnglishNamesAndChoiceValuesInOneSession() throws Exception {
        // GIVEN an English-speaking administrator typing a mix of both languages
        ConsoleSession console = session(Role.ADMIN, "en");
        console.execute("/project toevoegen code:mix naam:Mix region:Zeeland theme:Instroom");

        // WHEN commands, subcommands, options and choice values come in either language
        String milestone = console.execute("/milestone toevoegen project:mix title:Evaluatie datum:\"eind 2021\"");
        String update = console.execute("/update project:mix health:on-track fase:execution results:Klaar");
        String dutchValue = console.execute("/mijlpaal list project:mix welke:alle");
        String status = console.execute("/STATUS project:mix");
        String grouped = console.execute("/instellen regio toevoegen regio:Walcheren");
        String unknown = console.execute("/project info project:mix code:x");
        String twice = console.execute("/project add code:mix2 naam:Mix name:Mix region:Zeeland theme:Instroom");

        // THEN each ran as if typed with the internal names, and replies stay in the reader's language
        assertThat(milestone).startsWith("Milestone mix #1 added");
        assertThat(update).doesNotStartWith("!");
        assertThat(dutchValue).contains("Evaluatie");
        assertThat(status).contains("Execution").contains("On track");
        assertThat(grouped).doesNotStartWith("!");
        assertThat(unknown).isEqualTo("! Unknown option code for /project info. Possible: project.");
        assertThat(twice).startsWith("! ").contains("name");
    }

    @Test
    void namesOptionsAndValuesInTheReadersLanguageWhenRefusing() {
        ConsoleSession dutch = session(Role.ADMIN, "nl");
        dutch.execute("/project add code:fout name:Fout region:Zeeland theme:Instroom");

        assertThat(dutch.execute("/mijlpaal lijst project:fout welke:morgen"))
                .isEqualTo("! Ongeldige waarde voor welke. Toegestaan: open, verlopen, behaald, alle.");
        assertThat(dutch.execute("/mijlpaal toevoegen project:fout titel:Evaluatie"))
                .isEqualTo("! De optie datum ontbreekt of is leeg.");
        assertThat(dutch.execute("/mijlpaal uitstellen project:fout mijlpaal:1 dagen:zeven"))
                .isEqualTo("! De optie dagen moet een geheel getal zijn.");
        assertThat(dutch.execute("/mijlpaal vooruit"))
                .startsWith("! Onbekend subcommando vooruit voor /mijlpaal. Mogelijk: toevoegen, behaald, verplaatsen");
    }

    @Test
    void helpNamesEveryCommandInTheReadersLanguage() {
        String dutch = session(Role.ADMIN, "nl").execute("/help");
        String english = session(Role.ADMIN, "en").execute("/help");

        assertThat(dutch)
                .contains("`/mijlpaal toevoegen` — Voeg een mijlpaal toe")
                .contains("`/instellen regio toevoegen`")
                .contains("`/klok vooruit`")
                .doesNotContain("/milestone");
        assertThat(english)
                .contains("`/milestone add` — Add a milestone")
                .contains("`/setup regions add`")
                .doesNotContain("/mijlpaal");
    }

    @Test
    void offersANameToLinkByNamingTheSetupLinkCommandToTypeWhichLinksIt() {
        // GIVEN a project led by someone stored as a plain name (in the console every name is an id, so she waits)
        ConsoleSession admin = session(Role.ADMIN, "nl");
        admin.execute("/project add code:zomerzorg name:ZomerZorg region:Zeeland theme:Behoud leader:@petra");

        // WHEN the administrator asks which names wait
        String offer = admin.execute("/instellen ongekoppeld");

        // THEN the reply names the command to type instead of a member menu, and typing it links the name
        assertThat(offer).contains("petra").contains("geef /setup link name:petra member:@naam");
        String linked = admin.execute("/setup link name:petra member:@sanne");
        assertThat(linked).contains("petra gekoppeld");
    }
}
