package nl.regiotafel.commands.milestone;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;

/** How a milestone reads in replies and reminders; shared by /milestone, /status and the reminders. */
public final class MilestoneCards {

    private MilestoneCards() {}

    /** One milestone as a line: marker, project and number, title, due as written, date for every reader. */
    public static String line(Messages m, Milestone ms, ZoneId zone, LocalDate today, boolean withProject) {
        String marker = !ms.isOpen() ? "✅" : ms.isOverdue(today) ? "⚠️" : "🗓️";
        StringBuilder line = new StringBuilder(marker).append(' ');
        if (withProject) {
            line.append(Markup.bold(ms.projectCode())).append(' ');
        }
        line.append('#').append(ms.number()).append(' ').append(Texts.escape(Texts.limit(ms.title(), 120)));
        line.append(" — ").append(Texts.escape(ms.due().label()));
        line.append(" · ").append(Markup.date(ms.due().date(), zone));
        if (ms.isOpen()) {
            line.append(" (").append(Markup.relative(ms.due().date(), zone)).append(')');
        } else if (ms.doneOn() != null) {
            line.append(" · ").append(m.get("milestone.doneOn", Markup.date(ms.doneOn(), zone)));
        }
        if (ms.isOverdue(today)) {
            line.append(" · ").append(Markup.bold(m.get("milestone.overdue")));
        }
        if (ms.moves() > 0) {
            line.append(" · ").append(m.get("milestone.movedCount", ms.moves()));
        }
        for (Milestone.Move move : ms.history()) {
            line.append("\n  ↳ ").append(Texts.escape(MilestoneMoves.line(m, move, zone)));
        }
        return line.toString();
    }
}
