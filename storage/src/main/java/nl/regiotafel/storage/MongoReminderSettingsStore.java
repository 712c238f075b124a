package nl.regiotafel.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.function.UnaryOperator;
import nl.regiotafel.commands.api.ConcurrentEditException;
import nl.regiotafel.commands.reminder.ReminderSettings;
import nl.regiotafel.commands.reminder.ReminderSettingsStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reminder preferences in the {@code reminderSettings} collection. */
@Component
final class MongoReminderSettingsStore implements ReminderSettingsStore {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    MongoReminderSettingsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public ReminderSettings get(String networkId) {
        ReminderSettingsDocument document =
                StoreCalls.call("reminder settings", () -> mongo.findById(networkId, ReminderSettingsDocument.class));
        return document == null ? ReminderSettings.defaults(networkId) : document.toSettings();
    }

    @Override
    public ReminderSettings change(String networkId, UnaryOperator<ReminderSettings> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ReminderSettings current = get(networkId);
            ReminderSettingsDocument next = ReminderSettingsDocument.from(change.apply(current), current.version() + 1);
            try {
                if (current.version() == 0) {
                    StoreCalls.run("create reminder settings", () -> mongo.insert(next));
                    return next.toSettings();
                }
                var sameVersion =
                        query(where("_id").is(networkId).and("version").is(current.version()));
                if (StoreCalls.call("save reminder settings", () -> mongo.findAndReplace(sameVersion, next)) != null) {
                    return next.toSettings();
                }
            } catch (DuplicateKeyException e) {
                // Another writer created the document first; read it and apply the change again
            }
        }
        throw new ConcurrentEditException("reminder settings " + networkId);
    }
}
