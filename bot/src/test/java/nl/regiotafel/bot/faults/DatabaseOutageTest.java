package nl.regiotafel.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.storage.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away behind a proxy: users get a clear "try again" within Discord's window, the bot keeps
 * running, and it reconnects by itself when the database returns, with nothing acknowledged lost.
 */
final class DatabaseOutageTest {

    private static EmbeddedMongo database;
    private static TcpProxy proxy;
    private static ConfigurableApplicationContext bot;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("outage");
        database = new EmbeddedMongo(data.resolve("db.mv"));
        String direct = database.connectionString("regiotafel");
        int port = Integer.parseInt(direct.replaceAll(".*:(\\d+)/.*", "$1"));
        proxy = new TcpProxy(new InetSocketAddress("127.0.0.1", port));
        bot = new SpringApplication(RegiotafelApplication.class)
                .run(
                        "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + proxy.port() + "/regiotafel",
                        "--regiotafel.storage.timeout=1s",
                        "--regiotafel.console.enabled=false",
                        "--regiotafel.scheduler.enabled=false",
                        "--discord.token=");
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        proxy.close();
        database.close();
    }

    @Test
    void asksToTryAgainWithinTheWindowAndRecoversByItself() {
        TestRequests user = TestRequests.inNewNetwork(bot.getBean(CommandRegistry.class));
        CommandResponse added = user.run(
                TestRequests.MANAGER,
                "project",
                "add",
                "code",
                "zomerzorg",
                "name",
                "ZomerZorg",
                "region",
                "Zeeland",
                "theme",
                "Instroom");
        assertThat(added.tone()).isEqualTo(Tone.SUCCESS);

        // WHEN the database disappears
        proxy.cut();
        long start = System.nanoTime();
        CommandResponse during = user.run(TestRequests.MANAGER, "project", "list");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // THEN the user is told to try again, privately, well inside Discord's 3 seconds
        assertThat(during.isPrivate()).isTrue();
        assertThat(TestRequests.text(during))
                .isEqualTo("The database is not reachable right now. Nothing was saved; please try again in a minute.");
        assertThat(took).isLessThan(Duration.ofMillis(2900));

        // WHEN it comes back, the next commands work without a restart and the acknowledged project is there
        proxy.restore();
        CommandResponse after = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            after = user.run(TestRequests.MANAGER, "project", "list");
            if (after.tone() != Tone.ERROR) {
                break;
            }
        }
        assertThat(TestRequests.text(after)).contains("zomerzorg");
    }
}
