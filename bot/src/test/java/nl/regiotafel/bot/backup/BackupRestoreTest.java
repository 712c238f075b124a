package nl.regiotafel.bot.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.testing.TestRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup FILE} while the bot runs, then wipe, {@code restore FILE}, start again: {@code /export format:json}
 * is the same as when the backup was taken, and a write made after the backup is not in it.
 */
final class BackupRestoreTest {

    private static final String NETWORK = "guild-backup";

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ConfigurableApplicationContext start(Path data) {
        return new SpringApplication(RegiotafelApplication.class)
                .run(
                        "--regiotafel.storage.data-dir=" + data,
                        "--regiotafel.console.enabled=false",
                        "--regiotafel.scheduler.enabled=false",
                        "--management.server.port=0",
                        "--discord.token=");
    }

    private static TestRequests user(ConfigurableApplicationContext bot) {
        return new TestRequests(bot.getBean(CommandRegistry.class), NETWORK, Locale.ENGLISH);
    }

    private static String exportJson(TestRequests user) {
        CommandResponse export = user.run(TestRequests.MANAGER, "export", null, "format", "json");
        assertThat(export.attachments()).as(TestRequests.text(export)).hasSize(1);
        // The moment of the export is the only thing allowed to differ
        return new String(export.attachments().get(0).content(), StandardCharsets.UTF_8)
                .replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "\"exportedAt\":\"-\"");
    }

    private static void addProject(TestRequests user, String code, String region) {
        CommandResponse added = user.run(
                TestRequests.MANAGER,
                "project",
                "add",
                "code",
                code,
                "name",
                code.toUpperCase(Locale.ROOT),
                "region",
                region,
                "theme",
                "Instroom");
        assertThat(added.tone()).as(TestRequests.text(added)).isEqualTo(Tone.SUCCESS);
    }

    private BackupCommandLine commandLine(Path data) {
        return new BackupCommandLine(
                data,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void backsUpWhileRunningAndRestoresIntoAnEmptyDirectory() throws Exception {
        Path data = work.resolve("data");
        Path backup = work.resolve("regiotafel-backup.zip");

        // GIVEN a running bot with two projects and a milestone
        String before;
        try (ConfigurableApplicationContext bot = start(data)) {
            TestRequests user = user(bot);
            addProject(user, "zomerzorg", "Zeeland");
            addProject(user, "wijkkracht", "Twente");
            user.run(
                    TestRequests.MANAGER,
                    "milestone",
                    "add",
                    "project",
                    "zomerzorg",
                    "title",
                    "Eindevaluatie",
                    "due",
                    "juli 2031");
            before = exportJson(user);

            // WHEN it is backed up while running, and a project is added afterwards
            assertThat(commandLine(data).run("backup", List.of(backup.toString())))
                    .as(err.toString(StandardCharsets.UTF_8))
                    .isZero();
            addProject(user, "nakomer", "Zeeland");
            assertThat(exportJson(user)).contains("nakomer");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("from the running bot");

        // THEN a restore refuses the directory that still holds data
        assertThat(commandLine(data).run("restore", List.of(backup.toString()))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");

        // WHEN the data directory is wiped and the backup restored into it
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(commandLine(data).run("restore", List.of(backup.toString())))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        // THEN the restarted bot exports exactly what it exported when the backup was taken
        try (ConfigurableApplicationContext bot = start(data)) {
            String after = exportJson(user(bot));
            assertThat(after).contains("zomerzorg").contains("Eindevaluatie").doesNotContain("nakomer");
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void refusesAFileThatIsNotABackup() throws Exception {
        Path notABackup = Files.writeString(work.resolve("notes.zip"), "hello");

        int exit = commandLine(work.resolve("fresh")).run("restore", List.of(notABackup.toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Not a Regiotafel backup");
        assertThat(work.resolve("fresh")).isEmptyDirectory();
    }
}
