package nl.regiotafel.bot.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The fake forum holds the bot to Discord's limits: 20 tags per forum of at most 20 characters, 5 per post; and it can
 * answer 429 as Discord does, with Retry-After and a bucket, then accept again when the window has room.
 */
final class FakeForumLimitsTest {

    private static final FakeDiscord DISCORD = FakeDiscord.start();
    private static final FakeGuild GUILD = DISCORD.addGuild("Limieten", List.of("Op schema"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterAll
    static void close() {
        DISCORD.close();
    }

    private static HttpResponse<String> send(String method, String path, ObjectNode json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(DISCORD.apiBaseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(Json.write(json)))
                .header("Authorization", "Bot " + FakeDiscord.TOKEN)
                .header("Content-Type", "application/json")
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode tags(int count, String name) {
        ObjectNode forum = Json.object();
        ArrayNode tags = forum.putArray("available_tags");
        for (int i = 0; i < count; i++) {
            tags.addObject().put("name", name + i);
        }
        return forum;
    }

    private static ObjectNode post(String name, List<String> tagIds) {
        ObjectNode post = Json.object().put("name", name);
        post.putObject("message").put("content", "kaart");
        ArrayNode applied = post.putArray("applied_tags");
        tagIds.forEach(applied::add);
        return post;
    }

    @Test
    void acceptsTwentyTagsAndRefusesTwentyOneOrALongName() throws Exception {
        DISCORD.newViolations();

        HttpResponse<String> twenty = send("PATCH", "channels/" + GUILD.forumChannelId(), tags(20, "Label "));
        int kept = GUILD.forumTags().size();
        HttpResponse<String> tooMany = send("PATCH", "channels/" + GUILD.forumChannelId(), tags(21, "Label "));
        HttpResponse<String> tooLong =
                send("PATCH", "channels/" + GUILD.forumChannelId(), tags(1, "Een veel te lange labelnaam "));

        assertThat(twenty.statusCode()).as(twenty.body()).isEqualTo(200);
        assertThat(kept).isEqualTo(20);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(GUILD.forumTags()).hasSize(20);
        assertThat(DISCORD.newViolations())
                .anyMatch(v -> v.contains("21 tags"))
                .anyMatch(v -> v.contains("not 1–20 characters"));
    }

    @Test
    void refusesAPostWithSixTagsAndAnswers429WithRetryAfterBeyondTheLimit() throws Exception {
        send("PATCH", "channels/" + GUILD.forumChannelId(), tags(6, "T"));
        List<String> ids = new ArrayList<>(GUILD.forumTags().keySet());
        DISCORD.newViolations();

        HttpResponse<String> six = send("POST", "channels/" + GUILD.forumChannelId() + "/threads", post("zes", ids));
        DISCORD.limitForumPosts(1, Duration.ofSeconds(10));
        HttpResponse<String> first =
                send("POST", "channels/" + GUILD.forumChannelId() + "/threads", post("een", ids.subList(0, 5)));
        HttpResponse<String> second =
                send("POST", "channels/" + GUILD.forumChannelId() + "/threads", post("twee", List.of()));
        DISCORD.limitForumPosts(0, Duration.ZERO);

        assertThat(six.statusCode()).isEqualTo(400);
        assertThat(DISCORD.newViolations()).anyMatch(v -> v.contains("6 tags"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).isPresent();
        assertThat(second.headers().firstValue("X-RateLimit-Bucket")).hasValue("forum-posts");
        assertThat(second.body()).contains("retry_after");
    }
}
