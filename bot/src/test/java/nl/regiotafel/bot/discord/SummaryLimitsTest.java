package nl.regiotafel.bot.discord;

import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFields;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.testing.ShownMarkup;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.time.DueDateParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A region with 400 projects: /summary keeps every page within Discord's limits, pages its lists and attaches the
 * full lists; /report and /calendar hold every project.
 */
@RegiotafelTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SummaryLimitsTest {

    static final int PROJECTS = 400;

    @Autowired
    CommandRegistry registry;

    @Autowired
    AdjustableClock clock;

    @Autowired
    ProjectStore projects;

    @Autowired
    MilestoneStore milestones;

    private TestRequests bot;

    @BeforeAll
    void createRegion() {
        bot = TestRequests.inNewNetwork(registry);
        Instant created = Instant.parse("2021-07-05T08:00:00Z");
        for (int i = 0; i < PROJECTS; i++) {
            String code = String.format("twente-%03d", i);
            Project.Builder project = ProjectFields.blank(bot.network(), code, created).toBuilder();
            project.name = "Project " + "met een lange naam ".repeat(5) + i;
            project.region = "Twente";
            project.theme = List.of("Instroom", "Behoud", "Arbeidsbesparing", "Ketensamenwerking")
                    .get(i % 4);
            project.goal = "Doel " + i;
            project.phase = Phase.values()[i % Phase.values().length];
            project.status = ProjectStatus.LOPEND;
            project.leaders = List.of("leider-" + (i % 37));
            project.organisations = List.of("Organisatie " + (i % 50));
            project.kpis = List.of(new Kpi("Deelnemers", "personen", null, 10.0, (double) (i % 10)));
            projects.create(project.build());
            if (i % 4 == 0) {
                milestones.create(new Milestone(
                        bot.network(),
                        code,
                        0,
                        "Mijlpaal " + "x".repeat(150),
                        DueDateParser.parse(i % 8 == 0 ? "juli 2021" : "Q4 2021"),
                        MilestoneStatus.OPEN,
                        null,
                        null,
                        0,
                        null,
                        created,
                        created,
                        0));
            }
        }
    }

    @Test
    void summaryPagesFitDiscordAndTheFullListsAreAttached() throws Exception {
        clock.set(Instant.parse("2021-09-20T08:00:00Z"));

        CommandResponse summary = bot.run(MANAGER, "summary", null, "region", "Twente");

        assertThat(summary.pages().get(0).fields())
                .anySatisfy(f -> assertThat(ShownMarkup.of(f.value())).startsWith("400 projects: **twente-000**"));
        // Three pages of 15 per long list: overdue (50), next period (50), not reported (400); themes fit one page
        assertThat(summary.pages()).hasSize(1 + 3 + 3 + 3 + 1);
        assertThat(summary.pages().get(3).text()).endsWith("… and 5 more; the full list is in the attachment.");
        Messages m = Messages.of(Messages.ENGLISH);
        for (int page = 0; page < summary.pages().size(); page++) {
            MessageCreateData data = DiscordRenderer.render(summary, page, "abcdefghij", m);
            for (MessageEmbed embed : data.getEmbeds()) {
                assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
                assertThat(embed.getDescription() == null ? "" : embed.getDescription())
                        .hasSizeLessThanOrEqualTo(4096);
                assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
                assertThat(embed.getFields())
                        .allSatisfy(f -> assertThat(f.getValue()).hasSizeLessThanOrEqualTo(1024));
            }
            // Only the first page carries files: the chart and the full lists, nothing cut by the renderer
            assertThat(data.getFiles()).hasSize(page == 0 ? 2 : 0);
        }
        Attachment chart = summary.attachments().get(0);
        Attachment lists = summary.attachments().get(1);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.content()));
        assertThat(image.getHeight()).isGreaterThan(500);
        assertThat(lists.fileName()).isEqualTo("summary-twente-2021-Q3.md");
        String markdown = new String(lists.content(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Not reported for 2021-Q3 (400)").contains("## Overdue milestones (50)");
        for (int i = 0; i < PROJECTS; i++) {
            assertThat(markdown).contains(String.format("- twente-%03d — ", i));
        }
        assertThat(markdown).contains("| personen | 1800 | 4000 | 45% | 400 |");
    }

    @Test
    void reportAndCalendarHoldEveryProject() {
        clock.set(Instant.parse("2021-09-20T08:00:00Z"));

        CommandResponse csv = bot.run(MANAGER, "report", null, "region", "Twente", "format", "csv");
        CommandResponse pdf = bot.run(MANAGER, "report", null, "region", "Twente");
        CommandResponse ics = bot.run(MANAGER, "calendar", null, "region", "Twente");

        String text = new String(csv.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(1 + PROJECTS);
        assertThat(pdf.attachments().get(0).size()).isGreaterThan(50_000);
        String calendar = new String(ics.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(1 + PROJECTS / 4 + 2);
    }
}
