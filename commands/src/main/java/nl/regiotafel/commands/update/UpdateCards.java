package nl.regiotafel.commands.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.ReportingCalendar.Round;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.text.Texts;

/** How an update reads: its blocks as fields, cut to Discord's field limit (the full text stays stored). */
public final class UpdateCards {

    private UpdateCards() {}

    public static List<Field> blocks(Messages m, Update update) {
        List<Field> fields = new ArrayList<>();
        if (update.health() != null) {
            fields.add(
                    Field.inline(m.get("project.health"), m.get(update.health().labelKey())));
        }
        if (update.phase() != null) {
            fields.add(Field.inline(m.get("project.phase"), m.get(update.phase().labelKey())));
        }
        if (update.status() != null) {
            fields.add(
                    Field.inline(m.get("project.status"), m.get(update.status().labelKey())));
        }
        add(fields, m.get("update.block.results"), update.results());
        add(fields, m.get("update.block.next-actions"), update.nextActions());
        add(fields, m.get("update.block.risks"), update.risks());
        add(fields, m.get("update.block.help"), update.helpNeeded());
        if (!update.kpiValues().isEmpty()) {
            StringBuilder kpis = new StringBuilder();
            for (Map.Entry<String, Double> kpi : update.kpiValues().entrySet()) {
                kpis.append("• ")
                        .append(Texts.escape(kpi.getKey()))
                        .append(": ")
                        .append(ProjectCards.number(m, kpi.getValue(), "–"))
                        .append('\n');
            }
            fields.add(Field.of(m.get("project.kpis"), kpis.toString().strip()));
        }
        return fields;
    }

    /**
     * An update as its author saw it when posting, and as a project's forum post shows it: title with number and
     * period, the project, the round it counts for, its blocks, and author and version in the footer.
     *
     * @param created false for a redelivered update that was already stored
     */
    public static Page page(Messages m, Project project, Update update, Round round, boolean created) {
        List<Field> fields = new ArrayList<>(blocks(m, update));
        String title = m.get(
                update.isEdited() ? "update.edited.title" : "update.posted.title",
                project.code(),
                update.number(),
                update.period());
        String text = created ? m.get("update.posted.text", Texts.escape(project.name())) : m.get("update.duplicate");
        String when = m.get(
                update.late() ? "update.round.late" : "update.round.inTime",
                round.period().key(),
                m.date(round.deadline()));
        return new Page(
                title, text + "\n" + when, fields, m.get("update.footer", update.authorName(), update.version()));
    }

    private static void add(List<Field> fields, String name, String text) {
        if (text != null && !text.isBlank()) {
            fields.add(Field.of(name, Texts.limit(Texts.escape(text), 1000)));
        }
    }

    /** A one-line excerpt of the update's first filled block. */
    public static String excerpt(Update update, int max) {
        for (String text : new String[] {update.results(), update.nextActions(), update.risks(), update.helpNeeded()}) {
            if (text != null && !text.isBlank()) {
                return Texts.escape(Texts.limit(text.replace('\n', ' '), max));
            }
        }
        return "";
    }
}
