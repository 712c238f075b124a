package nl.regiotafel.commands.milestone;

import java.time.ZoneId;
import nl.regiotafel.commands.i18n.Messages;

/** How a milestone's move reads: "verplaatst van Q3 2021 naar Q4 2021 op 5 oktober 2021 door Sanne: reden". */
public final class MilestoneMoves {

    private MilestoneMoves() {}

    /** One move as plain text, in the reader's language. */
    public static String line(Messages m, Milestone.Move move, ZoneId zone) {
        String text = m.get(
                "milestone.move.line",
                move.from(),
                move.to(),
                m.date(move.at().atZone(zone).toLocalDate()),
                move.byName() == null ? m.get("common.unknown") : move.byName());
        return move.reason() == null ? text : text + ": " + move.reason();
    }
}
