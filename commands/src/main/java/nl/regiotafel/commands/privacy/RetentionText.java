package nl.regiotafel.commands.privacy;

import nl.regiotafel.commands.i18n.Messages;

/** A network's retention in words, as {@code /privacy retention} and {@code /setup show} say it. */
public final class RetentionText {

    private RetentionText() {}

    public static String describe(Messages m, Retention r) {
        return m.get(
                "privacy.retention.text",
                r.updateDays() == null
                        ? m.get("privacy.retention.untilChanged")
                        : m.get("privacy.retention.days", r.updateDays()),
                r.auditDays() == null
                        ? m.get("privacy.retention.untilChanged")
                        : m.get("privacy.retention.days", r.auditDays()),
                m.get("privacy.retention.days", r.ledgerDays()));
    }
}
