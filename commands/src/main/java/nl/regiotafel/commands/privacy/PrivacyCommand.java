package nl.regiotafel.commands.privacy;

import static nl.regiotafel.commands.api.OptionSpec.optional;
import static nl.regiotafel.commands.api.OptionSpec.required;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.access.Access;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Subcommand;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.reminder.ReminderStore;
import nl.regiotafel.commands.transfer.Importer;
import nl.regiotafel.commands.transfer.Json;

/**
 * A person's rights over what Regiotafel keeps about them (AVG): what is kept and where the privacy statement is, an
 * export of their data (inzage), and erasure by an administrator.
 *
 * <pre>
 * /privacy show
 * /privacy export                       (your own data, as a JSON file only you see)
 * /privacy export user:@Lotte           (administrators: anyone's)
 * /privacy erase user:@Lotte            (administrators: shows what happens, then the button or confirm:true)
 * /privacy erase user:@Lotte confirm:true
 * /privacy retention                              (administrators: shows the setting)
 * /privacy retention updates:730 audit:1095 ledger:180   (days; 0 keeps updates or audit until changed)
 * </pre>
 */
public final class PrivacyCommand implements Command {

    public static final String NAME = "privacy";
    public static final String USER = "user";
    public static final String CONFIRM = "confirm";
    public static final String UPDATES = "updates";
    public static final String AUDIT = "audit";
    public static final String LEDGER = "ledger";

    /** Where the full privacy statement lives, for /privacy show. */
    public static final String PRIVACY_TEXT = "PRIVACY.md";

    private final PersonalDataStore data;
    private final RetentionStore retention;
    private final AuditStore audit;
    private final Clock clock;
    private final PrivacyEvents events;
    private final Importer importer;
    private final ReminderStore ledger;

    public PrivacyCommand(
            PersonalDataStore data,
            RetentionStore retention,
            AuditStore audit,
            Clock clock,
            PrivacyEvents events,
            Importer importer,
            ReminderStore ledger) {
        this.importer = importer;
        this.ledger = ledger;
        this.data = data;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(NAME, subcommands());
    }

