package nl.regiotafel.commands.api;

import java.util.Objects;
import java.util.function.Supplier;
import nl.regiotafel.commands.network.NetworkSettings;

/**
 * The network a request runs in, as the {@link CommandRegistry} resolved it: its settings, read at most once per
 * interaction and only when asked for. A command that changes the settings uses what it saved, not these.
 */
public final class NetworkContext {

    private static final NetworkContext UNRESOLVED = new NetworkContext(() -> {
        throw new IllegalStateException(
                "This request was not dispatched: the network's settings come from CommandRegistry.dispatch");
    });

    private final Supplier<NetworkSettings> source;
    private NetworkSettings settings;

    private NetworkContext(Supplier<NetworkSettings> source) {
        this.source = source;
    }

    /** Settings read from {@code source} the first time they are asked for, then kept for this request. */
    public static NetworkContext reading(Supplier<NetworkSettings> source) {
        return new NetworkContext(Objects.requireNonNull(source));
    }

    /** For a request built outside the registry: asking for settings is a bug there. */
    public static NetworkContext unresolved() {
        return UNRESOLVED;
    }

    public synchronized NetworkSettings settings() {
        if (settings == null) {
            settings = Objects.requireNonNull(source.get(), "settings");
        }
        return settings;
    }
}
