package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** An interaction the fake delivered through the gateway, and what the bot answered to it. */
public final class SentInteraction {

    /** How long a test waits for an answer by default: beyond Discord's 3 s, so a late answer shows as late. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private final FakeDiscord discord;
    private final ObjectNode payload;
    private final AtomicBoolean acknowledged = new AtomicBoolean();

    SentInteraction(FakeDiscord discord, ObjectNode payload) {
        this.discord = discord;
        this.payload = payload;
    }

    public String id() {
        return payload.path("id").asText();
    }

    public String token() {
        return payload.path("token").asText();
    }

    /** The interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
    public int type() {
        return payload.path("type").asInt();
    }

    /** The INTERACTION_CREATE payload as sent. */
    public ObjectNode payload() {
        return payload.deepCopy();
    }

    /** The id of the message a component interaction came from, or null. */
    String messageId() {
        return payload.path("message").path("id").asText(null);
    }

    /** Marks the interaction acknowledged; false when it already was. */
    boolean acknowledge() {
        return acknowledged.compareAndSet(false, true);
    }

    boolean isAcknowledged() {
        return acknowledged.get();
    }

    /** The bot's first callback to this interaction, waiting up to {@link #DEFAULT_WAIT}. */
    public RecordedRequest callback() {
        return callback(DEFAULT_WAIT);
    }

    public RecordedRequest callback(Duration wait) {
        return discord.await(
                r -> r.isCallback() && r.segments()[1].equals(id()), wait, "a callback to interaction " + id());
    }

    /** The first request of this method to this interaction's webhook ({@code webhooks/{app}/{token}...}). */
    public RecordedRequest webhook(String method, Duration wait) {
        String prefix = "webhooks/" + discord.applicationId() + "/" + token();
        return discord.await(
                r -> r.method().equals(method) && r.path().startsWith(prefix),
                wait,
                method + " to the webhook of interaction " + id());
    }

    /** Every request about this interaction so far: callbacks and webhook calls. */
    public List<RecordedRequest> requests() {
        String webhook = "webhooks/" + discord.applicationId() + "/" + token();
        return discord.requests().stream()
                .filter(r -> (r.isCallback() && r.segments()[1].equals(id()))
                        || r.path().startsWith(webhook))
                .toList();
    }
}
