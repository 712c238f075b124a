package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.setup.SetupCommand.DEADLINE_DAYS_AFTER;
import static nl.regiotafel.commands.setup.SetupCommand.KIND;
import static nl.regiotafel.commands.setup.SetupCommand.LANGUAGE;
import static nl.regiotafel.commands.setup.SetupCommand.MEMBERS_MAY_READ;
import static nl.regiotafel.commands.setup.SetupCommand.OPENS_DAYS_BEFORE;
import static nl.regiotafel.commands.setup.SetupCommand.TIMEZONE;
import static nl.regiotafel.commands.setup.SetupCommand.TITLE;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.time.ReportingPeriod;

/** {@code /setup network} (name, time zone, language, whether members may read) and {@code /setup calendar}. */
final class NetworkSetup {

    static final int MAX_DAYS = 92;

    private final SettingsChanges changes;

    NetworkSetup(SettingsChanges changes) {
        this.changes = changes;
    }

    CommandResponse network(CommandRequest request) {
        return changes.save(request, AuditAction.SETUP_NETWORK, next -> {
            request.text(TITLE).ifPresent(v -> next.name = v);
            request.text(TIMEZONE).ifPresent(v -> next.zone = zone(v));
            request.text(LANGUAGE).ifPresent(v -> next.locale = Locale.forLanguageTag(v.toLowerCase(Locale.ROOT)));
            request.bool(MEMBERS_MAY_READ).ifPresent(v -> next.membersMayRead = v);
        });
    }

    CommandResponse calendar(CommandRequest request) {
        return changes.save(request, AuditAction.SETUP_CALENDAR, next -> calendar(request, next));
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new UserError("error.setup.timezone", text);
        }
    }

    private static void calendar(CommandRequest request, NetworkSettings.Builder next) {
        ReportingCalendar c = next.calendar;
        ReportingPeriod.Kind kind = request.text(KIND)
                .map(v -> ReportingPeriod.Kind.valueOf(v.toUpperCase(Locale.ROOT)))
                .orElse(c.kind());
        int opens = days(request, OPENS_DAYS_BEFORE, c.opensDaysBefore());
        int deadline = days(request, DEADLINE_DAYS_AFTER, c.deadlineDaysAfter());
        next.calendar = new ReportingCalendar(kind, opens, deadline);
    }

    private static int days(CommandRequest request, String option, int current) {
        long days = request.integer(option).orElse((long) current);
        if (days < 0 || days > MAX_DAYS) {
            throw new UserError("error.setup.days", option, MAX_DAYS);
        }
        return (int) days;
    }
}
