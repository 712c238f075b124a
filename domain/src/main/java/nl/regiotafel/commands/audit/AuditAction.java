package nl.regiotafel.commands.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an audit entry records. Every writer of the audit log names one of these, and every reader (the round
 * reconstruction, the privacy export, the import journal) reads one back; the store keeps the {@link #key()}, the
 * same strings the log has always held, so entries written before this type existed read as before.
 */
public enum AuditAction {
    PROJECT_ADD("project.add", Area.PROJECT),
    PROJECT_EDIT("project.edit", Area.PROJECT),
    PROJECT_KPI("project.kpi", Area.PROJECT),
    PROJECT_ARCHIVE("project.archive", Area.PROJECT),
    PROJECT_IMPORT_ADD("project.import.add", Area.PROJECT),
    PROJECT_IMPORT("project.import", Area.PROJECT),
    UPDATE_APPLY("update.apply", Area.UPDATE),
    MILESTONE_ADD("milestone.add", Area.MILESTONE),
    MILESTONE_DONE("milestone.done", Area.MILESTONE),
    MILESTONE_MOVE("milestone.move", Area.MILESTONE),
    MILESTONE_SNOOZE("milestone.snooze", Area.MILESTONE),
    MILESTONE_REMOVE("milestone.remove", Area.MILESTONE),
    MILESTONE_IMPORT_ADD("milestone.import.add", Area.MILESTONE),
    MILESTONE_IMPORT("milestone.import", Area.MILESTONE),
    ROUND_REVISE("round.revise", Area.ROUND),
    ROUND_CLOSE("round.close", Area.ROUND),
    SETUP_NETWORK("setup.network", Area.SETUP),
    SETUP_REGIONS_ADD("setup.regions.add", Area.SETUP),
    SETUP_REGIONS_REMOVE("setup.regions.remove", Area.SETUP),
    SETUP_THEMES_ADD("setup.themes.add", Area.SETUP),
    SETUP_THEMES_REMOVE("setup.themes.remove", Area.SETUP),
    SETUP_PILLARS_ADD("setup.pillars.add", Area.SETUP),
    SETUP_PILLARS_REMOVE("setup.pillars.remove", Area.SETUP),
    SETUP_ROLES_ADD("setup.roles.add", Area.SETUP),
    SETUP_ROLES_REMOVE("setup.roles.remove", Area.SETUP),
    SETUP_CHANNELS("setup.channels", Area.SETUP),
    SETUP_CALENDAR("setup.calendar", Area.SETUP),
    SETUP_LINK("setup.link", Area.SETUP),
    SETUP_DEMO("setup.demo", Area.SETUP),
    PRIVACY_ERASE("privacy.erase", Area.PRIVACY),
    PRIVACY_RETENTION("privacy.retention", Area.PRIVACY),
    REMINDERS_SETTINGS("reminders.settings", Area.REMINDERS),
    REMINDERS_PAUSE("reminders.pause", Area.REMINDERS),
    REMINDERS_RESUME("reminders.resume", Area.REMINDERS);

    /** What an action changes. */
    public enum Area {
        PROJECT,
        UPDATE,
        MILESTONE,
        ROUND,
        SETUP,
        PRIVACY,
        REMINDERS
    }

    private static final Map<String, AuditAction> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(AuditAction::key, Function.identity()));

    private final String key;
    private final Area area;

    AuditAction(String key, Area area) {
        this.key = key;
        this.area = area;
    }

    /** The stored form, e.g. {@code project.edit}. */
    public String key() {
        return key;
    }

    public Area area() {
        return area;
    }

    /**
     * Whether the entry's changes are a project's own fields under their field names, with the project's code as the
     * subject: the entries a project's past state is rebuilt from.
     */
    public boolean changesProjectFields() {
        return area == Area.PROJECT || area == Area.UPDATE;
    }

    /**
     * The action stored as {@code key}. Throws for a key no version of Regiotafel wrote: the log is append-only and
     * only this code writes it, so an unknown key is a bug or a foreign document, never something to guess at.
     */
    public static AuditAction ofKey(String key) {
        AuditAction action = BY_KEY.get(key);
        if (action == null) {
            throw new IllegalArgumentException("Unknown audit action " + key);
        }
        return action;
    }

    @Override
    public String toString() {
        return key;
    }
}
