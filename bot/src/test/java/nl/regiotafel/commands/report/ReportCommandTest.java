package nl.regiotafel.commands.report;

import static nl.regiotafel.bot.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.regiotafel.bot.DemoFixture;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.TestRequests;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@RegiotafelTest
@Import(DemoFixture.class)
final class ReportCommandTest {

    @Autowired
    CommandRegistry registry;

    @Autowired
    AdjustableClock clock;

    @Autowired
    DemoFixture demo;

    private TestRequests english;
    private TestRequests dutch;

    @BeforeEach
    void setUp() {
        clock.set(DemoFixture.SEPTEMBER_20);
        String network = demo.load(DemoFixture.SEPTEMBER_20);
        english = new TestRequests(registry, network, Messages.ENGLISH);
        dutch = new TestRequests(registry, network, Messages.DUTCH);
    }

    private static Attachment file(CommandResponse response) throws Exception {
        assertThat(response.attachments()).as(response.pages().get(0).text()).hasSize(1);
        Attachment attachment = response.attachments().get(0);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", attachment.fileName()), attachment.content());
        return attachment;
    }

    @Test
    void writesAPdfWithPagesAndTheStatusSlideBlocks() throws Exception {
        Attachment pdf = file(dutch.run(MANAGER, "report", null, "period", "Q3 2021"));

        assertThat(pdf.fileName()).isEqualTo("voortgangsrapportage-netwerk-2021-Q3.pdf");
        PdfReader reader = new PdfReader(pdf.content());
        assertThat(reader.getNumberOfPages()).isGreaterThan(3);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Voortgangsrapportage");
        reader.close();
    }
}
