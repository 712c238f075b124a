package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.discord.fake.DiscordRules;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import nl.regiotafel.bot.discord.fake.FakeMember;
import nl.regiotafel.bot.discord.fake.RecordedRequest;
import nl.regiotafel.bot.discord.fake.SentInteraction;
import nl.regiotafel.bot.discord.fake.Snowflakes;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.Form;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.forum.ProjectForum;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.project.ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole bot, with the real JDA client, against a fake Discord on 127.0.0.1: every scenario goes through the
 * gateway and REST as in production, and every request the bot makes must obey Discord's rules. One Spring context and
 * one guild serve every scenario; scenarios keep apart by their own project codes.
 */
@Import(DiscordE2ETest.TestCommands.class)
@SpringBootTest(
        classes = RegiotafelApplication.class,
        properties = {
            "regiotafel.console.enabled=false",
            "regiotafel.storage.data-dir=target/test-data/${random.uuid}",
            // No timed redraw of every round board in the middle of a scenario that counts the channel's messages
            "regiotafel.round-board.start-up=1h",
            "discord.token=" + FakeDiscord.TOKEN
        })
final class DiscordE2ETest {

    /** Started before Spring, so the context can be pointed at its ports. */
    static final FakeDiscord DISCORD = FakeDiscord.start();

    static final FakeGuild GUILD = DISCORD.addGuild("Regiotafel Zeeland");

    private static final Duration WAIT = SentInteraction.DEFAULT_WAIT;

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        registry.add("discord.guild-id", GUILD::id);
        registry.add("discord.api-base-url", DISCORD::apiBaseUrl);
        registry.add("discord.gateway-url", DISCORD::gatewayUrl);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestCommands {

        @Bean
        Command slowCommand() {
            return new SlowCommand();
        }

        @Bean
        Command noteCommand() {
            return new NoteCommand();
        }

        /** A bean so the fake closes with the context, after the bot has disconnected. */
        @Bean
        FakeDiscord fakeDiscord() {
            return DISCORD;
        }
    }

    /** Takes longer than the bot waits before deferring. */
    static final class SlowCommand implements Command {

        @Override
        public CommandSpec spec() {
            return new CommandSpec("slow", "cmd.help", List.of(), List.of(), false, false);
        }

