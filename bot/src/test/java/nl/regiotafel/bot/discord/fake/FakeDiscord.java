package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local Discord for end-to-end tests of the real JDA client: REST on the JDK's HTTP server, the gateway on
 * Java-WebSocket, both on 127.0.0.1. It records every request, checks each against {@link DiscordRules}, and delivers
 * interactions only as Discord would (registered commands, existing options and choices, enabled buttons).
 *
 * <pre>
 * FakeDiscord discord = FakeDiscord.start();
 * FakeGuild guild = discord.addGuild("Regiotafel Zeeland");
 * // start the bot with discord.apiBaseUrl() and discord.gatewayUrl(), then:
 * SentInteraction sent = discord.command(guild.member("lieke"), "help").send();
 * assertThat(sent.callback().callbackType()).isEqualTo(4);
 * </pre>
 */
public final class FakeDiscord implements AutoCloseable {

    /** The only bot token the fake accepts. */
    public static final String TOKEN = "test-token";

    private final FakeUser bot = new FakeUser(Snowflakes.next(), "Regiotafel", true);
    private final List<FakeGuild> guilds = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> dmBlocked = ConcurrentHashMap.newKeySet();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<String> gatewayEvents = new ArrayList<>();
    private final List<String> protocolViolations = new ArrayList<>();
    private final Map<String, SentInteraction> interactions = new ConcurrentHashMap<>();
    private final Map<String, SentInteraction> byToken = new ConcurrentHashMap<>();
    private final AtomicInteger nextModalComponent = new AtomicInteger();
    private final Object lock = new Object();
    private final AtomicBoolean holdNext = new AtomicBoolean();
    private final BlockingQueue<ObjectNode> heldMessages = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private int checkedProtocol;
    private int checkedRequests;
    private final FakeRest rest = new FakeRest(this);
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final FakeGateway gateway;

