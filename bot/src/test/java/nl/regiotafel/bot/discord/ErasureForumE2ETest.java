package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.bot.discord.fake.FakeDiscord;
import nl.regiotafel.bot.discord.fake.FakeGuild;
import nl.regiotafel.bot.discord.fake.FakeMember;
import nl.regiotafel.bot.discord.fake.RecordedRequest;
import nl.regiotafel.bot.discord.fake.SentInteraction;
import nl.regiotafel.commands.forum.ForumPostStore;
import nl.regiotafel.commands.network.Channels;
import nl.regiotafel.commands.network.NetworkStore;
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
 * An erasure reaches what the bot posted in Discord: the whole bot, with the real JDA client, against the fake Discord.
 * A project's forum post shows its leader on the card and her update as a message, and a reminder in the channel
 * mentions her; after {@code /privacy wissen} all three are edited in place and the fake's stored messages hold neither
 * her id nor her name.
 */
@Import(ErasureForumE2ETest.Fake.class)
@SpringBootTest(
        classes = RegiotafelApplication.class,
        properties = {
            "regiotafel.console.enabled=false",
            "regiotafel.scheduler.enabled=false",
            "regiotafel.storage.data-dir=target/test-data/${random.uuid}",
            "discord.token=" + FakeDiscord.TOKEN
        })
final class ErasureForumE2ETest {

    static final FakeDiscord DISCORD = FakeDiscord.start();

    static final FakeGuild GUILD = DISCORD.addGuild("Regiotafel Walcheren");

    private static final Duration WAIT = SentInteraction.DEFAULT_WAIT;

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
    NetworkStore networks;

    @Autowired
    ForumPostStore posts;

    @Autowired
    DiscordBot bot;

    @Autowired
    nl.regiotafel.bot.config.AdjustableClock clock;

    @Autowired
    nl.regiotafel.commands.reminder.ReminderEngine reminders;

    @Test
    void afterAnErasureTheForumPostAndTheRemindersThatMentionedThePersonNameHerNoMore() throws InterruptedException {
        // GIVEN on Monday 27 September 2021 a forum and a reminders channel, and a project led by Petra with her update
        // in its post, naming her in the text too
        clock.set(java.time.Instant.parse("2021-09-27T06:00:00Z"));
        bot.jda().awaitStatus(net.dv8tion.jda.api.JDA.Status.CONNECTED);
        var withForum = networks.get(GUILD.id()).toBuilder();
        withForum.channels = new Channels(null, GUILD.channelId(), null, null, GUILD.forumChannelId());
        networks.save(withForum.build());
        FakeMember admin = GUILD.member("beheerder", GUILD.administrators());
        FakeMember petra = GUILD.member("petra-prive");
        DISCORD.command(admin, "project")
                .subcommand("toevoegen")
                .option("code", "walcheren-zorg")
                .option("naam", "Zorg op Walcheren")
                .option("regio", "Zeeland")
                .option("thema", "Behoud")
                .option("projectleider", petra)
                .send()
                .callback();
        DISCORD.await(
                r -> r.method().equals("POST") && r.path().equals("channels/" + GUILD.forumChannelId() + "/threads"),
                WAIT,
                "the forum post");
        String thread = DISCORD.forumPostNamed("walcheren-zorg — Zorg op Walcheren");
        DISCORD.command(petra, "update")
                .option("project", "walcheren-zorg")
                .option("resultaten", "Overleg met petra-prive en de gemeente gepland")
                .send()
                .callback();
        DISCORD.await(
                r -> r.method().equals("POST") && r.path().equals("channels/" + thread + "/messages"),
                WAIT,
                "the update in the post");
        eventually(() -> DISCORD.channelMessages(thread).size() == 2);
        String updateMessage = DISCORD.channelMessages(thread).get(1).path("id").asText();
        eventually(() -> !posts.updateMessages(GUILD.id(), "walcheren-zorg").isEmpty());
        assertThat(posts.updateMessages(GUILD.id(), "walcheren-zorg"))
                .extracting(ForumPostStore.UpdateMessage::messageId)
                .containsExactly(updateMessage);
        assertThat(stored(thread))
                .as("the post names her before")
                .contains(petra.id())
                .contains("petra-prive");
        // AND a reminder of her milestone due on Wednesday, posted in the channel with her mention
        DISCORD.command(petra, "mijlpaal")
                .subcommand("toevoegen")
                .option("project", "walcheren-zorg")
                .option("titel", "Eindevaluatie")
                .option("datum", "29-09-2021")
                .send()
                .callback();
        reminders.advance(clock, java.time.Instant.parse("2021-09-27T07:30:00Z"));
        eventually(() -> DISCORD.channelMessages(GUILD.channelId()).stream()
                .anyMatch(m -> m.toString().contains(petra.id())));
        String reminder = DISCORD.channelMessages(GUILD.channelId()).stream()
                .filter(m -> m.toString().contains(petra.id()))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();

        // WHEN an administrator erases her
        RecordedRequest erased = DISCORD.command(admin, "privacy")
                .subcommand("wissen")
                .option("persoon", petra)
                .option("bevestigen", true)
                .send()
                .callback();

        // THEN the card and the update message are edited in place and name her nowhere, the update's text survives
        assertThat(erased.isEphemeral()).isTrue();
        DISCORD.await(
                r -> r.method().equals("PATCH") && r.path().equals("channels/" + thread + "/messages/" + updateMessage),
                WAIT,
                "the update message rendered again");
        List<ObjectNode> messages = DISCORD.channelMessages(thread);
        assertThat(messages).hasSize(2);
        assertThat(stored(thread))
                .doesNotContain(petra.id())
                .doesNotContain("petra-prive")
                .contains("Overleg met oud-lid 1 en de gemeente gepland");
        // AND the reminder in the channel, which only Discord keeps, now shows the pseudonym where it mentioned her
        DISCORD.await(
                r -> r.method().equals("PATCH")
                        && r.path().equals("channels/" + GUILD.channelId() + "/messages/" + reminder),
                WAIT,
                "the reminder edited");
        assertThat(DISCORD.channelMessages(GUILD.channelId()).toString())
                .doesNotContain(petra.id())
                .doesNotContain("petra-prive")
                .contains("oud-lid 1")
                .contains("Eindevaluatie");
    }

    /** Everything Discord stores of the post: its name and every message, as JSON. */
    private static String stored(String thread) {
        return DISCORD.forumPost(thread).toString() + DISCORD.channelMessages(thread);
    }

    private static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT.toMillis();
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("within " + WAIT).isLessThan(until);
            Thread.sleep(10);
        }
    }

    @AfterEach
    void obeysDiscordsRules() {
        assertThat(DISCORD.newViolations()).isEmpty();
    }
}
