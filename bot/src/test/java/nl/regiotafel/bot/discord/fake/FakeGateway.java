package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The fake gateway: HELLO on connect, READY (then GUILD_CREATE per guild) on IDENTIFY, RESUMED with the missed events
 * replayed on RESUME, heartbeats acknowledged. Dispatches made while the client is away wait for its RESUME, as
 * Discord's do.
 */
final class FakeGateway extends WebSocketServer {

    /** Op codes of Discord's gateway. */
    static final int DISPATCH = 0;

    static final int HEARTBEAT = 1;
    static final int IDENTIFY = 2;
    static final int RESUME = 6;
    static final int INVALID_SESSION = 9;
    static final int HELLO = 10;
    static final int HEARTBEAT_ACK = 11;

    /** One gateway session: its sequence and every dispatch, so a RESUME can replay what was missed. */
    private static final class Session {
        final String id = UUID.randomUUID().toString().replace("-", "");
        final List<ObjectNode> sent = new ArrayList<>();
        int seq;
        WebSocket connection;
    }

    private final FakeDiscord discord;
    private final int heartbeatMillis;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile Session current;

    FakeGateway(FakeDiscord discord, int heartbeatMillis) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.discord = discord;
        this.heartbeatMillis = heartbeatMillis;
        setDaemon(true);
        setReuseAddr(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the fake gateway", e);
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        discord.gatewayEvent("open " + handshake.getResourceDescriptor());
        connection.send(Json.write(
                Json.object().put("op", HELLO).set("d", Json.object().put("heartbeat_interval", heartbeatMillis))));
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        JsonNode frame = Json.parse(text);
        int op = frame.path("op").asInt(-1);
        JsonNode data = frame.path("d");
        switch (op) {
            case HEARTBEAT -> {
                discord.gatewayEvent("heartbeat");
                connection.send(Json.write(Json.object().put("op", HEARTBEAT_ACK)));
            }
            case IDENTIFY -> identify(connection, data);
            case RESUME -> resume(connection, data);
            default -> discord.gatewayEvent("op " + op);
        }
    }

    private void identify(WebSocket connection, JsonNode data) {
        discord.gatewayEvent("identify intents=" + data.path("intents").asInt());
        if (!FakeDiscord.TOKEN.equals(data.path("token").asText())) {
            connection.close(4004, "Authentication failed.");
            return;
        }
        Session session = new Session();
        sessions.put(session.id, session);
        synchronized (session) {
            session.connection = connection;
            current = session;
            ObjectNode ready = Json.object().put("v", 10).put("session_id", session.id);
            ready.put("resume_gateway_url", discord.gatewayUrl()).put("session_type", "normal");
            ready.set("user", discord.bot().json().put("verified", true).put("mfa_enabled", false));
            ready.set(
                    "application",
                    Json.object().put("id", discord.applicationId()).put("flags", 0));
            ArrayNode guilds = ready.putArray("guilds");
            discord.guilds().forEach(g -> guilds.add(g.unavailableJson()));
            ready.putArray("private_channels");
            ready.putArray("relationships");
            ready.putArray("presences");
            ready.putArray("_trace").add("fake-discord");
            send(session, "READY", ready);
            // The GUILDS intent, which JDA always sets, brings each guild of READY in full right after
            discord.guilds().forEach(g -> send(session, "GUILD_CREATE", g.createJson(discord.bot())));
        }
        discord.gatewayEvent("ready");
    }

    private void resume(WebSocket connection, JsonNode data) {
        discord.gatewayEvent("resume");
        Session session = sessions.get(data.path("session_id").asText());
        if (session == null || !FakeDiscord.TOKEN.equals(data.path("token").asText())) {
            connection.send(Json.write(Json.object().put("op", INVALID_SESSION).put("d", false)));
            return;
        }
        synchronized (session) {
            session.connection = connection;
            long seen = data.path("seq").asLong();
            for (ObjectNode frame : session.sent) {
                if (frame.path("s").asLong() > seen) {
                    connection.send(Json.write(frame));
                }
            }
            send(session, "RESUMED", Json.object());
        }
        discord.gatewayEvent("resumed");
    }

    /** Sends an event to the client now, or on its RESUME when it is away. */
    void dispatch(String type, ObjectNode data) {
        Session session = current;
        if (session == null) {
            throw new IllegalStateException("No client has identified with the fake gateway yet");
        }
        synchronized (session) {
            send(session, type, data);
        }
    }

    private static void send(Session session, String type, ObjectNode data) {
        ObjectNode frame = Json.object().put("op", DISPATCH).put("t", type).put("s", ++session.seq);
        frame.set("d", data);
        session.sent.add(frame);
        WebSocket connection = session.connection;
        if (connection != null && connection.isOpen()) {
            connection.send(Json.write(frame));
        }
    }

    /** Closes the client's connection as Discord does when it moves a session; the session stays resumable. */
    void disconnect(int code) {
        Session session = current;
        if (session == null || session.connection == null) {
            throw new IllegalStateException("No client is connected to the fake gateway");
        }
        session.connection.close(code, "Fake Discord closed the connection");
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        discord.gatewayEvent("close " + code);
        for (Session session : sessions.values()) {
            synchronized (session) {
                if (session.connection == connection) {
                    session.connection = null;
                }
            }
        }
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
        discord.gatewayEvent("error " + e);
        if (connection == null) {
            started.countDown();
        }
    }
}
