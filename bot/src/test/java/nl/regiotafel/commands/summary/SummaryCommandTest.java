package nl.regiotafel.commands.summary;

import static nl.regiotafel.bot.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.regiotafel.bot.DemoFixture;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.TestRequests;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@RegiotafelTest
@Import(DemoFixture.class)
final class SummaryCommandTest {

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

    private static String field(CommandResponse response, String name) {
        return response.pages().get(0).fields().stream()
                .filter(f -> f.name().equals(name))
                .map(Field::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + response.pages().get(0)));
    }

    @Test
    void summarisesTheWholeDemoNetworkForTheCurrentQuarter() throws Exception {
        CommandResponse summary = english.run(MANAGER, "summary", null);

        assertThat(summary.pages().get(0).title())
                .isEqualTo("Regional summary — Regiotafel demo — Zeeland, Noord-Holland Noord en andere regio's · 2021-Q3");
        assertThat(field(summary, "Projects")).isEqualTo("25 (start of period: 24)");
        assertThat(field(summary, "Status (change)"))
                .contains("Running: **21** (−1)")
                .contains("Not started yet: **1** (0)")
                .contains("Completed, successful: **3** (+2)");
        Attachment png = summary.attachments().get(0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.content()));
        assertThat(image.getWidth()).isEqualTo(1000);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/summary-demo.png"), png.content());
        summary.pages().forEach(p -> System.out.println(p.title() + "\n" + p.text() + "\n" + p.fields()));
    }
}
