package nl.regiotafel.commands.reminder;

import java.util.List;
import java.util.Optional;

/** Port: who is away. One absence per person per network; a new one replaces the old. */
public interface AbsenceStore {

    void set(Absence absence);

    void clear(String networkId, String userId);

    Optional<Absence> of(String networkId, String userId);

    List<Absence> all(String networkId);
}
