package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.setup.SetupCommand.CLEAR;
import static nl.regiotafel.commands.setup.SetupCommand.DIGEST;
import static nl.regiotafel.commands.setup.SetupCommand.FORUM;
import static nl.regiotafel.commands.setup.SetupCommand.MANAGERS;
import static nl.regiotafel.commands.setup.SetupCommand.REMINDERS;
import static nl.regiotafel.commands.setup.SetupCommand.UPDATES;

import java.util.Locale;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.network.Channels;

/** {@code /setup channels}: where updates, reminders, the digest, escalations and the forum posts go. */
final class ChannelSetup {

    private final SettingsChanges changes;

    ChannelSetup(SettingsChanges changes) {
        this.changes = changes;
    }

    CommandResponse channels(CommandRequest request) {
        return changes.save(request, AuditAction.SETUP_CHANNELS, next -> {
            Channels c = next.channels;
            String updates = request.text(UPDATES).map(SettingsChanges::id).orElse(c.updates());
            String reminders = request.text(REMINDERS).map(SettingsChanges::id).orElse(c.reminders());
            String digest = request.text(DIGEST).map(SettingsChanges::id).orElse(c.digest());
            String managers = request.text(MANAGERS).map(SettingsChanges::id).orElse(c.managers());
            String forum = request.text(FORUM).map(SettingsChanges::id).orElse(c.forum());
            String clear =
                    request.text(CLEAR).map(v -> v.toLowerCase(Locale.ROOT)).orElse("");
            boolean all = clear.equals("all");
            next.channels = new Channels(
                    all || clear.equals(UPDATES) ? null : updates,
                    all || clear.equals(REMINDERS) ? null : reminders,
                    all || clear.equals(DIGEST) ? null : digest,
                    all || clear.equals(MANAGERS) ? null : managers,
                    all || clear.equals(FORUM) ? null : forum);
        });
    }
}
