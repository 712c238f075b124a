package nl.regiotafel.commands.testing;

import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.privacy.PersonErased;
import nl.regiotafel.commands.privacy.PrivacyEvents;

/** Keeps every erasure event, as the bot's listeners (forum, round board) would receive them. */
public final class RecordingPrivacyEvents implements PrivacyEvents {

    private final List<PersonErased> events = new ArrayList<>();

    @Override
    public synchronized void erased(PersonErased event) {
        events.add(event);
    }

    public synchronized List<PersonErased> events() {
        return List.copyOf(events);
    }
}