    @Override
    public List<Subcommand> subcommands() {
        return List.of(
                new Subcommand(SubcommandSpec.of(NAME, "show"), this::show),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME, "export", optional(USER, OptionType.USER).describedBy("opt.privacy.user")),
                        this::export),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "erase",
                                required(USER, OptionType.USER).describedBy("opt.privacy.user"),
                                optional(CONFIRM, OptionType.BOOLEAN).describedBy("opt.privacy.confirm")),
                        this::erase),
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                "retention",
                                optional(UPDATES, OptionType.INTEGER).describedBy("opt.privacy.updates"),
                                optional(AUDIT, OptionType.INTEGER).describedBy("opt.privacy.audit"),
                                optional(LEDGER, OptionType.INTEGER).describedBy("opt.privacy.ledger")),
                        this::retention));
    }

    private CommandResponse show(CommandRequest request) {
        Messages m = request.messages();
        return CommandResponse.builder()
                .privately()
                .page(Page.of(m.get("privacy.show.title"), m.get("privacy.show.text", PRIVACY_TEXT)))
                .build();
    }

    private CommandResponse export(CommandRequest request) {
        Messages m = request.messages();
        String self = request.invoker().userId();
        String target = request.user(USER).map(UserRef::id).orElse(self);
        if (!target.equals(self)) {
            Access.requireAdmin(request);
        }
        Json json = new Json();
        data.export(request.networkId(), target).forEach(json::field);
        byte[] content = json.toString().getBytes(StandardCharsets.UTF_8);
        return CommandResponse.builder()
                .privately()
                .page(Page.of(m.get("privacy.export.title"), m.get("privacy.export.text", PRIVACY_TEXT)))
                .attachment(new Attachment("regiotafel-personal-data-" + target + ".json", "application/json", content))
                .build();
    }

    private CommandResponse erase(CommandRequest request) {
        Messages m = request.messages();
        Access.requireAdmin(request);
        UserRef person = request.user(USER).orElseThrow(() -> new UserError("error.option.missing", USER));
        if (!request.bool(CONFIRM).orElse(false)) {
            return CommandResponse.builder()
                    .privately()
                    .tone(Tone.ATTENTION)
                    .page(new Page(
                            m.get("privacy.erase.preview.title", person.name()),
                            m.get("privacy.erase.preview.text"),
                            List.of(),
                            m.get("privacy.erase.preview.footer")))
                    .action(new Action("privacy.erase.confirm", NAME, "erase", Map.of(USER, person, CONFIRM, true)))
                    .build();
        }
        // An import a crash left pending holds its plan compressed, out of the erasure's reach, and would bring the
        // person back when completed later: complete it first, so the erasure covers what it writes
        importer.resumePending(request.networkId());
        // Read before the erasure removes them from the ledger's recipients: the messages that mention them
        java.util.Set<String> sent = new java.util.TreeSet<>();
        ledger.sentTo(request.networkId(), person.id()).stream()
                .map(r -> r.messageId())
                .filter(java.util.Objects::nonNull)
                .forEach(sent::add);
        int number = data.nextFormerMember(request.networkId());
        // The pseudonym is stored text, so it is in the network's language, not the administrator's
        Messages stored = Messages.of(request.settings().locale());
        PersonalDataStore.Pseudonym pseudonym =
                new PersonalDataStore.Pseudonym("oud-lid-" + number, stored.get("privacy.pseudonym", number));
        PersonalDataStore.Erasure erasure =
                data.erase(request.networkId(), person.id(), List.of(person.name()), pseudonym);
        // The audit log keeps that an erasure happened and by whom, never whose data it was
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                AuditAction.PRIVACY_ERASE,
                pseudonym.name(),
                List.of()));
        // Only now that the store no longer names them: the forum posts and the round board render from the store
        events.erased(
                new PersonErased(request.networkId(), person.id(), pseudonym.name(), erasure.projectCodes(), sent));
        return CommandResponse.builder()
                .privately()
                .tone(Tone.SUCCESS)
                .page(Page.of(
                        m.get("privacy.erase.done.title"),
                        m.get("privacy.erase.done.text", pseudonym.name(), erasure.changed())))
                .build();
    }

    private CommandResponse retention(CommandRequest request) {
        Messages m = request.messages();
        Access.requireAdmin(request);
        Retention current = retention.get(request.networkId());
        boolean changing = request.integer(UPDATES).isPresent()
                || request.integer(AUDIT).isPresent()
                || request.integer(LEDGER).isPresent();
        if (!changing) {
            return CommandResponse.builder()
                    .privately()
                    .page(Page.of(m.get("privacy.retention.title"), RetentionText.describe(m, current)))
                    .build();
        }
        Integer updateDays =
                request.integer(UPDATES).map(d -> keepDays(UPDATES, d)).orElse(current.updateDays());
        Integer auditDays = request.integer(AUDIT).map(d -> keepDays(AUDIT, d)).orElse(current.auditDays());
        int ledgerDays = request.integer(LEDGER)
                .map(d -> {
                    if (d < Retention.MIN_LEDGER_DAYS || d > Retention.MAX_DAYS) {
                        throw new UserError(
                                "error.privacy.ledgerDays", LEDGER, d, Retention.MIN_LEDGER_DAYS, Retention.MAX_DAYS);
                    }
                    return d.intValue();
                })
                .orElse(current.ledgerDays());
        Retention next = new Retention(request.networkId(), updateDays, auditDays, ledgerDays);
        retention.set(next);
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                AuditAction.PRIVACY_RETENTION,
                "retention",
                List.of(
                        new AuditEntry.Change(UPDATES, days(current.updateDays()), days(updateDays)),
                        new AuditEntry.Change(AUDIT, days(current.auditDays()), days(auditDays)),
                        new AuditEntry.Change(LEDGER, days(current.ledgerDays()), days(ledgerDays)))));
        return CommandResponse.builder()
                .privately()
                .tone(Tone.SUCCESS)
                .page(Page.of(m.get("privacy.retention.saved"), RetentionText.describe(m, next)))
                .build();
    }

    /** 0 keeps until changed (null); otherwise 1 to ten years of days. */
    private static Integer keepDays(String option, long days) {
        if (days == 0) {
            return null;
        }
        if (days < 1 || days > Retention.MAX_DAYS) {
            throw new UserError("error.privacy.days", option, days, Retention.MAX_DAYS);
        }
        return (int) days;
    }

    private static String days(Integer days) {
        return days == null ? "-" : Integer.toString(days);
    }
}