    private FakeDiscord(int heartbeatMillis) throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        AtomicInteger threads = new AtomicInteger();
        httpThreads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-discord-rest-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(httpThreads);
        http.createContext("/", rest);
        http.start();
        gateway = new FakeGateway(this, heartbeatMillis);
        gateway.startAndWait();
    }

    /** Starts the fake on free ports of 127.0.0.1, asking for a heartbeat every 1.5 s so tests see them. */
    public static FakeDiscord start() {
        try {
            return new FakeDiscord(1_500);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the fake Discord", e);
        }
    }

    /** What {@code DISCORD_API_BASE_URL} must be. */
    public String apiBaseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + FakeRest.PREFIX;
    }

    /** What {@code DISCORD_GATEWAY_URL} must be. */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort() + "/";
    }

    public FakeUser bot() {
        return bot;
    }

    /** The application id; as for most bots, the bot user's id. */
    public String applicationId() {
        return bot.id();
    }

    /**
     * A guild the bot is in. Added before the bot connects, it comes in READY and GUILD_CREATE; added later, the bot
     * joins it with a GUILD_CREATE.
     */
    public FakeGuild addGuild(String name) {
        return add(new FakeGuild(name));
    }

    /** As {@link #addGuild(String)}, its forum starting with these tags. */
    public FakeGuild addGuild(String name, List<String> forumTags) {
        return add(new FakeGuild(name, forumTags));
    }

    private FakeGuild add(FakeGuild guild) {
        guilds.add(guild);
        if (gatewayEvents().contains("ready")) {
            gateway.dispatch("GUILD_CREATE", guild.createJson(bot));
        }
        return guild;
    }

    List<FakeGuild> guilds() {
        return List.copyOf(guilds);
    }

    // ---- interactions ----------------------------------------------------------------------------------------

    /**
     * Starts a slash command (or its autocomplete) as {@code member} types it: by its name in their client's language
     * (see {@link CommandInteraction}).
     */
    public CommandInteraction command(FakeMember member, String name) {
        JsonNode command = rest.command(member.guild().id(), name, member.locale());
        if (command == null) {
            throw new IllegalStateException("/" + name + " is not registered for guild "
                    + member.guild().id() + ", so Discord would not offer it");
        }
        return new CommandInteraction(this, member, command);
    }

    /**
     * {@code user} no longer accepts direct messages from the bot (privacy settings or a block): Discord answers a DM
     * with 50007 "Cannot send messages to this user".
     */
    public void blockDirectMessages(FakeUser user) {
        dmBlocked.add(user.id());
    }

    boolean acceptsDirectMessages(String userId) {
        return !dmBlocked.contains(userId);
    }

    /**
     * Holds back Discord's answer to the next message the bot posts in a channel (or DM): the message is stored and
     * members see it, but the bot waits for the answer until {@link #releaseHeldAnswers()}, as when the bot's process
     * dies between sending a message and hearing it went out.
     */
    public void holdNextAnswer() {
        holdNext.set(true);
    }

    /** Waits until a message whose answer is held back has arrived; that message, as stored. */
    public ObjectNode awaitHeldMessage(Duration wait) {
        try {
            ObjectNode held = heldMessages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (held == null) {
                throw new AssertionError("No message arrived within " + wait.toMillis() + " ms");
            }
            return held;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }

    /** Sends the answers held back (to whoever still listens). */
    public void releaseHeldAnswers() {
        release.countDown();
    }

    void holdAnswer(ObjectNode posted) {
        if (!holdNext.compareAndSet(true, false)) {
            return;
        }
        heldMessages.add(posted.deepCopy());
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A user of any guild by id, or null. */
    FakeUser user(String userId) {
        if (bot.id().equals(userId)) {
            return bot;
        }
        for (FakeGuild guild : guilds) {
            FakeUser user = guild.user(userId);
            if (user != null) {
                return user;
            }
        }
        return null;
    }

    /** The messages posted in a channel (a guild channel or a DM channel), oldest first. */
    public List<ObjectNode> channelMessages(String channelId) {
        return rest.channelMessages(channelId);
    }

    /** A forum post (a thread) as Discord stores it: name, applied tags, archived and locked; null if none. */
    public ObjectNode forumPost(String threadId) {
        return rest.thread(threadId);
    }

    /**
     * A forum post the bot's client does not know, as after a restart: archived posts are not sent at connect. Its
     * first message has the post's id. Returns the post's id.
     */
    public String addForumPost(FakeGuild guild, String name, boolean archived) {
        return rest.addForumPost(guild, name, archived);
    }

    /**
     * From now on at most {@code posts} forum posts per {@code window}, like Discord's per-route buckets: more are
     * answered 429 with Retry-After until the window has room. {@code 0} lifts the limit.
     */
    public void limitForumPosts(int posts, java.time.Duration window) {
        rest.limitForumPosts(posts, window);
    }

    /** Sends a gateway event to the bot, if one has connected (a REST-only test has none). */
    void dispatch(String event, ObjectNode payload) {
        if (gatewayEvents().contains("ready")) {
            gateway.dispatch(event, payload);
        }
    }

    /** A moderator deletes a forum post; the bot hears of it through THREAD_DELETE. */
    public void deleteForumPost(String threadId) {
        ObjectNode thread = rest.thread(threadId);
        rest.deleteThread(threadId);
        ObjectNode deleted = Json.object()
                .put("id", threadId)
                .put("type", 11)
                .put("guild_id", thread.path("guild_id").asText())
                .put("parent_id", thread.path("parent_id").asText());
        gateway.dispatch("THREAD_DELETE", deleted);
    }

    /** A moderator sets a post's tags by hand; the bot hears of it through THREAD_UPDATE. */
    public void retagForumPost(String threadId, List<String> tagIds) {
        gateway.dispatch("THREAD_UPDATE", rest.retag(threadId, tagIds));
    }

    /** The id of the forum post with this name; fails when there is none. */
    public String forumPostNamed(String name) {
        return rest.threadNamed(name);
    }

    /** A member deletes a message (the bot's round board, say). */
    public void deleteMessage(String messageId) {
        rest.delete(messageId);
    }

    /** The DM channel the bot opened with {@code user}, or null if it never did. */
    public String directMessageChannel(FakeUser user) {
        return rest.directMessageChannel(user.id());
    }

    /** The command registered in {@code guild} under its default name, with the id Discord gave it; null if none. */
    public JsonNode registeredCommand(FakeGuild guild, String defaultName) {
        JsonNode command = rest.command(guild.id(), defaultName, "default");
        return command == null ? null : command.deepCopy();
    }

    /** {@code member} clicks the button {@code customId} on a message the bot sent. */
    public SentInteraction click(FakeMember member, JsonNode message, String customId) {
        JsonNode button = find(message.path("components"), customId);
        if (button == null || button.path("type").asInt() != 2) {
            throw new IllegalArgumentException(
                    "No button " + customId + " among the components " + message.path("components"));
        }
        if (button.path("disabled").asBoolean(false)) {
            throw new IllegalArgumentException("Button " + customId + " is disabled; Discord would not send a click");
        }
        ObjectNode payload = base(3, member);
        payload.set("message", message.deepCopy());
        payload.putObject("data").put("custom_id", customId).put("component_type", 2);
        return deliver(payload);
    }

    /**
     * {@code member} chooses {@code chosen} in the user select menu {@code customId} on a message the bot sent, as
     * Discord sends it: the chosen id in {@code values}, the user and member in {@code resolved}.
     */
    public SentInteraction selectUser(FakeMember member, JsonNode message, String customId, FakeMember chosen) {
        JsonNode menu = find(message.path("components"), customId);
        if (menu == null || menu.path("type").asInt() != 5) {
            throw new IllegalArgumentException(
                    "No user select " + customId + " among the components " + message.path("components"));
        }
        if (menu.path("max_values").asInt(1) < 1 || menu.path("min_values").asInt(1) > 1) {
            throw new IllegalArgumentException("User select " + customId + " does not take exactly one user");
        }
        ObjectNode payload = base(3, member);
        payload.set("message", message.deepCopy());
        ObjectNode data = payload.putObject("data").put("custom_id", customId).put("component_type", 5);
        data.putArray("values").add(chosen.id());
        ObjectNode resolved = data.putObject("resolved");
        resolved.putObject("users").set(chosen.id(), chosen.user().json());
        resolved.putObject("members").set(chosen.id(), chosen.jsonWithoutUser());
        return deliver(payload);
    }

    /**
     * {@code member} fills in and submits the modal the bot opened, given as its callback. Each text input comes back
     * wrapped in its label, as Discord sends modal submits since labels exist.
     */
    public SentInteraction submitModal(FakeMember member, RecordedRequest modalCallback, Map<String, String> values) {
        if (modalCallback.callbackType() != 9) {
            throw new IllegalArgumentException("Not a modal: " + modalCallback);
        }
        JsonNode modal = modalCallback.json().path("data");
        List<JsonNode> inputs = new ArrayList<>();
        collectTextInputs(modal.path("components"), inputs);
        for (String given : values.keySet()) {
            if (inputs.stream().noneMatch(i -> i.path("custom_id").asText().equals(given))) {
                throw new IllegalArgumentException("The modal has no input " + given);
            }
        }
        ObjectNode payload = base(5, member);
        ObjectNode data = payload.putObject("data")
                .put("custom_id", modal.path("custom_id").asText());
        ArrayNode components = data.putArray("components");
        for (JsonNode input : inputs) {
            String customId = input.path("custom_id").asText();
            String value = values.getOrDefault(customId, "");
            if (input.path("required").asBoolean(true) && value.isEmpty()) {
                throw new IllegalArgumentException("Input " + customId + " is required; Discord would not submit");
            }
            if (input.has("max_length")
                    && value.length() > input.path("max_length").asInt()) {
                throw new IllegalArgumentException("Input " + customId + " is longer than its max_length");
            }
            ObjectNode label = components.addObject().put("type", 18).put("id", nextModalComponent.incrementAndGet());
            label.putObject("component")
                    .put("type", 4)
                    .put("id", nextModalComponent.incrementAndGet())
                    .put("custom_id", customId)
                    .put("value", value);
        }
        return deliver(payload);
    }

    /** Sends the same INTERACTION_CREATE again, as a gateway replay can: same id, same token. */
    public SentInteraction redeliver(SentInteraction interaction) {
        gateway.dispatch("INTERACTION_CREATE", interaction.payload());
        return interaction;
    }

    /** The fields every interaction has: ids, token, guild, channel with permissions, member, locales. */
    ObjectNode base(int type, FakeMember member) {
        FakeGuild guild = member.guild();
        String id = Snowflakes.next();
        ObjectNode payload = Json.object()
                .put("id", id)
                .put("application_id", applicationId())
                .put("type", type)
                .put("token", "token-" + id + "-" + UUID.randomUUID())
                .put("version", 1)
                .put("guild_id", guild.id())
                .put("channel_id", guild.channelId())
                .put("locale", member.locale())
                .put("guild_locale", "nl")
                .put("app_permissions", Long.toString(FakeGuild.EVERYONE_PERMISSIONS))
                .put("context", 0)
                .put("attachment_size_limit", 10_485_760);
        payload.set("guild", guild.partialJson());
        payload.set("channel", guild.channelJson(member.permissions()));
        payload.set("member", member.json());
        payload.putArray("entitlements");
        payload.putObject("authorizing_integration_owners").put("0", guild.id());
        return payload;
    }

    SentInteraction deliver(ObjectNode payload) {
        SentInteraction sent = new SentInteraction(this, payload);
        interactions.put(sent.id(), sent);
        byToken.put(sent.token(), sent);
        gateway.dispatch("INTERACTION_CREATE", payload.deepCopy());
        return sent;
    }

    SentInteraction interaction(String id) {
        return interactions.get(id);
    }

    SentInteraction interactionByToken(String token) {
        return byToken.get(token);
    }

    private static JsonNode find(JsonNode components, String customId) {
        for (JsonNode component : components) {
            if (component.path("custom_id").asText().equals(customId)) {
                return component;
            }
            JsonNode inner = find(component.path("components"), customId);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static void collectTextInputs(JsonNode components, List<JsonNode> inputs) {
        for (JsonNode component : components) {
            if (component.path("type").asInt() == 4) {
                inputs.add(component);
            }
            collectTextInputs(component.path("components"), inputs);
            if (component.has("component")) {
                collectTextInputs(Json.array().add(component.path("component")), inputs);
            }
        }
    }

    // ---- what the bot did ------------------------------------------------------------------------------------

    /** The message an interaction's first answer created (as Discord stores it, with later edits), or null. */
    public ObjectNode originalMessage(SentInteraction interaction) {
        return rest.original(interaction.token());
    }

    /** A message by id as Discord stores it now, or null. */
    public ObjectNode message(String id) {
        return rest.message(id);
    }

    /** Every REST request so far, in order. */
    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /** Gateway happenings so far: {@code open …}, {@code identify intents=…}, {@code ready}, {@code heartbeat}, … */
    public List<String> gatewayEvents() {
        synchronized (lock) {
            return List.copyOf(gatewayEvents);
        }
    }

    /** Every broken Discord rule so far: request bodies checked by {@link DiscordRules}, and protocol errors. */
    public List<String> violations() {
        return violations(0, 0);
    }

    /**
     * The broken rules since the previous call, so each test answers for its own requests when several share one
     * fake.
     */
    public List<String> newViolations() {
        synchronized (lock) {
            List<String> found = violations(checkedProtocol, checkedRequests);
            checkedProtocol = protocolViolations.size();
            checkedRequests = requests.size();
            return found;
        }
    }

    private List<String> violations(int fromProtocol, int fromRequest) {
        synchronized (lock) {
            List<String> found = new ArrayList<>(protocolViolations.subList(fromProtocol, protocolViolations.size()));
            for (RecordedRequest request : requests.subList(fromRequest, requests.size())) {
                DiscordRules.check(request).forEach(v -> found.add(request.method() + " " + request.path() + ": " + v));
            }
            return found;
        }
    }

    /** Waits for the first request, in order, that matches. */
    public RecordedRequest await(Predicate<RecordedRequest> matching, Duration wait, String what) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            while (true) {
                for (RecordedRequest request : requests) {
                    if (matching.test(request)) {
                        return request;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "No " + what + " within " + wait.toMillis() + " ms; requests: " + requests);
                }
                waitOnLock(left);
            }
        }
    }

    /** Waits until the gateway has seen {@code event} at least {@code times} times. */
    public void awaitGateway(String event, int times, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            while (gatewayEvents.stream().filter(event::equals).count() < times) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "Gateway saw " + event + " fewer than " + times + " times: " + gatewayEvents);
                }
                waitOnLock(left);
            }
        }
    }

    private void waitOnLock(long nanos) {
        try {
            lock.wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }

    /** Closes the bot's gateway connection with {@code code}; Discord's 4000 and 1001 let the client resume. */
    public void disconnect(int code) {
        gateway.disconnect(code);
    }

    void record(RecordedRequest request) {
        synchronized (lock) {
            requests.add(request);
            lock.notifyAll();
        }
    }

    void gatewayEvent(String event) {
        synchronized (lock) {
            gatewayEvents.add(event);
            lock.notifyAll();
        }
    }

    void violation(String violation) {
        synchronized (lock) {
            protocolViolations.add(violation);
        }
    }

    @Override
    public void close() {
        releaseHeldAnswers();
        http.stop(0);
        httpThreads.shutdownNow();
        try {
            gateway.stop(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
