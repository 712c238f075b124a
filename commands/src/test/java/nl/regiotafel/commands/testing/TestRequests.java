package nl.regiotafel.commands.testing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.i18n.Messages;

/** Requests as an adapter builds them, for command tests that go through the registry. */
public final class TestRequests {

    public static final Invoker ADMIN = new Invoker("a1", "Beheerder Bram", Set.of(Role.ADMIN, Role.MEMBER));
    public static final Invoker MANAGER = new Invoker("m1", "Manager Mirjam", Set.of(Role.MANAGER, Role.MEMBER));
    public static final Invoker LEADER = new Invoker("l1", "Leider Lotte", Set.of(Role.LEADER, Role.MEMBER));
    public static final Invoker OTHER_LEADER = new Invoker("l2", "Leider Lars", Set.of(Role.LEADER, Role.MEMBER));
    public static final Invoker MEMBER = new Invoker("u1", "Lid Lieke", Set.of(Role.MEMBER));

    private final CommandRegistry registry;
    private final String network;
    private final Locale locale;

    public TestRequests(CommandRegistry registry, String network, Locale locale) {
        this.registry = registry;
        this.network = network;
        this.locale = locale;
    }

    /** A fresh network, in English, so tests never see each other's data. */
    public static TestRequests inNewNetwork(CommandRegistry registry) {
        return new TestRequests(registry, "guild-" + UUID.randomUUID(), Messages.ENGLISH);
    }

    public String network() {
        return network;
    }

    /** Runs {@code /command sub name:value…} with a fresh interaction id. */
    public CommandResponse run(Invoker who, String command, String sub, Object... options) {
        return registry.dispatch(request(who, command, sub, UUID.randomUUID().toString(), options));
    }

    public CommandRequest request(Invoker who, String command, String sub, String interactionId, Object... options) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            map.put((String) options[i], options[i + 1]);
        }
        return new CommandRequest(network, "c1", who, locale, command, sub, map, interactionId);
    }

    /** The text of the first page. */
    public static String text(CommandResponse response) {
        return response.pages().get(0).text();
    }
}
