package nl.regiotafel.bot.config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The ids Discord gave the registered commands, by internal command name: a command mention ({@code </mijlpaal
 * toevoegen:id>}) needs them. Empty in the console and until the Discord adapter has registered its commands.
 */
@Component
public final class RegisteredCommands {

    private final Map<String, String> ids = new ConcurrentHashMap<>();

    /** Replaces what was known: a registration replaces every command and gives new ids. */
    public void replace(Map<String, String> idsByInternalName) {
        ids.clear();
        ids.putAll(idsByInternalName);
    }

    public Optional<String> id(String internalName) {
        return Optional.ofNullable(ids.get(internalName));
    }
}
