package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import nl.regiotafel.bot.discord.fake.FakeMember;
import nl.regiotafel.bot.discord.fake.RecordedRequest;
import nl.regiotafel.bot.discord.fake.SentInteraction;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.board.RoundBoardStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 15's Discord features end to end, with the real JDA client against the fake Discord: the live round board
 * posted once and then edited as a leader reports, a plain leader name linked with a user select menu, in the client's
 * language, and the forum's tags created by the bot with every post arriving once although Discord answers 429s.
 *
 * <p>Its own guild, whose forum starts with one of Regiotafel's tags and one of its own; the round-board pacing is
 * shortened so the scenarios do not wait 15 s.
 */
@Import(NativeDiscordE2ETest.Fake.class)
@SpringBootTest(
        classes = RegiotafelApplication.class,
        properties = {
            "regiotafel.console.enabled=false",
            "regiotafel.scheduler.enabled=false",
            "regiotafel.storage.data-dir=target/test-data/${random.uuid}",
            "regiotafel.round-board.delay=100ms",
            "regiotafel.round-board.gap=300ms",
            "regiotafel.round-board.start-up=1h",
            "discord.token=" + FakeDiscord.TOKEN
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class NativeDiscordE2ETest {

    static final FakeDiscord DISCORD = FakeDiscord.start();

    static final FakeGuild GUILD = DISCORD.addGuild("Regiotafel Walcheren", List.of("Op schema", "Eigen label"));

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** 5 October 2021, in the window of the Q3 round (deadline 10 October). */
    private static final Instant OCTOBER_5 = Instant.parse("2021-10-05T08:00:00Z");

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        registry.add("discord.guild-id", GUILD::id);
        registry.add("discord.api-base-url", DISCORD::apiBaseUrl);
        registry.add("discord.gateway-url", DISCORD::gatewayUrl);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fake {

        /** A bean so the fake closes with the context, after the bot has disconnected. */
        @Bean
        FakeDiscord fakeDiscord() {
            return DISCORD;
        }
    }

    @Autowired
    CommandRegistry registry;

    @Autowired
    NetworkStore networks;

    @Autowired
    ProjectStore projects;

    @Autowired
    RoundBoardStore boards;

    @Autowired
    nl.regiotafel.bot.config.AdjustableClock clock;

    @Autowired
    DiscordBot bot;

    private void connected() {
        try {
            bot.jda().awaitStatus(net.dv8tion.jda.api.JDA.Status.CONNECTED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    @Order(1)
    void postsTheRoundBoardOnceAndEditsItInPlaceWhenALeaderReports() {
        // GIVEN 5 October 2021, an updates channel, and two projects of which Lotte leads one
        connected();
        clock.set(OCTOBER_5);
        var settings = networks.get(GUILD.id()).toBuilder();
        settings.channels = new Channels(GUILD.channelId(), null, null, null);
        networks.save(settings.build());
        FakeMember lotte = GUILD.member("lotte");
        String mine = code("bord");
        String other = code("bord");
        DISCORD.command(manager("mirjam"), "project")
                .subcommand("add")
                .option("code", mine)
                .option("name", "Van Lotte")
                .option("region", "Zeeland")
                .option("theme", "Behoud")
                .option("leader", lotte)
                .send()
                .callback();
        DISCORD.command(manager("mirjam"), "project")
                .subcommand("add")
                .option("code", other)
                .option("name", "Nog niet gerapporteerd")
                .option("region", "Zeeland")
                .option("theme", "Behoud")
                .send()
                .callback();

        // THEN the round's board is posted in the updates channel, Lotte's project among the missing
        String board = awaitBoard(b -> b.path("description").asText().contains(mine)
                && b.path("description").asText().contains(other));
        JsonNode embed = DISCORD.message(board).path("embeds").path(0);
        long deadline = Instant.parse("2021-10-10T21:59:59Z").getEpochSecond();
        assertThat(embed.path("title").asText()).isEqualTo("Rapportageronde 2021-Q3");
        assertThat(embed.path("description").asText())
                .contains("Deadline: <t:" + deadline + ":f> (<t:" + deadline + ":R>)")
                .contains("0 van 2 projecten gerapporteerd (0%)");
        assertThat(DISCORD.message(board).path("channel_id").asText()).isEqualTo(GUILD.channelId());

        // WHEN Lotte reports
        DISCORD.command(lotte, "update")
                .option("project", mine)
                .option("resultaten", "Zeven organisaties doen mee")
                .send()
                .callback();

        // THEN the same message is edited: 1 of 2, only the other project missing; no second board was posted
        DISCORD.await(
                r -> r.method().equals("PATCH")
                        && r.path().equals("channels/" + GUILD.channelId() + "/messages/" + board)
                        && r.json()
                                .path("embeds")
                                .path(0)
                                .path("description")
                                .asText()
                                .contains("1 van 2"),
                WAIT,
                "the board edited");
        String after = DISCORD.message(board)
                .path("embeds")
                .path(0)
                .path("description")
                .asText();
        assertThat(after).contains(other).doesNotContain(mine);
        assertThat(boardPosts()).hasSize(1);
        assertThat(boards.find(GUILD.id(), "2021-Q3").orElseThrow().messageId()).isEqualTo(board);
    }

    @Test
    @Order(2)
    void linksAPlainLeaderNameToTheMemberChosenInAUserSelectInTheClientsLanguage() {
        // GIVEN a project whose leader was imported as a plain name, and Sanne, who is that person on the server
        connected();
        String code = code("naam");
        String name = "Sanne " + code;
        ok(registry.dispatch(new CommandRequest(
                GUILD.id(),
                GUILD.channelId(),
                new Invoker("beheer", "Beheer", java.util.Set.of(Role.ADMIN, Role.MEMBER)),
                Messages.DUTCH,
                "project",
                "add",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Geimporteerd",
                        "region",
                        "Zeeland",
                        "theme",
                        "Behoud",
                        "leader",
                        new UserRef(name, name)),
                UUID.randomUUID().toString())));
        FakeMember sanne = GUILD.member("sanne");
        FakeMember dutchAdmin = GUILD.member("bram", GUILD.administrators());
        FakeMember englishAdmin = GUILD.member("sam", GUILD.administrators()).withLocale("en-US");

        // WHEN a Dutch and an English administrator ask which names wait
        SentInteraction dutch = DISCORD.command(dutchAdmin, "instellen")
                .subcommand("ongekoppeld")
                .send();
        RecordedRequest dutchReply = dutch.callback();
        RecordedRequest englishReply = DISCORD.command(englishAdmin, "setup")
                .subcommand("unlinked")
                .send()
                .callback();

        // THEN each sees the offer in their own language, privately, with a user select
        assertThat(dutchReply.isEphemeral()).isTrue();
        assertThat(dutchReply.message().path("embeds").path(0).path("title").asText())
                .endsWith("op koppeling");
        assertThat(englishReply.message().path("embeds").path(0).path("title").asText())
                .endsWith("to be linked");
        JsonNode offer = DISCORD.originalMessage(dutch);
        JsonNode select = selectMenu(offer);
        assertThat(select.path("type").asInt()).isEqualTo(5);
        assertThat(select.path("placeholder").asText()).isEqualTo("Kies het lid…");

        // WHEN the English administrator tries the Dutch one's menu THEN it is refused privately and nothing changes
        RecordedRequest refused = DISCORD.selectUser(
                        englishAdmin, offer, select.path("custom_id").asText(), sanne)
                .callback();
        assertThat(refused.isEphemeral()).isTrue();
        assertThat(projects.find(GUILD.id(), code).orElseThrow().leaders()).containsExactly(name);

        // WHEN the Dutch administrator chooses Sanne in the menu, until the offer reaches her name
        JsonNode current = offer;
        for (int i = 0;
                i < 20
                        && projects.find(GUILD.id(), code)
                                .orElseThrow()
                                .leaders()
                                .contains(name);
                i++) {
            String shown = current.path("embeds").path(0).path("description").asText();
            FakeMember who = shown.contains(name) ? sanne : GUILD.member("iemand-" + i);
            SentInteraction chosen = DISCORD.selectUser(
                    dutchAdmin, current, selectMenu(current).path("custom_id").asText(), who);
            RecordedRequest reply = chosen.callback();
            assertThat(reply.message().path("embeds").path(0).path("title").asText())
                    .endsWith("gekoppeld");
            current = DISCORD.originalMessage(chosen);
            if (selectMenu(current) == null) {
                break;
            }
        }

        // THEN the project is led by Sanne's member id, so reminders mention her
        assertThat(projects.find(GUILD.id(), code).orElseThrow().leaders()).containsExactly(sanne.id());
    }

    @Test
    @Order(3)
    void createsTheForumsTagsAndGivesEveryProjectOnePostWhileDiscordAnswersTooManyRequests() {
        // GIVEN six projects from before the forum, and Discord allowing two new posts a second
        connected();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String code = code("forum");
            codes.add(code);
            ok(registry.dispatch(new CommandRequest(
                    GUILD.id(),
                    GUILD.channelId(),
                    new Invoker("beheer", "Beheer", java.util.Set.of(Role.ADMIN, Role.MEMBER)),
                    Messages.DUTCH,
                    "project",
                    "add",
                    Map.of(
                            "code",
                            code,
                            "name",
                            "Project " + i,
                            "region",
                            "Zeeland",
                            "theme",
                            "Behoud",
                            "phase",
                            "uitvoering"),
                    UUID.randomUUID().toString())));
        }
        DISCORD.limitForumPosts(2, Duration.ofSeconds(1));
        try {
            // WHEN an administrator chooses the forum channel
            DISCORD.command(manager("sam"), "setup")
                    .subcommand("channels")
                    .option("forum", GUILD.forumChannelId())
                    .send()
                    .callback();

            // THEN the bot creates the missing tags, keeping the forum's own, within Discord's 20
            DISCORD.await(
                    r -> r.method().equals("PATCH")
                            && r.path().equals("channels/" + GUILD.forumChannelId())
                            && r.status() == 200,
                    WAIT,
                    "the forum's tags");
            assertThat(GUILD.forumTags().values())
                    .contains("Eigen label", "Op schema", "Aandacht nodig", "Vertraagd", "Uitvoering", "Behoud")
                    .hasSizeLessThanOrEqualTo(20)
                    .doesNotHaveDuplicates();

            // AND every project gets exactly one post, tagged with its phase and theme, although some were refused 429
            for (String code : codes) {
                DISCORD.await(
                        r -> r.method().equals("POST")
                                && r.path().endsWith("/threads")
                                && r.status() == 200
                                && r.json().path("name").asText().startsWith(code + " "),
                        WAIT,
                        "the post of " + code);
            }
            assertThat(DISCORD.requests()).anyMatch(r -> r.path().endsWith("/threads") && r.status() == 429);
            for (String code : codes) {
                assertThat(DISCORD.requests().stream()
                                .filter(r -> r.method().equals("POST")
                                        && r.path().endsWith("/threads")
                                        && r.status() == 200
                                        && r.json().path("name").asText().startsWith(code + " ")))
                        .hasSize(1);
                List<String> tags = new ArrayList<>();
                DISCORD.forumPost(DISCORD.forumPostNamed(code + " — "
                                + projects.find(GUILD.id(), code).orElseThrow().name()))
                        .path("applied_tags")
                        .forEach(t -> tags.add(GUILD.forumTags().get(t.asText())));
                assertThat(tags).containsExactlyInAnyOrder("Uitvoering", "Behoud");
            }
        } finally {
            DISCORD.limitForumPosts(0, Duration.ZERO);
            var without = networks.get(GUILD.id()).toBuilder();
            without.channels = Channels.none();
            networks.save(without.build());
        }
    }

    @AfterEach
    void obeysDiscordsRules() {
        assertThat(DISCORD.newViolations()).isEmpty();
    }

    /** The id of the round board message whose embed matches, once the bot has posted it. */
    private String awaitBoard(java.util.function.Predicate<JsonNode> embed) {
        RecordedRequest posted = DISCORD.await(
                r -> r.method().equals("POST")
                        && r.path().equals("channels/" + GUILD.channelId() + "/messages")
                        && r.json()
                                .path("embeds")
                                .path(0)
                                .path("title")
                                .asText()
                                .startsWith("Rapportageronde"),
                WAIT,
                "the round board");
        String id = boards.find(GUILD.id(), "2021-Q3")
                .map(RoundBoardStore.Shown::messageId)
                .orElseGet(() -> awaitStored());
        long until = System.currentTimeMillis() + WAIT.toMillis();
        while (!embed.test(DISCORD.message(id).path("embeds").path(0))) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("The board never showed what was expected: " + DISCORD.message(id));
            }
            pause();
        }
        assertThat(posted).isNotNull();
        return id;
    }

    private String awaitStored() {
        long until = System.currentTimeMillis() + WAIT.toMillis();
        while (boards.find(GUILD.id(), "2021-Q3").isEmpty()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("The board was never stored");
            }
            pause();
        }
        return boards.find(GUILD.id(), "2021-Q3").orElseThrow().messageId();
    }

    private List<RecordedRequest> boardPosts() {
        return DISCORD.requests().stream()
                .filter(r -> r.method().equals("POST")
                        && r.path().equals("channels/" + GUILD.channelId() + "/messages")
                        && r.json()
                                .path("embeds")
                                .path(0)
                                .path("title")
                                .asText()
                                .startsWith("Rapportageronde"))
                .toList();
    }

    private static JsonNode selectMenu(JsonNode message) {
        for (JsonNode row : message.path("components")) {
            for (JsonNode component : row.path("components")) {
                if (component.path("type").asInt() == 5) {
                    return component;
                }
            }
        }
        return null;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CommandResponse ok(CommandResponse response) {
        assertThat(response.tone())
                .as(response.pages().isEmpty() ? "" : response.pages().get(0).text())
                .isNotEqualTo(Tone.ERROR);
        return response;
    }

    private static String code(String stem) {
        return stem + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
    }

    private static FakeMember manager(String name) {
        return GUILD.member(name, GUILD.administrators()).withLocale("en-US");
    }
}
