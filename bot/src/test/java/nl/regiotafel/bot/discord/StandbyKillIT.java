package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import nl.regiotafel.bot.discord.fake.FakeMember;
import nl.regiotafel.commands.reminder.Reminder;
import nl.regiotafel.commands.reminder.ReminderKind;
import nl.regiotafel.commands.reminder.ReminderState;
import nl.regiotafel.storage.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two packaged jars with the lease against one store and the fake Discord: only the first identifies; after it is
 * killed with {@code kill -9} (no release), the standby identifies once the lease lapsed, within 30 s, and sends the
 * reminders that were pending, each exactly once, also with the two clocks hours apart and the active one killed
 * mid-send.
 */
final class StandbyKillIT {

    private static final Logger log = LoggerFactory.getLogger(StandbyKillIT.class);

    private static final Path JAR = Path.of("target/regiotafel.jar");

    /** Reminders pending when the active instance is killed. */
    private static final int REMINDERS = 5;

    @TempDir
    Path work;

    private Process start(String name, FakeDiscord discord, FakeGuild guild, String uri) throws IOException {
        return start(name, discord, guild, uri, Map.of());
    }

    private Process start(String name, FakeDiscord discord, FakeGuild guild, String uri, Map<String, String> extra)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                        List.of(java, "-jar", JAR.toAbsolutePath().toString()))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", "0");
        env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
        env.put("DISCORD_GUILD_ID", guild.id());
        env.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
        env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("SPRING_DATA_MONGODB_URI", uri);
        env.put("MANAGEMENT_SERVER_PORT", "0");
        env.put("REGIOTAFEL_LEASE_ENABLED", "true");
        env.put("REGIOTAFEL_LEASE_TTL", "10s");
        env.put("REGIOTAFEL_LEASE_RENEW_EVERY", "2s");
        env.putAll(extra);
        return builder.start();
    }

    private static long identifies(FakeDiscord discord) {
        return discord.gatewayEvents().stream()
                .filter(e -> e.startsWith("identify"))
                .count();
    }

    private void await(String what, java.util.function.BooleanSupplier condition, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as(() -> what + "; first: " + tail(work.resolve("first.log")) + "\nsecond: "
                            + tail(work.resolve("second.log")))
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void theStandbyIdentifiesAfterTheActiveOneIsKilled() throws Exception {
        assertThat(JAR).exists();
        try (FakeDiscord discord = FakeDiscord.start();
                EmbeddedMongo store = new EmbeddedMongo(work.resolve("store").resolve(EmbeddedMongo.FILE_NAME))) {
            FakeGuild guild = discord.addGuild("Regiotafel Zeeland");
            String uri = store.connectionString("regiotafel");
            Process first = start("first", discord, guild, uri);
            Process second = null;
            try {
                // GIVEN the first jar active on the gateway and a second one waiting
                await("first identifies", () -> identifies(discord) == 1, Duration.ofSeconds(90));
                second = start("second", discord, guild, uri);
                await(
                        "second is waiting for the lease",
                        () -> readString(work.resolve("second.log")).contains("Waiting for the active-instance lease"),
                        Duration.ofSeconds(90));
                Thread.sleep(3_000);
                assertThat(identifies(discord)).isEqualTo(1);

                // WHEN the active one is killed without a chance to release anything
                first.toHandle().destroyForcibly();
                assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
                long killed = System.nanoTime();

                // THEN the standby identifies within 30 s
                await("second identifies", () -> identifies(discord) == 2, Duration.ofSeconds(30));
                assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(30));
                assertThat(readString(work.resolve("second.log"))).contains("Active instance now (lease epoch 2)");
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroy();
                    if (!second.waitFor(30, TimeUnit.SECONDS)) {
                        second.destroyForcibly();
                    }
                }
            }
        }
    }

    @Test
    void theStandbySendsThePendingRemindersOnceAfterTheActiveOneIsKilledMidSendWithClocksHoursApart() throws Exception {
        assertThat(JAR).exists();
        try (FakeDiscord discord = FakeDiscord.start();
                EmbeddedMongo store = new EmbeddedMongo(work.resolve("store").resolve(EmbeddedMongo.FILE_NAME));
                MongoClient client = MongoClients.create(store.connectionString("regiotafel"))) {
            FakeGuild guild = discord.addGuild("Regiotafel Zeeland");
            String uri = store.connectionString("regiotafel");
            // The first clock runs 2 hours ahead of the machine's, the second 2 hours behind: 4 hours apart
            Map<String, String> everyTwoSeconds = Map.of("REGIOTAFEL_SCHEDULER_DISPATCH_CRON", "0/2 * * * * ?");
            Process first = start("first", discord, guild, uri, with(everyTwoSeconds, "REGIOTAFEL_CLOCK_SKEW", "2h"));
            Process second = null;
            try {
                // GIVEN the first jar active, the second waiting, and a project with five milestones
                await("first identifies", () -> identifies(discord) == 1, Duration.ofSeconds(90));
                second = start("second", discord, guild, uri, with(everyTwoSeconds, "REGIOTAFEL_CLOCK_SKEW", "-2h"));
                await(
                        "first registers its commands",
                        () -> discord.registeredCommand(guild, "mijlpaal") != null,
                        Duration.ofSeconds(60));
                String code = "failover";
                LocalDate due = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(10);
                FakeMember manager =
                        guild.member("mirjam", guild.administrators()).withLocale("en-US");
                FakeMember leader = guild.member("lotte");
                discord.command(manager, "project")
                        .subcommand("add")
                        .option("code", code)
                        .option("name", "Failover")
                        .option("region", "Zeeland")
                        .option("theme", "Behoud")
                        .option("leader", leader)
                        .send()
                        .callback(Duration.ofSeconds(30));
                for (int i = 1; i <= REMINDERS; i++) {
                    discord.command(leader, "mijlpaal")
                            .subcommand("toevoegen")
                            .option("project", code)
                            .option("titel", "Mijlpaal " + i)
                            .option("datum", due.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                            .send()
                            .callback(Duration.ofSeconds(30));
                }
                MongoDatabase database = client.getDatabase("regiotafel");
                await(
                        "the milestones are stored",
                        () -> database.getCollection("milestones").countDocuments(new Document("networkId", guild.id()))
                                == REMINDERS,
                        Duration.ofSeconds(30));
                await(
                        "second is waiting for the lease",
                        () -> readString(work.resolve("second.log")).contains("Waiting for the active-instance lease"),
                        Duration.ofSeconds(90));

                // AND five reminders due 3 hours ago (due by both clocks); the answer to the first one posted is held
                // back, so the active instance is mid-send when it dies
                discord.holdNextAnswer();
                Instant dueAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
                List<String> keys = new ArrayList<>();
                for (int i = 1; i <= REMINDERS; i++) {
                    Reminder reminder = Reminder.planned(
                            guild.id(),
                            ReminderKind.MILESTONE_BEFORE,
                            nl.regiotafel.commands.reminder.ReminderSubject.milestone(code, i),
                            dueAt,
                            "due=" + due + ";lead=10");
                    keys.add(reminder.key());
                    database.getCollection("reminders").insertOne(pending(reminder));
                }
                ObjectNode inFlight = discord.awaitHeldMessage(Duration.ofSeconds(30));

                // WHEN the active one is killed before it hears the message went out, let alone records it
                first.toHandle().destroyForcibly();
                assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
                long killed = System.nanoTime();
                discord.releaseHeldAnswers();

                // THEN within 30 s the standby identifies and every reminder is in the channel and recorded as sent
                await("second identifies", () -> identifies(discord) == 2, Duration.ofSeconds(30));
                long identified = System.nanoTime();
                await(
                        "every reminder sent and recorded",
                        () -> keys.stream().allMatch(k -> postings(discord, guild, k) >= 1)
                                && sentInLedger(database, keys) == REMINDERS,
                        Duration.ofSeconds(30).minus(Duration.ofNanos(System.nanoTime() - killed)));
                Duration allSent = Duration.ofNanos(System.nanoTime() - killed);
                assertThat(allSent).isLessThan(Duration.ofSeconds(30));
                log.info(
                        "After kill -9: standby identified in {} ms, all {} reminders sent and recorded in {} ms",
                        Duration.ofNanos(identified - killed).toMillis(),
                        REMINDERS,
                        allSent.toMillis());

                // AND each exactly once, also after a few more dispatch runs: the one the dead instance had posted was
                // found in the channel's history and recorded, not sent again
                Thread.sleep(5_000);
                for (String key : keys) {
                    assertThat(postings(discord, guild, key)).as(key).isEqualTo(1);
                }
                Document recovered = database.getCollection("reminders")
                        .find(new Document("_id", keys.get(0)))
                        .first();
                assertThat(recovered.getString("messageId"))
                        .isEqualTo(inFlight.path("id").asText());
                assertThat(recovered.getLong("claimEpoch")).isEqualTo(2L);
                assertThat(readString(work.resolve("second.log")))
                        .contains("Active instance now (lease epoch 2)")
                        .contains("Took over 1 reminder claim(s)");
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroy();
                    if (!second.waitFor(30, TimeUnit.SECONDS)) {
                        second.destroyForcibly();
                    }
                }
            }
        }
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> all = new HashMap<>(base);
        all.put(key, value);
        return all;
    }

    /** A pending ledger entry as the planner stores it. */
    private static Document pending(Reminder reminder) {
        return new Document("_id", reminder.key())
                .append("networkId", reminder.networkId())
                .append("kind", reminder.kind().name())
                .append("subject", reminder.subject().stored())
                .append("dueAt", Date.from(reminder.dueAt()))
                .append("detail", reminder.detail())
                .append("state", ReminderState.PENDING.name())
                .append("attempts", 0)
                .append("nextAttemptAt", Date.from(reminder.nextAttemptAt()))
                .append("late", false);
    }

    /** How many of the bot's messages in the guild's channel carry this ledger entry's reference in their footer. */
    private static long postings(FakeDiscord discord, FakeGuild guild, String key) {
        String reference = DiscordChatGateway.reference(key);
        return discord.channelMessages(guild.channelId()).stream()
                .filter(m -> m.path("embeds")
                        .path(0)
                        .path("footer")
                        .path("text")
                        .asText()
                        .contains(reference))
                .count();
    }

    private static long sentInLedger(MongoDatabase database, List<String> keys) {
        return database.getCollection("reminders")
                .countDocuments(new Document("_id", new Document("$in", keys)).append("state", "SENT"));
    }

    private static String tail(Path file) {
        String log = readString(file);
        return log.substring(Math.max(0, log.length() - 6_000));
    }

    private static String readString(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
