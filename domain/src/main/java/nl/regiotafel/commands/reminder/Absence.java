package nl.regiotafel.commands.reminder;

import java.time.LocalDate;

/**
 * A person marked themselves away; they are not nagged then, and managers see "away" instead of "missing".
 *
 * @param networkId the network
 * @param userId who
 * @param from first day away
 * @param to last day away
 */
public record Absence(String networkId, String userId, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
