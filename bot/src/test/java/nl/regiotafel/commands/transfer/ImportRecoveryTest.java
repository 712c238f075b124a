package nl.regiotafel.commands.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.bot.console.ConsoleChatGateway;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.chat.OutboundMessage;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;

/** An import completed at start-up after a crash is reported to whoever confirmed it. */
@RegiotafelTest
final class ImportRecoveryTest {

    @Autowired
    CommandRegistry registry;

    @Autowired
    Importer importer;

    @Autowired
    ImportJournal journal;

    @Autowired
    ConsoleChatGateway chat;

    @Autowired
    NetworkStore networks;

    @Autowired
    ProjectStore projects;

    @Autowired
    AdjustableClock clock;

    /** What runs at start-up, before the bot takes commands. */
    @Autowired
    @Qualifier("importRecovery")
    ApplicationRunner recovery;

    @Test
    void tellsWhoConfirmedAnInterruptedImportThatItIsNowComplete() throws Exception {
        // GIVEN an import confirmed on 16 September whose plan is journalled but not written (the bot died)
        clock.set(Instant.parse("2021-09-16T08:00:00Z"));
        TestRequests requests = TestRequests.inNewNetwork(registry);
        String csv = "code;naam;regio;thema\r\np1;Eerste;Zeeland;Instroom\r\np2;Tweede;Zeeland;Behoud\r\n";
        var preview = importer.preview(
                requests.network(), "projecten.csv", csv.getBytes(StandardCharsets.UTF_8), Messages.ENGLISH);
        journal.begin(importer.batch(
                requests.network(),
                TestRequests.ADMIN.userId(),
                TestRequests.ADMIN.displayName(),
                "projecten.csv",
                preview));
        chat.drain();

        // WHEN the bot starts again
        recovery.run(null);

        // THEN the import is written and its author gets a message saying so, in the network's language
        assertThat(projects.find(requests.network(), "p2")).isPresent();
        List<OutboundMessage> sent = chat.drain().stream()
                .map(ConsoleChatGateway.Posted::message)
                .filter(message -> message.networkId().equals(requests.network()))
                .toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).directTo()).containsExactly(TestRequests.ADMIN.userId());
        assertThat(sent.get(0).page().title()).isEqualTo("Import afgemaakt: projecten.csv");
        assertThat(sent.get(0).page().text())
                .isEqualTo("De import van projecten.csv die u op 16 september 2021 bevestigde, werd onderbroken doordat"
                        + " de bot stopte. Hij is nu bij het opstarten afgemaakt: 2 projecten en geen mijlpalen"
                        + " geschreven, precies zoals in de preview.");
    }
}
