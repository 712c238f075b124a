package nl.regiotafel.commands.board;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the live round board shows: one message per round in the updates channel, edited in place as leaders report.
 * A plain value, so the round model can fill it however it computes the round.
 *
 * @param networkId the network
 * @param period the round's reporting period, e.g. {@code 2021-Q3}
 * @param deadline when updates must be in
 * @param reported how many projects have reported for the period
 * @param total how many projects the round expects a report from
 * @param missing the projects (or leaders) that have not reported yet, in the order to show
 * @param closed whether the round has closed: the board then shows the frozen result and is not edited again
 */
public record RoundBoard(
        String networkId,
        String period,
        Instant deadline,
        int reported,
        int total,
        List<Missing> missing,
        boolean closed) {

    /** The board of a round still open. */
    public RoundBoard(
            String networkId, String period, Instant deadline, int reported, int total, List<Missing> missing) {
        this(networkId, period, deadline, reported, total, missing, false);
    }

    /**
     * One that has not reported yet.
     *
     * @param name what to show: a project code and name, or a leader's name
     * @param away whether its leader is marked away, so the reader knows not to chase them
     */
    public record Missing(String name, boolean away) {

        public Missing {
            Objects.requireNonNull(name);
        }
    }

    public RoundBoard {
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(period);
        Objects.requireNonNull(deadline);
        missing = List.copyOf(missing);
        if (total < 0 || reported < 0 || reported > total) {
            throw new IllegalArgumentException("Reported " + reported + " of " + total);
        }
    }

    /** The share reported, 0..1; a round without projects counts as complete. */
    public double fraction() {
        return total == 0 ? 1 : (double) reported / total;
    }
}
