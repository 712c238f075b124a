package nl.regiotafel.commands.setup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.regiotafel.commands.api.Changed;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.audit.AuditEntry;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.text.Texts;

/**
 * How every {@code /setup} subcommand that edits the settings saves: the edit is applied to the request's settings, a
 * change that changes nothing is refused, the rest is saved at once (optimistically locked: a concurrent change is
 * refused, never overwritten), written to the audit log old → new, and shown to the administrator field by field.
 */
final class SettingsChanges {

    private final NetworkStore networks;
    private final AuditStore audit;
    private final Clock clock;

    SettingsChanges(NetworkStore networks, AuditStore audit, Clock clock) {
        this.networks = networks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Applies {@code edit} to the settings the request was dispatched with and saves the result.
     *
     * @param edit changes the builder, or throws {@link UserError} for input it refuses
     */
    CommandResponse save(CommandRequest request, AuditAction action, Consumer<NetworkSettings.Builder> edit) {
        NetworkSettings current = request.settings();
        NetworkSettings.Builder next = current.toBuilder();
        edit.accept(next);
        NetworkSettings changed = next.build();
        List<Change> changes = changes(current, changed);
        if (changes.isEmpty()) {
            throw new UserError("error.setup.nothingToChange");
        }
        NetworkSettings saved = networks.save(changed);
        audit.record(new AuditEntry(
                request.networkId(),
                clock.instant(),
                request.invoker().userId(),
                request.invoker().displayName(),
                action,
                SetupCommand.AUDIT_SUBJECT,
                changes));
        Messages m = request.messages();
        StringBuilder summary = new StringBuilder();
        for (Change change : changes) {
            summary.append("• ")
                    .append(m.get("setup.field." + change.field()))
                    .append(": ")
                    .append(shown(m, change.field(), change.before()))
                    .append(" → ")
                    .append(shown(m, change.field(), change.after()))
                    .append('\n');
        }
        return CommandResponse.builder()
                .privately()
                .tone(Tone.SUCCESS)
                .page(new Page(
                        m.get("setup.saved"), summary.toString(), List.of(), m.get("setup.version", saved.version())))
                .changed(Changed.SETTINGS)
                .build();
    }

    /** A role or channel id from what an adapter passes: the id itself, or a mention as typed in the console. */
    static String id(String value) {
        String text = value.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1);
        }
        while (!text.isEmpty() && "@&#!".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UserError("error.setup.id", value);
        }
        return text;
    }

    /**
     * A changed value as the reply shows it: channels and roles as mentions, as {@code /setup show} shows them (the
     * audit log keeps their ids; a reply on Discord showed the bare number), everything else as {@link #shown}.
     */
    private static String shown(Messages m, String field, String value) {
        if (value != null && field.endsWith("Channel")) {
            return Markup.channel(value);
        }
        if (value != null && field.endsWith("Roles")) {
            return String.join(
                    ", ",
                    java.util.Arrays.stream(value.split("; ")).map(Markup::role).toList());
        }
        return Texts.escape(Texts.limit(shown(m, value), 300));
    }

    /** A changed value as the reader says it: yes or no (ja, nee) for a switch, a dash for none. */
    private static String shown(Messages m, String value) {
        if (value == null) {
            return "–";
        }
        return switch (value) {
            case "true" -> m.get("common.yes");
            case "false" -> m.get("common.no");
            default -> value;
        };
    }

    /** Every field that differs, lists as what was removed → what was added. */
    static List<Change> changes(NetworkSettings before, NetworkSettings after) {
        List<Change> changes = new ArrayList<>();
        diff(changes, "name", before.name(), after.name());
        diff(changes, "timezone", before.zone().getId(), after.zone().getId());
        diff(
                changes,
                "language",
                before.locale().toLanguageTag(),
                after.locale().toLanguageTag());
        diff(
                changes,
                "membersMayRead",
                String.valueOf(before.membersMayRead()),
                String.valueOf(after.membersMayRead()));
        diffList(
                changes,
                "regions",
                before.regions().stream().map(SettingsChanges::region).toList(),
                after.regions().stream().map(SettingsChanges::region).toList());
        diffList(changes, "themes", before.themes(), after.themes());
        diffList(changes, "pillars", before.pillars(), after.pillars());
        diffList(
                changes,
                "adminRoles",
                before.roles().adminRoleIds(),
                after.roles().adminRoleIds());
        diffList(
                changes,
                "managerRoles",
                before.roles().managerRoleIds(),
                after.roles().managerRoleIds());
        diffList(
                changes,
                "leaderRoles",
                before.roles().leaderRoleIds(),
                after.roles().leaderRoleIds());
        diff(
                changes,
                "updatesChannel",
                before.channels().updates(),
                after.channels().updates());
        diff(
                changes,
                "remindersChannel",
                before.channels().reminders(),
                after.channels().reminders());
        diff(
                changes,
                "digestChannel",
                before.channels().digest(),
                after.channels().digest());
        diff(
                changes,
                "managersChannel",
                before.channels().managers(),
                after.channels().managers());
        diff(
                changes,
                "forumChannel",
                before.channels().forum(),
                after.channels().forum());
        diff(
                changes,
                "calendarKind",
                before.calendar().kind().name(),
                after.calendar().kind().name());
        diff(
                changes,
                "opensDaysBefore",
                String.valueOf(before.calendar().opensDaysBefore()),
                String.valueOf(after.calendar().opensDaysBefore()));
        diff(
                changes,
                "deadlineDaysAfter",
                String.valueOf(before.calendar().deadlineDaysAfter()),
                String.valueOf(after.calendar().deadlineDaysAfter()));
        return changes;
    }

    private static void diff(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private static void diffList(List<Change> changes, String field, List<String> before, List<String> after) {
        List<String> removed = before.stream().filter(v -> !after.contains(v)).toList();
        List<String> added = after.stream().filter(v -> !before.contains(v)).toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            changes.add(new Change(
                    field,
                    removed.isEmpty() ? null : String.join("; ", removed),
                    added.isEmpty() ? null : String.join("; ", added)));
        }
    }

    /** A region as the audit log and {@code /setup show} write it: {@code Zeeland (Walcheren, Zeeuws-Vlaanderen)}. */
    static String region(Region region) {
        return region.subRegions().isEmpty()
                ? region.name()
                : region.name() + " (" + String.join(", ", region.subRegions()) + ")";
    }
}
