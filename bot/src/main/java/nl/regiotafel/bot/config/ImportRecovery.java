package nl.regiotafel.bot.config;

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
 * journal holds their whole plan, and writing it again is harmless.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ImportRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final Importer importer;

    ImportRecovery(Importer importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        int completed = importer.resumePending();
        if (completed > 0) {
            log.info("Completed {} interrupted imports", completed);
        }
    }
}
