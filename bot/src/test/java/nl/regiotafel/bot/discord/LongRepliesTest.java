package nl.regiotafel.bot.discord;

import static nl.regiotafel.commands.testing.TestRequests.LEADER;
import static nl.regiotafel.commands.testing.TestRequests.MANAGER;
import static nl.regiotafel.commands.testing.TestRequests.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.testing.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A project with 25 milestones and maximal texts still renders within Discord's limits, on every page. */
@RegiotafelTest
final class LongRepliesTest {

    @Autowired
    CommandRegistry registry;

    @Autowired
    AdjustableClock clock;

    @Test
    void everyReplyAboutABigProjectFitsDiscord() {
        clock.set(Instant.parse("2021-09-16T06:00:00Z"));
        TestRequests bot = TestRequests.inNewNetwork(registry);
        String longText = "Lange tekst met **opmaak** en <@123> ".repeat(120).substring(0, 4000);
        bot.run(
                MANAGER,
                "project",
                "add",
                "code",
                "groot",
                "name",
                "N".repeat(200),
                "region",
                "Zeeland",
                "theme",
                "Behoud",
                "goal",
                longText.substring(0, 1000),
                "leader",
                new UserRef("l1", "Lotte"),
                "organisations",
                "Organisatie ".repeat(80).strip());
        for (int i = 0; i < 10; i++) {
            bot.run(
                    LEADER,
                    "project",
                    "kpi",
                    "project",
                    "groot",
                    "label",
                    "KPI " + "k".repeat(90) + i,
                    "unit",
                    "u",
                    "target",
                    100.0,
                    "actual",
                    (double) i);
        }
        for (int i = 0; i < 25; i++) {
            bot.run(
                    LEADER,
                    "milestone",
                    "add",
                    "project",
                    "groot",
                    "title",
                    "M".repeat(199) + i,
                    "due",
                    i % 2 == 0 ? "Q1 2021" : "Q4 2022");
        }
        for (int i = 0; i < 3; i++) {
            bot.run(
                    LEADER,
                    "update",
                    null,
                    "project",
                    "groot",
                    "results",
                    longText,
                    "next-actions",
                    longText,
                    "risks",
                    longText,
                    "help",
                    longText);
        }

        List<CommandResponse> replies = List.of(
                bot.run(MEMBER, "status", null, "project", "groot"),
                bot.run(MEMBER, "project", "info", "project", "groot"),
                bot.run(MEMBER, "history", null, "project", "groot"),
                bot.run(MEMBER, "milestone", "list", "project", "groot"),
                bot.run(MEMBER, "milestone", "list", "scope", "all"));

        Messages m = Messages.of(Messages.ENGLISH);
        for (CommandResponse reply : replies) {
            assertThat(reply.pages()).isNotEmpty();
            for (int page = 0; page < reply.pages().size(); page++) {
                MessageCreateData data = DiscordRenderer.render(reply, page, "abcdefghij", m);
                assertThat(data.getContent()).hasSizeLessThanOrEqualTo(2000);
                assertThat(data.getEmbeds()).hasSizeLessThanOrEqualTo(10);
                for (MessageEmbed embed : data.getEmbeds()) {
                    assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
                    assertThat(embed.getDescription() == null ? "" : embed.getDescription())
                            .hasSizeLessThanOrEqualTo(4096);
                    assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
                    assertThat(embed.getFields())
                            .allSatisfy(f -> assertThat(f.getValue()).hasSizeLessThanOrEqualTo(1024));
                }
                assertThat(data.getAllowedMentions()).isEmpty();
            }
        }
    }
}