        @Override
        public CommandResponse handle(CommandRequest request) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return CommandResponse.publicText("Slow", "Done after two seconds");
        }
    }

    /** Asks for its text in a form (a Discord modal) and echoes what was submitted, also as a file. */
    static final class NoteCommand implements Command {

        static final String GOAL = "goal";

        @Override
        public CommandSpec spec() {
            return new CommandSpec(
                    "note",
                    "cmd.help",
                    List.of(OptionSpec.optional(GOAL, OptionType.STRING).withMaxLength(1000)),
                    List.of(),
                    false,
                    false);
        }

        @Override
        public CommandResponse handle(CommandRequest request) {
            return request.text(GOAL)
                    .map(goal -> CommandResponse.builder()
                            .page(Page.of("Note", goal))
                            .attachment(
                                    new Attachment("note.md", "text/markdown", goal.getBytes(StandardCharsets.UTF_8)))
                            .build())
                    .orElseGet(() -> CommandResponse.form(new Form(
                            "project.goal",
                            "note",
                            null,
                            Map.of(),
                            List.of(new Form.Input(GOAL, "project.goal", true, true, 1000, null)))));
        }
    }

    @Autowired
    ProjectStore projects;

    @Autowired
    AuditStore audit;

    @Autowired
    CommandRegistry registry;

    @Autowired
    nl.regiotafel.bot.config.AdjustableClock clock;

    @Autowired
    nl.regiotafel.commands.reminder.ReminderEngine reminders;

    @Autowired
    nl.regiotafel.commands.network.NetworkStore networks;

    @Autowired
    nl.regiotafel.commands.milestone.MilestoneStore milestones;

    @Autowired
    nl.regiotafel.commands.reminder.ReminderStore ledger;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void reportsTheConnectedGatewayAsReady() {
        // GIVEN the bot connected to the fake gateway, which acknowledges heartbeats
        var indicator = context.getBean(
                "discordHealthIndicator", org.springframework.boot.health.contributor.HealthIndicator.class);

        // WHEN readiness asks for the gateway
        var health = indicator.health(true);

        // THEN it is up, connected, with a recent heartbeat acknowledgement
        assertThat(health.getStatus().getCode()).as(health.toString()).isEqualTo("UP");
        assertThat(health.getDetails()).containsEntry("status", "CONNECTED");
        assertThat((Long) health.getDetails().get("lastHeartbeatAckSeconds"))
                .isLessThan(GatewayHealthIndicator.HEARTBEAT_STALE.toSeconds());
    }

    @Autowired
    nl.regiotafel.commands.reminder.ReminderSettingsStore reminderSettings;

    @Autowired
    nl.regiotafel.commands.chat.ChatGateway chat;

    @Autowired
    nl.regiotafel.commands.board.RoundBoardGateway boards;

    @Autowired
    DiscordBot bot;

    @Autowired
    ProjectForum forum;

    @Autowired
    ForumSync forumSync;

    /** Waits until the gateway is connected: another scenario may have just dropped the connection. */
    private void connected() {
        try {
            bot.jda().awaitStatus(net.dv8tion.jda.api.JDA.Status.CONNECTED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void postsAReminderInTheConfiguredChannelWhoseDoneButtonWorksForTheLeaderOnly() {
        // GIVEN a project led by Lotte with a milestone due Wednesday 29 September 2021, on Monday 27th at 08:00
        clock.set(java.time.Instant.parse("2021-09-27T06:00:00Z"));
        var settings = networks.get(GUILD.id());
        var withChannel = settings.toBuilder();
        withChannel.channels = new nl.regiotafel.commands.network.Channels(null, GUILD.channelId(), null, null);
        networks.save(withChannel.build());
        FakeMember manager = manager("mirjam");
        FakeMember lotte = GUILD.member("lotte-" + code("l"));
        String code = code("herinnering");
        DISCORD.command(manager, "project")
                .subcommand("add")
                .option("code", code)
                .option("name", "Herinnering")
                .option("region", "Zeeland")
                .option("theme", "Behoud")
                .option("status", "lopend")
                .option("leader", lotte)
                .send()
                .callback();
        DISCORD.command(lotte, "mijlpaal")
                .subcommand("toevoegen")
                .option("project", code)
                .option("titel", "Eindevaluatie")
                .option("datum", "29-09-2021")
                .send()
                .callback();

        // WHEN the reminder jobs run at 09:00
        reminders.advance(clock, java.time.Instant.parse("2021-09-27T07:30:00Z"));

        // THEN the −2 reminder is posted in the configured channel, mentioning Lotte and only her
        RecordedRequest posted = DISCORD.await(
                r -> r.method().equals("POST")
                        && r.path().equals("channels/" + GUILD.channelId() + "/messages")
                        && r.json()
                                .path("embeds")
                                .path(0)
                                .path("title")
                                .asText()
                                .startsWith(code + ":"),
                WAIT,
                "the reminder");
        assertThat(posted.json().path("embeds").path(0).path("title").asText())
                .isEqualTo(code + ": mijlpaal over 2 dagen");
        assertThat(posted.json().path("content").asText()).isEqualTo("<@" + lotte.id() + ">");
        assertThat(posted.json().path("allowed_mentions").path("users").toString())
                .isEqualTo("[\"" + lotte.id() + "\"]");
        JsonNode buttons = posted.json().path("components").path(0).path("components");
        String done = buttons.path(0).path("custom_id").asText();
        assertThat(done).isEqualTo("cmd:milestone:done:milestone=1&project=" + code);
        String messageId = ledger.find(
                        GUILD.id(),
                        nl.regiotafel.commands.reminder.ReminderKind.MILESTONE_BEFORE,
                        nl.regiotafel.commands.reminder.ReminderSubject.milestone(code, 1))
                .get(0)
                .messageId();
        ObjectNode stored = DISCORD.message(messageId);

        // AND a member who does not lead the project is refused privately
        RecordedRequest stranger = DISCORD.click(GUILD.member("daan").withLocale("en-US"), stored, done)
                .callback();
        assertThat(stranger.isEphemeral()).isTrue();
        assertThat(milestones.find(GUILD.id(), code, 1).orElseThrow().isOpen()).isTrue();

        // AND Lotte's press marks the milestone done
        RecordedRequest pressed = DISCORD.click(lotte, stored, done).callback();
        assertThat(pressed.isEphemeral()).as(pressed.toString()).isFalse();
        assertThat(milestones.find(GUILD.id(), code, 1).orElseThrow().isOpen()).isFalse();
    }

    /** A project led by a new Dutch-speaking leader with a milestone due in two days, on Monday 27 September 2021. */
    private FakeMember leaderWithMilestoneInTwoDays(String code) {
        clock.set(java.time.Instant.parse("2021-09-27T06:00:00Z"));
        var withChannel = networks.get(GUILD.id()).toBuilder();
        withChannel.channels = new nl.regiotafel.commands.network.Channels(null, GUILD.channelId(), null, null);
        networks.save(withChannel.build());
        FakeMember leader = GUILD.member("leider-" + code);
        DISCORD.command(manager("mirjam"), "project")
                .subcommand("add")
                .option("code", code)
                .option("name", "Herinnering per DM")
                .option("region", "Zeeland")
                .option("theme", "Behoud")
                .option("leader", leader)
                .send()
                .callback();
        DISCORD.command(leader, "mijlpaal")
                .subcommand("toevoegen")
                .option("project", code)
                .option("titel", "Eindevaluatie")
                .option("datum", "29-09-2021")
                .send()
                .callback();
        RecordedRequest optIn = DISCORD.command(leader, "herinneringen")
                .subcommand("dm")
                .option("aan", true)
                .send()
                .callback();
        assertThat(optIn.isEphemeral()).isTrue();
        return leader;
    }

    private static boolean reminderOf(RecordedRequest r, String code) {
        return r.method().equals("POST")
                && r.path().startsWith("channels/")
                && r.json() != null
                && r.json().path("embeds").path(0).path("title").asText().startsWith(code + ":");
    }

    @Test
    void sendsTheReminderAsADirectMessageToALeaderWhoOptedIn() {
        // GIVEN a leader who asked for reminders as direct messages
        String code = code("dm");
        FakeMember leader = leaderWithMilestoneInTwoDays(code);

        // WHEN the reminder jobs run at 09:30
        reminders.advance(clock, java.time.Instant.parse("2021-09-27T07:30:00Z"));

        // THEN the bot opened a DM channel with the leader and posted the reminder there, not in the channel
        RecordedRequest posted = DISCORD.await(r -> reminderOf(r, code), WAIT, "the reminder");
        String dm = DISCORD.directMessageChannel(leader.user());
        assertThat(dm).isNotNull();
        assertThat(posted.path()).isEqualTo("channels/" + dm + "/messages");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json().path("embeds").path(0).path("title").asText())
                .isEqualTo(code + ": mijlpaal over 2 dagen");
        assertThat(DISCORD.channelMessages(dm)).hasSize(1);
        assertThat(DISCORD.channelMessages(GUILD.channelId()))
                .noneMatch(m -> m.path("embeds").path(0).path("title").asText().startsWith(code + ":"));
    }

    @Test
    void fallsBackToTheChannelWhenALeaderRefusesDirectMessagesAndDoesNotTryAgain() {
        // GIVEN a leader who opted in but whose privacy settings refuse the bot's DMs
        String code = code("geendm");
        FakeMember leader = leaderWithMilestoneInTwoDays(code);
        DISCORD.blockDirectMessages(leader.user());

        // WHEN the reminder jobs run
        reminders.advance(clock, java.time.Instant.parse("2021-09-27T07:30:00Z"));

        // THEN Discord refused the DM (50007) and the reminder went to the channel, mentioning the leader
        RecordedRequest posted =
                DISCORD.await(r -> reminderOf(r, code) && r.status() == 200, WAIT, "the reminder in the channel");
        assertThat(posted.path()).isEqualTo("channels/" + GUILD.channelId() + "/messages");
        assertThat(posted.json().path("content").asText()).isEqualTo("<@" + leader.id() + ">");
        assertThat(DISCORD.requests())
                .anyMatch(r -> reminderOf(r, code)
                        && r.status() == 403
                        && r.path().equals("channels/" + DISCORD.directMessageChannel(leader.user()) + "/messages"));
        // AND the bot remembers not to try that leader's DMs again
        assertThat(reminderSettings.get(GUILD.id()).dmBlocked()).contains(leader.id());
    }

    @Test
    void findsItsOwnMessageInTheChannelHistoryAfterACrashBetweenSendingAndRecording() {
        // GIVEN a reminder the bot posted, as an instance that died before recording it would have
        var withChannel = networks.get(GUILD.id()).toBuilder();
        withChannel.channels = new nl.regiotafel.commands.network.Channels(null, GUILD.channelId(), null, null);
        networks.save(withChannel.build());
        String key = "MILESTONE_DUE|" + code("crash") + "#1|2021-09-29";
        nl.regiotafel.commands.chat.OutboundMessage message = new nl.regiotafel.commands.chat.OutboundMessage(
                GUILD.id(),
                nl.regiotafel.commands.chat.OutboundMessage.Purpose.REMINDERS,
                Page.of("crash: mijlpaal vandaag", "Eindevaluatie"),
                Set.of(),
                Set.of(),
                Set.of(),
                List.of(),
                key);
        connected();
        String sent = chat.send(message).messageId();
        nl.regiotafel.commands.chat.OutboundMessage other = new nl.regiotafel.commands.chat.OutboundMessage(
                GUILD.id(),
                nl.regiotafel.commands.chat.OutboundMessage.Purpose.REMINDERS,
                message.page(),
                Set.of(),
                Set.of(),
                Set.of(),
                List.of(),
                key + "-other");

        // WHEN the next instance looks for it in the channel's history
        java.util.Optional<String> found = chat.findSent(message);
        java.util.Optional<String> notFound = chat.findSent(other);

        // THEN it finds exactly that message by the reference in its footer, and nothing for another entry
        assertThat(found).contains(sent);
        assertThat(notFound).isEmpty();
        assertThat(DISCORD.requests())
                .anyMatch(r -> r.method().equals("GET")
                        && r.path().equals("channels/" + GUILD.channelId() + "/messages")
                        && r.query().contains("limit=50")
                        && r.status() == 200);
    }

    @Test
    void findsItsOwnDirectMessagesAfterACrashAndSendsOnlyTheOnesThatDidNotGoOut() {
        // GIVEN a reminder by direct message to two leaders, of which the instance that died had sent only the first
        FakeMember anna = GUILD.member("anna-" + code("a"));
        FakeMember bram = GUILD.member("bram-" + code("b"));
        String key = "MILESTONE_DUE|" + code("dm-crash") + "#1|2021-09-29";
        nl.regiotafel.commands.chat.OutboundMessage toAnna = new nl.regiotafel.commands.chat.OutboundMessage(
                GUILD.id(),
                nl.regiotafel.commands.chat.OutboundMessage.Purpose.REMINDERS,
                Page.of("crash: mijlpaal vandaag", "Eindevaluatie"),
                Set.of(anna.id()),
                Set.of(),
                Set.of(anna.id()),
                List.of(),
                key);
        nl.regiotafel.commands.chat.OutboundMessage toBoth = new nl.regiotafel.commands.chat.OutboundMessage(
                GUILD.id(),
                nl.regiotafel.commands.chat.OutboundMessage.Purpose.REMINDERS,
                toAnna.page(),
                Set.of(anna.id(), bram.id()),
                Set.of(),
                Set.of(anna.id(), bram.id()),
                List.of(),
                key);
        connected();
        String sentToAnna = chat.send(toAnna).messageId();

        // WHEN the next instance looks for it, and completes it
        java.util.Optional<String> whole = chat.findSent(toAnna);
        java.util.Optional<String> partly = chat.findSent(toBoth);
        chat.sendRemaining(toBoth);

        // THEN a message that went out whole is found; one that went out in part is completed without a second DM
        assertThat(whole).contains(sentToAnna);
        assertThat(partly).isEmpty();
        String reference = DiscordChatGateway.reference(key);
        for (FakeMember leader : List.of(anna, bram)) {
            assertThat(DISCORD.channelMessages(DISCORD.directMessageChannel(leader.user())))
                    .as(leader.user().toString())
                    .filteredOn(m -> m.path("embeds")
                            .path(0)
                            .path("footer")
                            .path("text")
                            .asText()
                            .contains(reference))
                    .hasSize(1);
        }
        assertThat(DISCORD.channelMessages(GUILD.channelId())).noneMatch(m -> m.path("embeds")
                .path(0)
                .path("footer")
                .path("text")
                .asText()
                .contains(reference));
    }

    @Test
    void postsTheRoundBoardInTheUpdatesChannelAndEditsItInPlaceAsLeadersReport() {
        // GIVEN a network with an updates channel
        var withChannel = networks.get(GUILD.id()).toBuilder();
        withChannel.channels = new nl.regiotafel.commands.network.Channels(GUILD.channelId(), null, null, null);
        networks.save(withChannel.build());
        java.time.Instant deadline = java.time.Instant.parse("2021-10-10T21:59:59Z");
        var first = new nl.regiotafel.commands.board.RoundBoard(
                GUILD.id(),
                "2021-Q3",
                deadline,
                1,
                3,
                List.of(
                        new nl.regiotafel.commands.board.RoundBoard.Missing("zomerzorg — ZomerZorg", false),
                        new nl.regiotafel.commands.board.RoundBoard.Missing("acute-psy — Acute psychiatrie", true)));

        // WHEN the round opens, and later one more leader reports
        connected();
        String posted = boards.post(first);
        String edited = boards.update(
                posted,
                new nl.regiotafel.commands.board.RoundBoard(
                        GUILD.id(),
                        "2021-Q3",
                        deadline,
                        2,
                        3,
                        List.of(new nl.regiotafel.commands.board.RoundBoard.Missing(
                                "acute-psy — Acute psychiatrie", true))));

        // THEN one message in the updates channel shows the round, edited in place
        assertThat(edited).isEqualTo(posted);
        ObjectNode board = DISCORD.message(posted);
        assertThat(board.path("channel_id").asText()).isEqualTo(GUILD.channelId());
        assertThat(board.path("edited_timestamp").isNull()).isFalse();
        JsonNode embed = board.path("embeds").path(0);
        assertThat(embed.path("title").asText()).isEqualTo("Rapportageronde 2021-Q3");
        assertThat(embed.path("description").asText())
                .contains("Deadline: <t:" + deadline.getEpochSecond() + ":f> (<t:" + deadline.getEpochSecond() + ":R>)")
                .contains("2 van 3 projecten gerapporteerd (66%)")
                .contains("• acute-psy — Acute psychiatrie (afwezig)")
                .doesNotContain("zomerzorg");
        assertThat(DISCORD.requests())
                .anyMatch(r -> r.method().equals("PATCH")
                        && r.path().equals("channels/" + GUILD.channelId() + "/messages/" + posted));
    }

    @Test
    void postsANewRoundBoardWhenSomeoneDeletedTheOld() {
        var withChannel = networks.get(GUILD.id()).toBuilder();
        withChannel.channels = new nl.regiotafel.commands.network.Channels(GUILD.channelId(), null, null, null);
        networks.save(withChannel.build());
        var board = new nl.regiotafel.commands.board.RoundBoard(
                GUILD.id(), "2021-Q4", java.time.Instant.parse("2022-01-10T22:59:59Z"), 0, 0, List.of());
        connected();
        String posted = boards.post(board);

        DISCORD.deleteMessage(posted);
        String now = boards.update(posted, board);

        assertThat(now).isNotEqualTo(posted);
        assertThat(DISCORD.message(now)
                        .path("embeds")
                        .path(0)
                        .path("description")
                        .asText())
                .contains("Alle projecten hebben gerapporteerd.");
    }

    @Test
    void keepsAProjectsForumPostWithItsCardTagsAndUpdatesAndReopensItToEditAfterClosing() {
        // GIVEN the network's forum channel with Regiotafel's tags
        connected();
        String code = code("forum");
        Page card = Page.of("Forum (" + code + ")", "Regio: Zeeland\nFase: Uitvoering");

        // WHEN the project gets its post, an update lands in it and the project is archived
        ProjectForum.Post post = forum.create(
                GUILD.id(),
                GUILD.forumChannelId(),
                ProjectForum.title(code, "Forum"),
                card,
                List.of("Aandacht nodig", "Uitvoering", "Behoud", "Geen zo'n tag"));
        String update = forum.add(GUILD.id(), post, Page.of("Update 2021-Q3", "Zeven organisaties doen mee"));
        forum.close(GUILD.id(), post);

        // THEN the post is named "code — name", carries the three known tags and starts with the card
        ObjectNode stored = DISCORD.forumPost(post.threadId());
        assertThat(stored.path("name").asText()).isEqualTo(code + " — Forum");
        assertThat(stored.path("parent_id").asText()).isEqualTo(GUILD.forumChannelId());
        List<String> tags = new ArrayList<>();
        stored.path("applied_tags").forEach(t -> tags.add(GUILD.forumTags().get(t.asText())));
        assertThat(tags).containsExactlyInAnyOrder("Aandacht nodig", "Uitvoering", "Behoud");
        assertThat(DISCORD.channelMessages(post.threadId()))
                .extracting(m -> m.path("embeds").path(0).path("title").asText())
                .containsExactly("Forum (" + code + ")", "Update 2021-Q3");
        assertThat(update).isNotEqualTo(post.cardMessageId());
        // AND it is closed and locked
        assertThat(stored.path("thread_metadata").path("archived").asBoolean()).isTrue();
        assertThat(stored.path("thread_metadata").path("locked").asBoolean()).isTrue();

        // WHEN the card changes after closing
        forum.editCard(
                GUILD.id(),
                post,
                Page.of("Forum (" + code + ")", "Regio: Zeeland\nFase: Borging"),
                List.of("Op schema", "Borging", "Behoud"));

        // THEN Discord first refused (archived), the bot reopened the post and edited the card and its tags
        assertThat(DISCORD.requests())
                .anyMatch(r -> r.status() == 400
                        && r.path().equals("channels/" + post.threadId() + "/messages/" + post.cardMessageId()));
        assertThat(DISCORD.message(post.cardMessageId())
                        .path("embeds")
                        .path(0)
                        .path("description")
                        .asText())
                .contains("Fase: Borging");
        List<String> retagged = new ArrayList<>();
        DISCORD.forumPost(post.threadId())
                .path("applied_tags")
                .forEach(t -> retagged.add(GUILD.forumTags().get(t.asText())));
        assertThat(retagged).containsExactlyInAnyOrder("Op schema", "Borging", "Behoud");
    }

    @Test
    void givesANewProjectAForumPostWhereItsUpdatesLandAndClosesItWhenArchived() {
        // GIVEN a network with a forum channel, and a project leader
        String code = code("post");
        FakeMember lotte = GUILD.member("lotte-" + code);
        var withForum = networks.get(GUILD.id()).toBuilder();
        withForum.channels =
                new nl.regiotafel.commands.network.Channels(null, null, null, null, GUILD.forumChannelId());
        networks.save(withForum.build());
        try {
            // WHEN a manager adds the project
            DISCORD.command(manager("mirjam"), "project")
                    .subcommand("add")
                    .option("code", code)
                    .option("name", "Forumproject")
                    .option("region", "Zeeland")
                    .option("theme", "Behoud")
                    .option("phase", "uitvoering")
                    .option("leader", lotte)
                    .send()
                    .callback();

            // THEN it gets a post "code — name" in the forum, tagged with its phase and theme, the card first
            RecordedRequest created = DISCORD.await(
                    r -> r.method().equals("POST")
                            && r.path().equals("channels/" + GUILD.forumChannelId() + "/threads")
                            && r.json().path("name").asText().startsWith(code),
                    WAIT,
                    "the forum post");
            String thread = DISCORD.forumPostNamed(code + " — Forumproject");
            assertThat(created.json().path("name").asText()).isEqualTo(code + " — Forumproject");
            assertThat(tagNames(DISCORD.forumPost(thread))).containsExactlyInAnyOrder("Uitvoering", "Behoud");
            assertThat(DISCORD.channelMessages(thread)
                            .get(0)
                            .path("embeds")
                            .path(0)
                            .path("title")
                            .asText())
                    .contains(code);

            // WHEN the leader posts an update with a health signal
            RecordedRequest updated = DISCORD.command(lotte, "update")
                    .option("project", code)
                    .option("signaal", "aandacht")
                    .option("resultaten", "Zeven organisaties doen mee")
                    .option("acties", "Eindevaluatie plannen")
                    .send()
                    .callback();
            assertThat(updated.isEphemeral()).as(updated.toString()).isFalse();

            // THEN the update lands in the post and the tags follow the health
            DISCORD.await(
                    r -> r.method().equals("POST") && r.path().equals("channels/" + thread + "/messages"),
                    WAIT,
                    "the update in the post");
            DISCORD.await(
                    r -> r.method().equals("PATCH")
                            && r.path().equals("channels/" + thread)
                            && r.json().path("applied_tags").size() == 3,
                    WAIT,
                    "the tags of the post");
            assertThat(tagNames(DISCORD.forumPost(thread)))
                    .containsExactlyInAnyOrder("Aandacht nodig", "Uitvoering", "Behoud");
            assertThat(DISCORD.channelMessages(thread)).hasSize(2);

            // WHEN the project is archived THEN the post is closed and locked
            DISCORD.command(manager("mirjam"), "project")
                    .subcommand("archive")
                    .option("project", code)
                    .send()
                    .callback();
            DISCORD.await(
                    r -> r.method().equals("PATCH")
                            && r.path().equals("channels/" + thread)
                            && r.json().path("locked").asBoolean(),
                    WAIT,
                    "the post closed");
            assertThat(DISCORD.forumPost(thread)
                            .path("thread_metadata")
                            .path("archived")
                            .asBoolean())
                    .isTrue();
        } finally {
            var without = networks.get(GUILD.id()).toBuilder();
            without.channels = nl.regiotafel.commands.network.Channels.none();
            networks.save(without.build());
        }
    }

    @Test
    void findsAnArchivedPostItsClientDoesNotKnowAndReopensItToEditTheCard() {
        // GIVEN a project whose post was archived while the bot was down: after a restart the client does not know it
        connected();
        String code = code("herstart");
        String thread = DISCORD.addForumPost(GUILD, code + " — Na herstart", true);

        // WHEN the card changes
        forum.editCard(
                GUILD.id(),
                new ProjectForum.Post(thread, thread),
                Page.of("Na herstart (" + code + ")", "Fase: Borging"),
                List.of("Borging"));

        // THEN the bot found it among the forum's archived posts, reopened it and edited the card
        assertThat(DISCORD.requests())
                .anyMatch(r -> r.method().equals("GET")
                        && r.path().equals("channels/" + GUILD.forumChannelId() + "/threads/archived/public"));
        assertThat(DISCORD.forumPost(thread)
                        .path("thread_metadata")
                        .path("archived")
                        .asBoolean())
                .isFalse();
        assertThat(DISCORD.message(thread)
                        .path("embeds")
                        .path(0)
                        .path("description")
                        .asText())
                .isEqualTo("Fase: Borging");
        assertThat(tagNames(DISCORD.forumPost(thread))).containsExactly("Borging");
    }

    @Test
    void reconcilesTheForumMakingMissingAndDeletedPostsAndSettingTagsBack() {
        // GIVEN two projects added before the forum was configured, and then the forum
        connected();
        String first = code("recon");
        String second = code("recon");
        add(manager("mirjam"), first, "Eerste").callback();
        add(manager("mirjam"), second, "Tweede").callback();
        var withForum = networks.get(GUILD.id()).toBuilder();
        withForum.channels =
                new nl.regiotafel.commands.network.Channels(null, null, null, null, GUILD.forumChannelId());
        networks.save(withForum.build());
        try {
            // WHEN the forum is reconciled
            reconciled();

            // THEN both projects have a post, tagged with their theme
            String firstPost = DISCORD.forumPostNamed(first + " — Eerste");
            String secondPost = DISCORD.forumPostNamed(second + " — Tweede");
            assertThat(tagNames(DISCORD.forumPost(firstPost))).containsExactlyInAnyOrder("Plan van aanpak", "Behoud");

            // WHEN a moderator deletes one post and changes the other's tags, and the hourly reconciliation runs
            DISCORD.deleteForumPost(firstPost);
            eventually(() -> bot.jda().getThreadChannelById(firstPost) == null);
            DISCORD.retagForumPost(secondPost, List.of());
            eventually(() ->
                    bot.jda().getThreadChannelById(secondPost).getAppliedTags().isEmpty());
            reconciled();

            // THEN the deleted post is made again and the tags are set back; nothing else is posted twice
            String again = DISCORD.forumPostNamed(first + " — Eerste");
            assertThat(again).isNotEqualTo(firstPost);
            assertThat(tagNames(DISCORD.forumPost(secondPost))).containsExactlyInAnyOrder("Plan van aanpak", "Behoud");
            assertThat(DISCORD.requests().stream()
                            .filter(r -> r.method().equals("POST")
                                    && r.path().endsWith("/threads")
                                    && r.json().path("name").asText().startsWith(second)))
                    .hasSize(1);
        } finally {
            var without = networks.get(GUILD.id()).toBuilder();
            without.channels = nl.regiotafel.commands.network.Channels.none();
            networks.save(without.build());
        }
    }

    @Test
    void choosingAForumSaysItIsReadyAndGivesTheExistingProjectsTheirPosts() {
        // GIVEN a project from before the forum
        connected();
        String code = code("kiesforum");
        add(manager("mirjam"), code, "Voor het forum").callback();
        try {
            // WHEN an administrator (Discord in English) chooses the forum channel
            SentInteraction chosen = DISCORD.command(manager("sam"), "setup")
                    .subcommand("channels")
                    .option("forum", GUILD.forumChannelId())
                    .send();
            RecordedRequest reply = chosen.callback();
            RecordedRequest note = chosen.webhook("POST", WAIT);

            // THEN the forum is stored, the bot says privately that it has what it needs, and the project gets its post
            assertThat(embed(reply).path("title").asText()).isEqualTo("Configuration saved");
            assertThat(networks.get(GUILD.id()).channels().forum()).isEqualTo(GUILD.forumChannelId());
            assertThat(note.message().path("content").asText()
                            + embed(note).path("description").asText())
                    .contains("Every project now gets a post in the forum");
            assertThat(note.isEphemeral()).isTrue();
            DISCORD.await(
                    r -> r.method().equals("POST")
                            && r.path().endsWith("/threads")
                            && r.json().path("name").asText().equals(code + " — Voor het forum"),
                    WAIT,
                    "the post of the existing project");
            // Let the bot finish the forum before the next scenario changes the channels
            reconciled();
        } finally {
            var without = networks.get(GUILD.id()).toBuilder();
            without.channels = nl.regiotafel.commands.network.Channels.none();
            networks.save(without.build());
        }
    }

    /** Reconciles the guild's forum on the bot's forum thread, after whatever it has queued, and waits for it. */
    private void reconciled() {
        try {
            forumSync.reconcileLater(GUILD.id()).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until the bot's client has seen a gateway event, as {@code condition} tells. */
    private static void eventually(java.util.function.BooleanSupplier condition) {
        long until = System.currentTimeMillis() + WAIT.toMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("The client did not see the event within " + WAIT);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<String> tagNames(JsonNode post) {
        List<String> names = new ArrayList<>();
        post.path("applied_tags").forEach(t -> names.add(GUILD.forumTags().get(t.asText())));
        return names;
    }

    @AfterEach
    void obeysDiscordsRules() {
        assertThat(DISCORD.newViolations()).isEmpty();
    }

    private static String code(String stem) {
        return stem + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
    }

    private static FakeMember manager(String name) {
        return GUILD.member(name, GUILD.administrators()).withLocale("en-US");
    }

    private static SentInteraction add(FakeMember who, String code, String name) {
        return DISCORD.command(who, "project")
                .subcommand("add")
                .option("code", code)
                .option("name", name)
                .option("region", "Zeeland")
                .option("theme", "Behoud")
                .send();
    }

    private static JsonNode embed(RecordedRequest request) {
        return request.message().path("embeds").path(0);
    }

    @Test
    void registersEveryCommandInTheConfiguredGuildWithDutchNamesAndEnglishLocalisationsAtStartUp() {
        RecordedRequest registration = DISCORD.await(
                r -> r.method().equals("PUT") && r.path().endsWith("/commands"), WAIT, "command registration");

        assertThat(registration.path())
                .isEqualTo("applications/" + DISCORD.applicationId() + "/guilds/" + GUILD.id() + "/commands");
        assertThat(registration.status()).isEqualTo(200);
        assertThat(DiscordRules.check(registration)).isEmpty();
        List<String> names = new ArrayList<>();
        registration.json().forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).contains("project", "help", "mijlpaal", "samenvatting", "instellen");
        for (JsonNode command : registration.json()) {
            for (String locale : DiscordRules.LOCALISED) {
                assertThat(command.path("description_localizations")
                                .path(locale)
                                .asText())
                        .as(command.path("name").asText() + " " + locale)
                        .isNotBlank();
            }
        }
        JsonNode milestone = find(registration.json(), "mijlpaal");
        assertThat(milestone.path("name_localizations").path("en-US").asText()).isEqualTo("milestone");
        JsonNode project = find(registration.json(), "project");
        assertThat(project.path("options").findValuesAsText("name")).contains("toevoegen", "info", "lijst");
        assertThat(DISCORD.gatewayEvents())
                .as("only the GUILDS intent, which JDA always sets: nothing privileged")
                .contains("identify intents=1");
        DISCORD.awaitGateway("heartbeat", 1, WAIT);
    }

    @Test
    void helpMentionsEveryCommandClickablyWithTheIdsOfTheRegistrationInEveryLanguage() {
        String away = DISCORD.registeredCommand(GUILD, "afwezig").path("id").asText();
        String help = DISCORD.registeredCommand(GUILD, "help").path("id").asText();

        RecordedRequest dutch =
                DISCORD.command(GUILD.member("lieke"), "help").send().callback();
        RecordedRequest english = DISCORD.command(GUILD.member("sam").withLocale("en-US"), "help")
                .send()
                .callback();

        // Discord resolves a mention by the default name and id and shows it in the reader's language
        assertThat(embed(dutch).path("description").asText())
                .contains("</afwezig melden:" + away + "> — Meld je afwezig van een dag tot een dag")
                .contains("</help:" + help + "> — ")
                .doesNotContain("`/");
        assertThat(embed(english).path("description").asText())
                .contains("</afwezig melden:" + away + "> — "
                        + Messages.of(Messages.ENGLISH).get("cmd.away.set"))
                .doesNotContain("klok");
    }

    @Test
    void aDutchAndAnEnglishClientRunTheSameCommandWhichArrivesByItsDutchName() {
        // GIVEN a project, and two administrators: Lotte's Discord in Dutch, Sam's in English
        String code = code("tweetalig");
        add(manager("mirjam"), code, "Tweetalig").callback();
        FakeMember lotte = GUILD.member("lotte-" + code("nl"), GUILD.administrators());
        FakeMember sam =
                GUILD.member("sam-" + code("en"), GUILD.administrators()).withLocale("en-GB");

        // WHEN each adds a milestone, typing the names their client shows
        SentInteraction dutch = DISCORD.command(lotte, "mijlpaal")
                .subcommand("toevoegen")
                .option("project", code)
                .option("titel", "Tussenevaluatie")
                .option("datum", "Q4 2021")
                .send();
        RecordedRequest dutchReply = dutch.callback();
        SentInteraction english = DISCORD.command(sam, "milestone")
                .subcommand("add")
                .option("project", code)
                .option("title", "Final evaluation")
                .option("due", "juli 2022")
                .send();
        RecordedRequest englishReply = english.callback();

        // THEN both interactions carried the Dutch default names, as Discord sends them
        for (SentInteraction sent : List.of(dutch, english)) {
            JsonNode data = sent.payload().path("data");
            assertThat(data.path("name").asText()).isEqualTo("mijlpaal");
            assertThat(data.path("options").path(0).path("name").asText()).isEqualTo("toevoegen");
            assertThat(data.path("options").path(0).path("options").findValuesAsText("name"))
                    .containsExactly("project", "titel", "datum");
        }
        // AND each was answered in its client's language, and both milestones are stored
        assertThat(embed(dutchReply).path("title").asText()).isEqualTo("Mijlpaal " + code + " #1 toegevoegd");
        assertThat(embed(englishReply).path("title").asText()).isEqualTo("Milestone " + code + " #2 added");
        assertThat(milestones.find(GUILD.id(), code, 1).orElseThrow().title()).isEqualTo("Tussenevaluatie");
        assertThat(milestones.find(GUILD.id(), code, 2).orElseThrow().title()).isEqualTo("Final evaluation");
    }

    @Test
    void runsASubcommandInAGroupTypedInEnglishWhichArrivesByItsDutchNames() {
        // GIVEN an administrator whose Discord is in English
        FakeMember admin = manager("sam");
        String region = "Regio " + code("r");

        // WHEN they type /setup regions add region:…
        SentInteraction sent = DISCORD.command(admin, "setup")
                .subcommand("regions", "add")
                .option("region", region)
                .send();
        RecordedRequest reply = sent.callback();

        // THEN Discord sends /instellen regio toevoegen regio:…, and the region is added
        JsonNode group = sent.payload().path("data").path("options").path(0);
        assertThat(sent.payload().path("data").path("name").asText()).isEqualTo("instellen");
        assertThat(group.path("name").asText()).isEqualTo("regio");
        assertThat(group.path("options").path(0).path("name").asText()).isEqualTo("toevoegen");
        assertThat(group.path("options")
                        .path(0)
                        .path("options")
                        .path(0)
                        .path("name")
                        .asText())
                .isEqualTo("regio");
        assertThat(embed(reply).path("title").asText()).as(reply.toString()).isEqualTo("Configuration saved");
        assertThat(networks.get(GUILD.id()).regions())
                .extracting(nl.regiotafel.commands.network.Region::name)
                .contains(region);
    }

    @Test
    void autocompletesAnOptionWhoseDutchNameDiffersFromItsInternalOne() {
        // GIVEN a project with a milestone
        String code = code("auto");
        FakeMember lotte = GUILD.member("lotte-" + code, GUILD.administrators());
        add(manager("mirjam"), code, "Autocomplete").callback();
        DISCORD.command(lotte, "mijlpaal")
                .subcommand("toevoegen")
                .option("project", code)
                .option("titel", "Tussenevaluatie")
                .option("datum", "Q4 2021")
                .send()
                .callback();

        // WHEN Lotte types in the mijlpaal option of /mijlpaal behaald
        RecordedRequest answer = DISCORD.command(lotte, "mijlpaal")
                .subcommand("behaald")
                .option("project", code)
                .autocomplete("mijlpaal", "tussen")
                .callback();

        // THEN the bot recognised the option (milestone) and suggests the open milestone
        assertThat(answer.callbackType()).isEqualTo(8);
        assertThat(answer.json().path("data").path("choices").findValuesAsText("value"))
                .containsExactly("1");
    }

    @Test
    void anEnglishClientCannotTypeTheDutchNamesItDoesNotShow() {
        FakeMember sam = GUILD.member("sam").withLocale("en-US");

        assertThatThrownBy(() -> DISCORD.command(sam, "mijlpaal"))
                .as("an en-US client shows /milestone only")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DISCORD.command(GUILD.member("lotte"), "milestone"))
                .as("a Dutch client shows /mijlpaal only")
                .isInstanceOf(IllegalStateException.class);
    }

    private static JsonNode find(JsonNode commands, String name) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("No command " + name);
    }

    @Test
    void addsAProjectAndShowsItsCard() {
        String code = code("glasses");
        FakeMember dutchManager = GUILD.member("mirjam", GUILD.administrators());
        FakeMember member = GUILD.member("lieke").withLocale("en-US");

        RecordedRequest added = DISCORD.command(dutchManager, "project")
                .subcommand("toevoegen")
                .option("code", code)
                .option("naam", "Pilot Smart Glasses")
                .option("regio", "Zeeland")
                .option("thema", "Behoud")
                .send()
                .callback();
        RecordedRequest info = DISCORD.command(member, "project")
                .subcommand("info")
                .option("project", code)
                .send()
                .callback();

        assertThat(added.callbackType()).isEqualTo(4);
        assertThat(added.isEphemeral()).isFalse();
        assertThat(embed(added).path("title").asText()).isEqualTo("Project " + code + " toegevoegd");
        assertThat(info.callbackType()).isEqualTo(4);
        assertThat(info.isEphemeral()).isFalse();
        assertThat(embed(info).path("title").asText()).isEqualTo("Pilot Smart Glasses (" + code + ")");
        assertThat(embed(info).path("fields").findValuesAsText("value")).contains("Zeeland");
        assertThat(projects.find(GUILD.id(), code)).isPresent();
    }

    @Test
    void autocompleteSuggestsOnlyThisGuildsProjects() {
        String stem = code("zomer");
        FakeMember manager = manager("mirjam");
        add(manager, stem + "-a", "Zomerzorg A").callback();
        add(manager, stem + "-b", "Zomerzorg B").callback();
        // The same bot in another server, through the registry: Discord offers the commands only in the test guild
        CommandResponse elsewhere = registry.dispatch(new CommandRequest(
                "other-guild-" + UUID.randomUUID(),
                "c1",
                new Invoker("m1", "Mirjam", Set.of(Role.MANAGER, Role.MEMBER)),
                Messages.ENGLISH,
                "project",
                "add",
                Map.of("code", stem + "-c", "name", "Elders", "region", "Zeeland", "theme", "Behoud"),
                UUID.randomUUID().toString()));
        assertThat(elsewhere.isPrivate()).as("added in the other network").isFalse();

        RecordedRequest answer = DISCORD.command(manager, "project")
                .subcommand("info")
                .autocomplete("project", stem)
                .callback();

        assertThat(answer.callbackType()).isEqualTo(8);
        assertThat(answer.json().path("data").path("choices").findValuesAsText("value"))
                .containsExactlyInAnyOrder(stem + "-a", stem + "-b");
    }

    @Test
    void pagesThroughALongListWithButtonsOnlyForWhoeverAskedForIt() {
        FakeMember manager = manager("mirjam");
        FakeMember lotte = GUILD.member("lotte");
        String stem = code("p");
        for (int i = 0; i < 20; i++) {
            RecordedRequest added = DISCORD.command(manager, "project")
                    .subcommand("add")
                    .option("code", stem + "-" + (100 + i))
                    .option("name", "Project " + i)
                    .option("region", "Utrecht")
                    .option("theme", "Instroom")
                    .option("leader", lotte)
                    .send()
                    .callback();
            assertThat(added.isEphemeral()).as(added.toString()).isFalse();
        }
        SentInteraction list = DISCORD.command(manager, "project")
                .subcommand("list")
                .option("leader", lotte)
                .send();
        RecordedRequest firstPage = list.callback();
        JsonNode buttons = firstPage.message().path("components").path(0).path("components");
        String next = buttons.path(1).path("custom_id").asText();

        RecordedRequest stranger = DISCORD.click(
                        GUILD.member("daan").withLocale("en-US"), DISCORD.originalMessage(list), next)
                .callback();
        RecordedRequest secondPage =
                DISCORD.click(manager, DISCORD.originalMessage(list), next).callback();

        assertThat(embed(firstPage).path("title").asText()).isEqualTo("Projects (20)");
        assertThat(embed(firstPage).path("footer").path("text").asText()).isEqualTo("Page 1 of 2");
        assertThat(buttons.path(0).path("disabled").asBoolean()).isTrue();
        assertThat(secondPage.callbackType()).as("UPDATE_MESSAGE").isEqualTo(7);
        assertThat(embed(secondPage).path("footer").path("text").asText()).isEqualTo("Page 2 of 2");
        assertThat(embed(secondPage).path("description").asText()).contains(stem + "-119");
        assertThat(DISCORD.originalMessage(list)
                        .path("embeds")
                        .path(0)
                        .path("footer")
                        .path("text")
                        .asText())
                .isEqualTo("Page 2 of 2");
        assertThat(stranger.callbackType()).isEqualTo(4);
        assertThat(stranger.isEphemeral()).isTrue();
        assertThat(stranger.message().path("content").asText()
                        + embed(stranger).path("description").asText())
                .contains("Only the person who asked for this list can page through it.");
    }

    @Test
    void refusesAMemberWithoutRolesPrivatelyAndStoresNothing() {
        String code = code("refused");

        RecordedRequest refused = add(GUILD.member("lieke").withLocale("en-US"), code, "Niet van mij")
                .callback();

        assertThat(refused.callbackType()).isEqualTo(4);
        assertThat(refused.isEphemeral()).isTrue();
        assertThat(embed(refused).path("description").asText())
                .isEqualTo("Only managers and administrators may do this.");
        assertThat(projects.find(GUILD.id(), code)).isEmpty();
    }

    @Test
    void createsAProjectOnceWhenDiscordDeliversTheSameInteractionTwice() {
        String code = code("twice");
        SentInteraction sent = add(manager("mirjam"), code, "Dubbel");
        RecordedRequest first = sent.callback();

        DISCORD.redeliver(sent);
        RecordedRequest second = DISCORD.await(
                r -> r.isCallback() && r.segments()[1].equals(sent.id()) && r != first,
                WAIT,
                "a second callback to " + sent.id());

        assertThat(first.isEphemeral()).isFalse();
        // Discord refuses a second acknowledgement (40060), so this reply never reaches anyone; answering a
        // redelivery with the first result is for the idempotency work
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.isEphemeral()).isTrue();
        assertThat(embed(second).path("description").asText())
                .isEqualTo("A project with code " + code + " already exists in this network.");
        assertThat(projects.find(GUILD.id(), code)).isPresent();
        assertThat(audit.history(GUILD.id(), code, 10)).hasSize(1);
    }

    @Test
    void defersASlowCommandWithinThreeSecondsAndEditsTheReplyIn() {
        SentInteraction slow = DISCORD.command(manager("mirjam"), "slow").send();

        RecordedRequest deferred = slow.callback();
        RecordedRequest edited = slow.webhook("PATCH", WAIT);

        long answeredAfter = deferred.received().toEpochMilli() - Snowflakes.millis(slow.id());
        assertThat(deferred.callbackType())
                .as("DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE")
                .isEqualTo(5);
        assertThat(answeredAfter).isLessThan(3_000);
        assertThat(edited.path()).endsWith("/messages/@original");
        assertThat(embed(edited).path("description").asText()).isEqualTo("Done after two seconds");
        assertThat(DISCORD.originalMessage(slow).path("flags").asInt() & 128)
                .as("no longer 'thinking'")
                .isZero();
    }

    @Test
    void answersOtherInteractionsWhileSlowCommandsRun() {
        SentInteraction first = DISCORD.command(manager("mirjam"), "slow").send();
        SentInteraction second = DISCORD.command(manager("daan"), "slow").send();
        SentInteraction help = DISCORD.command(GUILD.member("lieke"), "help").send();

        RecordedRequest helped = help.callback();
        RecordedRequest firstDeferred = first.callback();
        RecordedRequest secondDeferred = second.callback();

        assertThat(helped.callbackType()).isEqualTo(4);
        assertThat(helped.received()).as("/help waits for no slow command").isBefore(firstDeferred.received());
        assertThat(firstDeferred.callbackType()).isEqualTo(5);
        assertThat(secondDeferred.callbackType()).isEqualTo(5);
        assertThat(secondDeferred.received().toEpochMilli() - Snowflakes.millis(second.id()))
                .as("the second slow command is deferred within Discord's 3 s too")
                .isLessThan(3_000);
        first.webhook("PATCH", WAIT);
        second.webhook("PATCH", WAIT);
    }

    @Test
    void opensAFormAndRunsTheCommandWithWhatWasSubmitted() {
        FakeMember member = GUILD.member("sanne").withLocale("en-US");

        RecordedRequest modal = DISCORD.command(member, "note").send().callback();
        SentInteraction submitted =
                DISCORD.submitModal(member, modal, Map.of("goal", "Werkdruk in de zomer verlichten"));
        RecordedRequest reply = submitted.callback();

        assertThat(modal.callbackType()).as("MODAL").isEqualTo(9);
        assertThat(modal.json().path("data").path("title").asText()).isEqualTo("Goal");
        assertThat(reply.callbackType()).isEqualTo(4);
        assertThat(embed(reply).path("description").asText()).isEqualTo("Werkdruk in de zomer verlichten");
        assertThat(reply.files()).as("sent as multipart with the file").containsExactly("note.md");
        assertThat(DISCORD.originalMessage(submitted).path("attachments").findValuesAsText("filename"))
                .containsExactly("note.md");
    }

    @Test
    void resumesAfterTheGatewayDropsTheConnectionAndAnswersWhatWasSentMeanwhile() {
        long identifies = DISCORD.gatewayEvents().stream()
                .filter(e -> e.startsWith("identify"))
                .count();
        long resumes =
                DISCORD.gatewayEvents().stream().filter("resumed"::equals).count();

        DISCORD.disconnect(4000);
        SentInteraction help = DISCORD.command(GUILD.member("lieke"), "help").send();
        RecordedRequest answer = help.callback();

        DISCORD.awaitGateway("resumed", (int) resumes + 1, WAIT);
        assertThat(DISCORD.gatewayEvents().stream().filter(e -> e.startsWith("identify")))
                .as("resumed, not identified again")
                .hasSize((int) identifies);
        assertThat(answer.callbackType()).isEqualTo(4);
        assertThat(embed(answer).path("title").asText()).isEqualTo("Regiotafel — commando's");
    }
}
