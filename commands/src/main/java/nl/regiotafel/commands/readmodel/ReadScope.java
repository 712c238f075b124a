package nl.regiotafel.commands.readmodel;

import java.util.HashSet;
import java.util.Set;

/**
 * One command's (or one page's) reading of the read model: within a scope each network's revision is read at most
 * once, so a command costs one revision lookup however many reads it makes, and sees one state throughout. Outside a
 * scope every read looks at the revision. Scopes nest; the outermost one counts.
 *
 * <pre>{@code
 * try (ReadScope scope = ReadScope.open()) {
 *     return command.handle(request);
 * }
 * }</pre>
 */
public final class ReadScope implements AutoCloseable {

    private static final ThreadLocal<ReadScope> CURRENT = new ThreadLocal<>();
    private static final ReadScope NESTED = new ReadScope();

    private final Set<String> looked = new HashSet<>();

    private ReadScope() {}

    /** Opens a scope on this thread, or joins the one already open. */
    public static ReadScope open() {
        if (CURRENT.get() != null) {
            return NESTED;
        }
        ReadScope scope = new ReadScope();
        CURRENT.set(scope);
        return scope;
    }

    /** Whether the network's revision should be read now: outside a scope always, inside once per network. */
    static boolean firstLook(String networkId) {
        ReadScope scope = CURRENT.get();
        return scope == null || scope.looked.add(networkId);
    }

    @Override
    public void close() {
        if (this != NESTED) {
            CURRENT.remove();
        }
    }
}
