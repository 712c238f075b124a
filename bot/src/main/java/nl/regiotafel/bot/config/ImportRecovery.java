package nl.regiotafel.bot.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.chat.OutboundMessage;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.time.Dates;
import nl.regiotafel.commands.transfer.ImportBatch;
import nl.regiotafel.commands.transfer.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Completes imports that a crash or a lost database connection left half-written, before the bot takes commands: the
 * journal holds their whole plan, and writing it again is harmless. Whoever confirmed such an import is told it is now
 * complete (a direct message in Discord; printed at start in the console), since their last answer was an error or
 * nothing at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ImportRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final Importer importer;
    private final ChatGateway chat;
    private final NetworkStore networks;

    ImportRecovery(Importer importer, ChatGateway chat, NetworkStore networks) {
        this.importer = importer;
        this.chat = chat;
        this.networks = networks;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ImportBatch> completed = importer.completePending();
        if (!completed.isEmpty()) {
            log.info("Completed {} interrupted imports", completed.size());
        }
        for (ImportBatch batch : completed) {
            try {
                chat.send(notice(batch));
            } catch (RuntimeException e) {
                // The import is complete either way; only the notice is lost
                log.warn(
                        "Could not tell {} that import {} was completed: {}",
                        batch.actorId(),
                        batch.id(),
                        e.toString());
            }
        }
    }

    private OutboundMessage notice(ImportBatch batch) {
        NetworkSettings settings = networks.get(batch.networkId());
        Messages m = Messages.of(settings.locale());
        LocalDate day = LocalDate.ofInstant(batch.at(), settings.zone());
        return new OutboundMessage(
                batch.networkId(),
                OutboundMessage.Purpose.REMINDERS,
                Page.of(
                        m.get("import.recovered.title", batch.fileName()),
                        m.get(
                                "import.recovered.text",
                                batch.fileName(),
                                Dates.text(day, m.locale()),
                                batch.projects().size(),
                                batch.milestones().size())),
                Set.of(batch.actorId()),
                Set.of(),
                Set.of(batch.actorId()),
                List.of(),
                "import-recovered-" + batch.id());
    }
}
