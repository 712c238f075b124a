package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake REST API below {@code /api/v10/}: who the bot is, users, command registration, interaction callbacks and
 * the interaction webhooks, channel messages (guild channels and DM channels) and channel history. Answers as Discord
 * does, including its errors for late, repeated or unknown acknowledgements, unknown users and channels, refused DMs
 * (50007) and a history request beyond 100 messages.
 */
final class FakeRest implements HttpHandler {

    static final String PREFIX = "/api/v10/";

    /** Discord's window for the first answer to an interaction. */
    static final long ACKNOWLEDGE_WITHIN_MILLIS = 3_000;

    private record Answer(int status, JsonNode body, Map<String, String> headers) {

        Answer(int status, JsonNode body) {
            this(status, body, Map.of());
        }

        static Answer ok(JsonNode body) {
            return new Answer(200, body);
        }

        static Answer noContent() {
            return new Answer(204, null);
        }

        static Answer error(int status, int code, String message) {
            return new Answer(status, Json.object().put("message", message).put("code", code));
        }

        /**
         * A 429 as Discord sends it for a route's bucket: the body's {@code retry_after} in seconds, and headers naming
         * the bucket (a {@code via} header: without it JDA takes the 429 for a Cloudflare ban of every route).
         */
        static Answer rateLimited(String bucket, long retryAfterMillis) {
            long seconds = Math.max(1, (retryAfterMillis + 999) / 1000);
            return new Answer(
                    429,
                    Json.object()
                            .put("message", "You are being rate limited.")
                            .put("retry_after", retryAfterMillis / 1000.0)
                            .put("global", false),
                    Map.of(
                            "Retry-After", Long.toString(seconds),
                            "X-RateLimit-Bucket", bucket,
                            "X-RateLimit-Limit", "1",
                            "X-RateLimit-Remaining", "0",
                            "X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", retryAfterMillis / 1000.0),
                            "X-RateLimit-Scope", "user",
                            "Via", "1.1 google"));
        }
    }

    /** Forum posts allowed per window before 429s, or 0 for no limit (see {@link #limitForumPosts}). */
    private volatile int forumPostsPerWindow;

    private volatile long forumPostWindowMillis;
    private final java.util.Deque<Long> forumPostTimes = new java.util.ArrayDeque<>();

    /** From now on at most {@code posts} forum posts per {@code window}; more get 429 until the window has room. */
    void limitForumPosts(int posts, java.time.Duration window) {
        synchronized (forumPostTimes) {
            forumPostTimes.clear();
            forumPostsPerWindow = posts;
            forumPostWindowMillis = window.toMillis();
        }
    }

    /** Null when a forum post may be created now (and counts it), else the 429 to answer. */
    private Answer forumPostRateLimit() {
        if (forumPostsPerWindow <= 0) {
            return null;
        }
        synchronized (forumPostTimes) {
            long now = System.currentTimeMillis();
            while (!forumPostTimes.isEmpty() && forumPostTimes.peekFirst() <= now - forumPostWindowMillis) {
                forumPostTimes.removeFirst();
            }
            if (forumPostTimes.size() >= forumPostsPerWindow) {
                return Answer.rateLimited("forum-posts", forumPostTimes.peekFirst() + forumPostWindowMillis - now);
            }
            forumPostTimes.addLast(now);
            return null;
        }
    }

    private record Body(JsonNode json, List<Multipart.Part> files) {}

    private final FakeDiscord discord;
    private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    private final Map<String, String> originals = new ConcurrentHashMap<>();
    /** DM channel id by user id, and back: Discord keeps one DM channel per user. */
    private final Map<String, String> dmByUser = new ConcurrentHashMap<>();

    private final Map<String, String> userByDm = new ConcurrentHashMap<>();
    /** Forum posts (threads) by id, as Discord returns them. */
    private final Map<String, ObjectNode> threads = new ConcurrentHashMap<>();
    /** Message ids per channel, oldest first. */
    private final Map<String, List<String>> channelHistory = new ConcurrentHashMap<>();

    /** Discord's limits for forum tags. */
    static final int MAX_FORUM_TAGS = 20;

    static final int MAX_APPLIED_TAGS = 5;
    static final int MAX_TAG_NAME = 20;

    FakeRest(FakeDiscord discord) {
        this.discord = discord;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String fullPath = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery() == null
                    ? ""
                    : exchange.getRequestURI().getRawQuery();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            String path = fullPath.startsWith(PREFIX) ? fullPath.substring(PREFIX.length()) : fullPath;
            Answer answer;
            Body body = null;
            try {
                body = body(headers.get("content-type"), raw);
                answer = fullPath.startsWith(PREFIX)
                        ? route(method, path, query, headers, body)
                        : Answer.error(404, 0, "404: Not Found");
            } catch (RuntimeException e) {
                discord.violation(method + " " + path + " could not be read: " + e);
                answer = Answer.error(400, 50035, "Invalid Form Body");
            }
            discord.record(new RecordedRequest(
                    method,
                    path,
                    query,
                    headers,
                    body == null ? null : body.json(),
                    body == null
                            ? List.of()
                            : body.files().stream()
                                    .map(Multipart.Part::fileName)
                                    .toList(),
                    answer.status(),
                    Instant.now()));
            send(exchange, answer);
        }
    }

    private static Body body(String contentType, byte[] raw) {
        if (raw.length == 0) {
            return new Body(null, List.of());
        }
        if (Multipart.isMultipart(contentType)) {
            JsonNode json = null;
            List<Multipart.Part> files = new ArrayList<>();
            for (Multipart.Part part : Multipart.parse(contentType, raw)) {
                if (part.name().equals("payload_json")) {
                    json = Json.parse(part.text());
                } else if (part.fileName() != null) {
                    files.add(part);
                }
            }
            return new Body(json, files);
        }
        return new Body(Json.parse(raw), List.of());
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer route(String method, String path, String query, Map<String, String> headers, Body body) {
        String[] s = path.split("/");
        // Interaction routes authenticate by their token; every other route needs the bot token
        boolean interactionRoute = s[0].equals("interactions") || s[0].equals("webhooks");
        if (!interactionRoute && !("Bot " + FakeDiscord.TOKEN).equals(headers.get("authorization"))) {
            return Answer.error(401, 0, "401: Unauthorized");
        }
        if (method.equals("GET") && path.equals("users/@me")) {
            return Answer.ok(discord.bot().json().put("verified", true).put("mfa_enabled", false));
        }
        if (method.equals("GET") && path.equals("gateway")) {
            return Answer.ok(Json.object().put("url", discord.gatewayUrl()));
        }
        if (method.equals("GET") && path.equals("gateway/bot")) {
            ObjectNode gateway = Json.object().put("url", discord.gatewayUrl()).put("shards", 1);
            gateway.set(
                    "session_start_limit",
                    Json.object()
                            .put("total", 1000)
                            .put("remaining", 999)
                            .put("reset_after", 0)
                            .put("max_concurrency", 1));
            return Answer.ok(gateway);
        }
        if (s[0].equals("applications") && s.length >= 3 && method.equals("PUT")) {
            if (!s[1].equals(discord.applicationId())) {
                return Answer.error(403, 50001, "Missing Access");
            }
            if (s.length == 3 && s[2].equals("commands")) {
                return Answer.ok(registerCommands("global", body.json()));
            }
            if (s.length == 5 && s[2].equals("guilds") && s[4].equals("commands")) {
                return Answer.ok(registerCommands(s[3], body.json()));
            }
        }
        if (s[0].equals("interactions") && s.length == 4 && s[3].equals("callback") && method.equals("POST")) {
            return callback(s[1], s[2], query.contains("with_response=true"), body);
        }
        if (s[0].equals("webhooks") && s.length >= 3) {
            return webhook(method, s, body);
        }
        if (method.equals("GET") && s[0].equals("users") && s.length == 2) {
            FakeUser user = discord.user(s[1]);
            return user == null ? Answer.error(404, 10013, "Unknown User") : Answer.ok(user.json());
        }
        if (method.equals("POST") && path.equals("users/@me/channels")) {
            return openDirectMessage(body.json());
        }
        if (s[0].equals("channels") && s.length == 3 && s[2].equals("threads") && method.equals("POST")) {
            Answer limited = forumPostRateLimit();
            return limited != null ? limited : createForumPost(s[1], body);
        }
        if (s[0].equals("channels")
                && s.length == 5
                && path.endsWith("/threads/archived/public")
                && method.equals("GET")) {
            return archivedPosts(s[1], query);
        }
        if (s[0].equals("channels") && s.length == 2 && method.equals("PATCH") && threads.containsKey(s[1])) {
            return editThread(s[1], body.json());
        }
        if (s[0].equals("channels") && s.length == 2 && method.equals("PATCH") && forumGuild(s[1]) != null) {
            return editForum(forumGuild(s[1]), body.json());
        }
        if (s[0].equals("channels")
                && s.length >= 3
                && s[2].equals("messages")
                && archived(s[1])
                && (method.equals("POST") || method.equals("PATCH"))) {
            return Answer.error(400, 50083, "Thread is archived");
        }
        if (s[0].equals("channels") && s.length == 3 && s[2].equals("messages") && method.equals("POST")) {
            if (!knownChannel(s[1])) {
                return Answer.error(404, 10003, "Unknown Channel");
            }
            String recipient = userByDm.get(s[1]);
            if (recipient != null && !discord.acceptsDirectMessages(recipient)) {
                return Answer.error(403, 50007, "Cannot send messages to this user");
            }
            ObjectNode posted = channelMessage(s[1], body.json(), body.files());
            // Stored and visible, but the answer may be held back: the sender cannot know it went out
            discord.holdAnswer(posted);
            return Answer.ok(posted);
        }
        if (s[0].equals("channels") && s.length == 3 && s[2].equals("messages") && method.equals("GET")) {
            return history(s[1], query);
        }
        if (s[0].equals("channels") && s.length == 4 && s[2].equals("messages")) {
            return channelMessage(method, s[1], s[3], body);
        }
        discord.violation("The bot called " + method + " " + path + ", which the fake does not serve");
        return Answer.error(404, 0, "404: Not Found");
    }

    private ArrayNode registerCommands(String scope, JsonNode requested) {
        ArrayNode registered = Json.array();
        for (JsonNode command : requested) {
            ObjectNode copy = command.deepCopy();
            String id = Snowflakes.next();
            copy.put("id", id).put("application_id", discord.applicationId()).put("version", id);
            if (!scope.equals("global")) {
                copy.put("guild_id", scope);
            }
            registered.add(copy);
        }
        // PUT replaces the whole set, as on Discord
        commands.put(scope, registered);
        return registered.deepCopy();
    }

    /**
     * A registered command by the name a client in {@code locale} shows, in the guild or else globally; null when
     * Discord would not know it.
     */
    JsonNode command(String guildId, String name, String locale) {
        for (String scope : List.of(guildId, "global")) {
            for (JsonNode command : commands.getOrDefault(scope, Json.array())) {
                if (CommandInteraction.shownAs(command, name, locale)) {
                    return command;
                }
            }
        }
        return null;
    }

    private Answer callback(String id, String token, boolean withResponse, Body body) {
        SentInteraction interaction = discord.interaction(id);
        if (interaction == null || !interaction.token().equals(token)) {
            discord.violation("Callback to interaction " + id + ", which Discord never sent");
            return Answer.error(404, 10062, "Unknown interaction");
        }
        long age = System.currentTimeMillis() - Snowflakes.millis(id);
        if (age > ACKNOWLEDGE_WITHIN_MILLIS) {
            discord.violation("Interaction " + id + " was first answered after " + age + " ms; Discord allows 3 s");
            return Answer.error(404, 10062, "Unknown interaction");
        }
        if (!interaction.acknowledge()) {
            return Answer.error(400, 40060, "Interaction has already been acknowledged.");
        }
        JsonNode json = body.json();
        int type = json == null ? -1 : json.path("type").asInt(-1);
        if (!allowed(interaction.type(), type)) {
            discord.violation(
                    "Callback type " + type + " is not allowed for an interaction of type " + interaction.type());
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        JsonNode data = json.path("data");
        ObjectNode message = null;
        switch (type) {
            case 4 -> message = original(interaction, data, body.files(), false);
            case 5 -> message = original(interaction, data, List.of(), true);
            case 7 -> message = edit(interaction.messageId(), data, body.files());
            default -> {}
        }
        if (!withResponse) {
            return Answer.noContent();
        }
        ObjectNode response = Json.object();
        ObjectNode about = response.putObject("interaction").put("id", id).put("type", interaction.type());
        if (message != null) {
            about.put("response_message_id", message.path("id").asText())
                    .put("response_message_loading", type == 5)
                    .put("response_message_ephemeral", (message.path("flags").asInt() & 64) != 0);
        }
        ObjectNode resource = response.putObject("resource").put("type", type);
        if (message != null) {
            resource.set("message", message.deepCopy());
        }
        return Answer.ok(response);
    }

    /** Which answers Discord accepts for which interaction type. */
    private static boolean allowed(int interactionType, int callbackType) {
        return switch (interactionType) {
            case 2 -> callbackType == 4 || callbackType == 5 || callbackType == 9;
            case 3 ->
                callbackType == 4 || callbackType == 5 || callbackType == 6 || callbackType == 7 || callbackType == 9;
            case 4 -> callbackType == 8;
            case 5 -> callbackType == 4 || callbackType == 5 || callbackType == 6 || callbackType == 7;
            default -> false;
        };
    }

    private ObjectNode original(
            SentInteraction interaction, JsonNode data, List<Multipart.Part> files, boolean loading) {
        ObjectNode message = newMessage(interaction, data, files, 20);
        if (loading) {
            // A deferred reply shows "… is thinking" until it is edited
            message.put("flags", message.path("flags").asInt() | 128).put("content", "");
        }
        messages.put(message.path("id").asText(), message);
        originals.put(interaction.token(), message.path("id").asText());
        return message;
    }

    private Answer webhook(String method, String[] s, Body body) {
        if (!s[1].equals(discord.applicationId())) {
            return Answer.error(404, 10015, "Unknown Webhook");
        }
        SentInteraction interaction = discord.interactionByToken(s[2]);
        if (interaction == null || !interaction.isAcknowledged()) {
            discord.violation(method + " to the webhook of an interaction that was never acknowledged");
            return Answer.error(404, 10015, "Unknown Webhook");
        }
        if (s.length == 3 && method.equals("POST")) {
            ObjectNode message = newMessage(interaction, body.json(), body.files(), 0);
            messages.put(message.path("id").asText(), message);
            return Answer.ok(message.deepCopy());
        }
        if (s.length == 5 && s[3].equals("messages")) {
            String messageId = s[4].equals("@original") ? originals.get(interaction.token()) : s[4];
            if (messageId == null || !messages.containsKey(messageId)) {
                discord.violation(method + " of message " + s[4] + ", which does not exist");
                return Answer.error(404, 10008, "Unknown Message");
            }
            return switch (method) {
                case "GET" -> Answer.ok(messages.get(messageId).deepCopy());
                case "PATCH" -> Answer.ok(edit(messageId, body.json(), body.files()));
                case "DELETE" -> {
                    messages.remove(messageId);
                    yield Answer.noContent();
                }
                default -> Answer.error(405, 0, "405: Method Not Allowed");
            };
        }
        discord.violation(method + " " + String.join("/", s) + " is not a webhook route the fake serves");
        return Answer.error(404, 0, "404: Not Found");
    }

    /** A message the bot posts in a channel by itself (a reminder), stored so its buttons can be clicked. */
    private ObjectNode channelMessage(String channelId, JsonNode data, List<Multipart.Part> files) {
        ObjectNode message = emptyMessage(channelId, 0);
        apply(message, data, files);
        messages.put(message.path("id").asText(), message);
        channelHistory
                .computeIfAbsent(channelId, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(message.path("id").asText());
        return message.deepCopy();
    }

    /** {@code GET}, {@code PATCH} (edit in place) or {@code DELETE} of one message in a channel. */
    private Answer channelMessage(String method, String channelId, String messageId, Body body) {
        ObjectNode message = messages.get(messageId);
        if (message == null || !message.path("channel_id").asText().equals(channelId)) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        return switch (method) {
            case "GET" -> Answer.ok(message.deepCopy());
            case "PATCH" -> Answer.ok(edit(messageId, body.json(), body.files()));
            case "DELETE" -> {
                delete(messageId);
                yield Answer.noContent();
            }
            default -> Answer.error(405, 0, "405: Method Not Allowed");
        };
    }

    /** Removes a message, as a member with Manage Messages may. */
    void delete(String messageId) {
        ObjectNode message = messages.remove(messageId);
        if (message != null) {
            List<String> history = channelHistory.get(message.path("channel_id").asText());
            if (history != null) {
                history.remove(messageId);
            }
        }
    }

    private boolean archived(String channelId) {
        ObjectNode thread = threads.get(channelId);
        return thread != null && thread.path("thread_metadata").path("archived").asBoolean();
    }

    /**
     * {@code POST /channels/{forum}/threads}: a forum post with its first message and tags. Discord gives the first
     * message the post's id.
     */
    private Answer createForumPost(String forumId, Body body) {
        FakeGuild guild = discord.guilds().stream()
                .filter(g -> g.forumChannelId().equals(forumId))
                .findFirst()
                .orElse(null);
        if (guild == null) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        JsonNode json = body.json();
        if (json == null || !json.path("message").isObject()) {
            discord.violation("A forum post needs a first message");
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        if (json.path("applied_tags").size() > MAX_APPLIED_TAGS) {
            discord.violation("Forum post with " + json.path("applied_tags").size() + " tags; Discord allows 5");
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        for (JsonNode tag : json.path("applied_tags")) {
            if (!guild.forumTags().containsKey(tag.asText())) {
                discord.violation("Forum post with tag " + tag.asText() + ", which the forum does not have");
                return Answer.error(400, 50035, "Invalid Form Body");
            }
        }
        String id = Snowflakes.next();
        ObjectNode thread = Json.object()
                .put("id", id)
                .put("type", 11)
                .put("guild_id", guild.id())
                .put("parent_id", forumId)
                .put("owner_id", discord.bot().id())
                .put("name", json.path("name").asText())
                .put("last_message_id", id)
                .put("message_count", 0)
                .put("member_count", 1)
                .put("total_message_sent", 0)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        thread.set("applied_tags", json.path("applied_tags").isArray() ? json.path("applied_tags") : Json.array());
        thread.putObject("thread_metadata")
                .put("archived", false)
                .put("auto_archive_duration", json.path("auto_archive_duration").asInt(4320))
                .put("archive_timestamp", Instant.now().toString())
                .put("locked", false)
                .put("create_timestamp", Instant.now().toString());
        threads.put(id, thread);
        ObjectNode message = emptyMessage(id, 0).put("id", id).put("guild_id", guild.id());
        apply(message, json.path("message"), body.files());
        messages.put(id, message);
        channelHistory
                .computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(id);
        ObjectNode answer = thread.deepCopy();
        answer.set("message", message.deepCopy());
        return Answer.ok(answer);
    }

    /**
     * {@code GET /channels/{forum}/threads/archived/public?before=<ISO8601>&limit=<n>}: the forum's archived posts,
     * most recently archived first, those archived before {@code before}, at most {@code limit} (default 50).
     */
    private Answer archivedPosts(String forumId, String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(
                    eq < 0 ? pair : pair.substring(0, eq),
                    eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        Instant before = params.containsKey("before")
                ? java.time.OffsetDateTime.parse(params.get("before")).toInstant()
                : null;
        int limit = Integer.parseInt(params.getOrDefault("limit", "50"));
        List<ObjectNode> archived = threads.values().stream()
                .filter(t -> t.path("parent_id").asText().equals(forumId))
                .filter(t -> t.path("thread_metadata").path("archived").asBoolean())
                .filter(t -> before == null || archivedAt(t).isBefore(before))
                .sorted((a, b) -> archivedAt(b).compareTo(archivedAt(a)))
                .toList();
        ObjectNode answer = Json.object().put("has_more", archived.size() > limit);
        ArrayNode list = answer.putArray("threads");
        answer.putArray("members");
        archived.stream().limit(limit).forEach(t -> list.add(t.deepCopy()));
        return Answer.ok(answer);
    }

    private static Instant archivedAt(JsonNode thread) {
        return Instant.parse(
                thread.path("thread_metadata").path("archive_timestamp").asText());
    }

    /**
     * A forum post a member made (or one the bot made before it restarted): the bot's client has never seen it. It
     * starts with one message, and is archived when asked.
     */
    String addForumPost(FakeGuild guild, String name, boolean archived) {
        ObjectNode message = Json.object();
        message.putArray("embeds").addObject().put("title", name);
        ObjectNode json = Json.object().put("name", name);
        json.set("message", message);
        JsonNode created = createForumPost(guild.forumChannelId(), new Body(json, List.of()))
                .body();
        String id = created.path("id").asText();
        ((ObjectNode) threads.get(id).path("thread_metadata")).put("archived", archived);
        return id;
    }

    /** A moderator sets a post's tags; returns the thread as THREAD_UPDATE carries it. */
    ObjectNode retag(String threadId, List<String> tagIds) {
        ObjectNode thread = threads.get(threadId);
        synchronized (thread) {
            ArrayNode tags = thread.putArray("applied_tags");
            tagIds.forEach(tags::add);
            return thread.deepCopy();
        }
    }

    /** A moderator deletes a forum post: the thread and its messages are gone. */
    void deleteThread(String threadId) {
        threads.remove(threadId);
        List<String> history = channelHistory.remove(threadId);
        if (history != null) {
            history.forEach(messages::remove);
        }
    }

    /** {@code PATCH /channels/{thread}}: archive, lock, unarchive, tags or name of a forum post. */
    private Answer editThread(String threadId, JsonNode json) {
        ObjectNode thread = threads.get(threadId);
        synchronized (thread) {
            ObjectNode meta = (ObjectNode) thread.path("thread_metadata");
            if (json.has("archived")) {
                meta.put("archived", json.path("archived").asBoolean());
                meta.put("archive_timestamp", Instant.now().toString());
            }
            if (json.has("locked")) {
                meta.put("locked", json.path("locked").asBoolean());
            }
            if (json.has("applied_tags")) {
                if (json.path("applied_tags").size() > MAX_APPLIED_TAGS) {
                    discord.violation("Forum post tagged with "
                            + json.path("applied_tags").size() + " tags; Discord allows 5");
                    return Answer.error(400, 50035, "Invalid Form Body");
                }
                thread.set("applied_tags", json.path("applied_tags").deepCopy());
            }
            if (json.has("name")) {
                thread.put("name", json.path("name").asText());
            }
            return Answer.ok(thread.deepCopy());
        }
    }

    /** The guild whose forum channel this is, or null. */
    private FakeGuild forumGuild(String channelId) {
        return discord.guilds().stream()
                .filter(g -> g.forumChannelId().equals(channelId))
                .findFirst()
                .orElse(null);
    }

    /**
     * {@code PATCH /channels/{forum}}: the forum's available tags, the whole list (tags with an id are kept, tags without
     * get one). Discord allows 20 tags of 1–20 characters, names unique; the change reaches the bot as CHANNEL_UPDATE.
     */
    private Answer editForum(FakeGuild guild, JsonNode json) {
        if (json == null || !json.path("available_tags").isArray()) {
            discord.violation("Forum edit without available_tags, the only forum field the bot changes");
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        JsonNode requested = json.path("available_tags");
        if (requested.size() > MAX_FORUM_TAGS) {
            discord.violation("Forum with " + requested.size() + " tags; Discord allows 20");
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (JsonNode tag : requested) {
            String name = tag.path("name").asText();
            if (name.isEmpty() || name.length() > MAX_TAG_NAME) {
                discord.violation("Forum tag name \"" + name + "\" is not 1–20 characters");
                return Answer.error(400, 50035, "Invalid Form Body");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                discord.violation("Forum tag name \"" + name + "\" twice");
                return Answer.error(400, 50035, "Invalid Form Body");
            }
            String id = tag.path("id").asText("");
            if (!id.isEmpty() && !guild.forumTags().containsKey(id)) {
                discord.violation("Forum tag id " + id + " that the forum does not have");
                return Answer.error(400, 50035, "Invalid Form Body");
            }
            tags.put(id.isEmpty() ? Snowflakes.next() : id, name);
        }
        guild.setForumTags(tags);
        ObjectNode forum = guild.forumChannelJson();
        discord.dispatch("CHANNEL_UPDATE", forum.deepCopy());
        return Answer.ok(forum);
    }

    String threadNamed(String name) {
        return threads.values().stream()
                .filter(t -> t.path("name").asText().equals(name))
                .map(t -> t.path("id").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No forum post named " + name));
    }

    /** A forum post (thread), or null. */
    ObjectNode thread(String id) {
        ObjectNode thread = threads.get(id);
        return thread == null ? null : thread.deepCopy();
    }

    private boolean knownChannel(String channelId) {
        return threads.containsKey(channelId)
                || userByDm.containsKey(channelId)
                || discord.guilds().stream().anyMatch(g -> g.channelId().equals(channelId));
    }

    /** {@code POST /users/@me/channels}: the DM channel with a user, the same one every time. */
    private Answer openDirectMessage(JsonNode json) {
        String recipientId = json == null ? "" : json.path("recipient_id").asText("");
        FakeUser recipient = discord.user(recipientId);
        if (recipient == null) {
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        String channelId = dmByUser.computeIfAbsent(recipientId, id -> {
            String created = Snowflakes.next();
            userByDm.put(created, id);
            return created;
        });
        ObjectNode channel = Json.object().put("id", channelId).put("type", 1).put("flags", 0);
        channel.putNull("last_message_id");
        channel.putArray("recipients").add(recipient.json());
        return Answer.ok(channel);
    }

    /**
     * {@code GET /channels/{id}/messages?limit=N}: the latest messages, newest first, as Discord returns them; {@code
     * limit} 1–100 (default 50), {@code before} a message id.
     */
    private Answer history(String channelId, String query) {
        if (!knownChannel(channelId)) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        int limit;
        try {
            limit = Integer.parseInt(params.getOrDefault("limit", "50"));
        } catch (NumberFormatException e) {
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        if (limit < 1 || limit > 100) {
            discord.violation("Channel history asked for " + limit + " messages; Discord allows 1 to 100");
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        List<String> ids = new ArrayList<>(channelHistory.getOrDefault(channelId, List.of()));
        java.util.Collections.reverse(ids);
        String before = params.get("before");
        ArrayNode page = Json.array();
        for (String id : ids) {
            if (before != null && Long.parseUnsignedLong(id) >= Long.parseUnsignedLong(before)) {
                continue;
            }
            if (page.size() == limit) {
                break;
            }
            page.add(messages.get(id).deepCopy());
        }
        return Answer.ok(page);
    }

    /** The messages of a channel, oldest first. */
    List<ObjectNode> channelMessages(String channelId) {
        return channelHistory.getOrDefault(channelId, List.of()).stream()
                .map(this::message)
                .toList();
    }

    /** The DM channel with a user, or null when the bot never opened one. */
    String directMessageChannel(String userId) {
        return dmByUser.get(userId);
    }

    /** A message with Discord's fields and nothing in it yet. */
    private ObjectNode emptyMessage(String channelId, int type) {
        ObjectNode message = Json.object()
                .put("id", Snowflakes.next())
                .put("type", type)
                .put("channel_id", channelId)
                .put("timestamp", Instant.now().toString())
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("content", "")
                .put("flags", 0);
        message.putNull("edited_timestamp");
        message.set("author", discord.bot().json());
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("embeds");
        message.putArray("components");
        message.putArray("attachments");
        return message;
    }

    /** A message as Discord stores and returns it, from the message body the bot sent. */
    private ObjectNode newMessage(SentInteraction interaction, JsonNode data, List<Multipart.Part> files, int type) {
        ObjectNode message = emptyMessage(
                        interaction.payload().path("channel_id").asText(), type)
                .put("guild_id", interaction.payload().path("guild_id").asText())
                .put("webhook_id", discord.applicationId())
                .put("application_id", discord.applicationId());
        apply(message, data, files);
        return message;
    }

    private ObjectNode edit(String messageId, JsonNode data, List<Multipart.Part> files) {
        ObjectNode message = messageId == null ? null : messages.get(messageId);
        if (message == null) {
            discord.violation("Edit of message " + messageId + ", which does not exist");
            return Json.object();
        }
        synchronized (message) {
            apply(message, data, files);
            message.put("edited_timestamp", Instant.now().toString());
            message.put("flags", message.path("flags").asInt() & ~128);
            return message.deepCopy();
        }
    }

    private static void apply(ObjectNode message, JsonNode data, List<Multipart.Part> files) {
        if (data == null || data.isMissingNode()) {
            return;
        }
        if (data.has("content")) {
            message.put("content", data.path("content").asText(""));
        }
        if (data.has("flags")) {
            message.put("flags", data.path("flags").asInt());
        }
        if (data.has("embeds")) {
            ArrayNode embeds = message.putArray("embeds");
            for (JsonNode embed : data.path("embeds")) {
                ObjectNode copy = embed.deepCopy();
                if (!copy.has("type")) {
                    copy.put("type", "rich");
                }
                embeds.add(copy);
            }
        }
        if (data.has("components")) {
            ArrayNode components = data.path("components").deepCopy();
            numberComponents(components, new int[] {0});
            message.set("components", components);
        }
        if (data.has("attachments") || !files.isEmpty()) {
            ArrayNode attachments = message.putArray("attachments");
            for (Multipart.Part file : files) {
                String id = Snowflakes.next();
                attachments.add(Json.object()
                        .put("id", id)
                        .put("filename", file.fileName())
                        .put("size", file.content().length)
                        .put("url", "https://cdn.discordapp.invalid/attachments/" + id + "/" + file.fileName())
                        .put("proxy_url", "https://media.discordapp.invalid/attachments/" + id + "/" + file.fileName())
                        .put("content_type", "application/octet-stream"));
            }
        }
    }

    /** Discord gives every component of a stored message a numeric id. */
    private static void numberComponents(JsonNode node, int[] next) {
        if (node.isArray()) {
            node.forEach(child -> numberComponents(child, next));
        } else if (node.isObject()) {
            ObjectNode component = (ObjectNode) node;
            if (component.has("type") && component.path("id").asInt(0) <= 0) {
                component.put("id", ++next[0]);
            }
            node.path("components").forEach(child -> numberComponents(child, next));
            if (node.has("component")) {
                numberComponents(node.path("component"), next);
            }
        }
    }

    /** A stored message, or null. */
    ObjectNode message(String id) {
        ObjectNode message = messages.get(id);
        return message == null ? null : message.deepCopy();
    }

    /** The original response message of an interaction, or null. */
    ObjectNode original(String token) {
        String id = originals.get(token);
        return id == null ? null : message(id);
    }
}
