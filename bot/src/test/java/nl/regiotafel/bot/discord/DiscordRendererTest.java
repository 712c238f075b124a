package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;
import org.junit.jupiter.api.Test;

final class DiscordRendererTest {

    private final Messages m = Messages.of(Messages.ENGLISH);

    @Test
    void keepsAHugePageWithinEmbedLimitsAndAttachesTheFullText() {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fields.add(Field.of("Mijlpaal " + i + " " + "x".repeat(300), "y".repeat(2000)));
        }
        CommandResponse response = CommandResponse.builder()
                .page(new Page("T".repeat(400), "lang ".repeat(3000), fields, "f".repeat(3000)))
                .build();

        MessageCreateData data = DiscordRenderer.render(response, 0, null, m);

        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getTitle()).hasSizeLessThanOrEqualTo(256);
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
        assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
        assertThat(embed.getFields()).allSatisfy(f -> {
            assertThat(f.getName()).hasSizeLessThanOrEqualTo(256);
            assertThat(f.getValue()).hasSizeLessThanOrEqualTo(1024);
        });
        assertThat(embed.getFooter().getText()).hasSizeLessThanOrEqualTo(2048);
        assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
        assertThat(data.getFiles()).extracting(f -> f.getName()).containsExactly("regiotafel-1.md");
    }

    @Test
    void pagesWithButtonsWithinTheCustomIdLimit() {
        CommandResponse response = CommandResponse.builder()
                .page(Page.of("Projects", "a"))
                .page(Page.of("Projects", "b"))
                .page(Page.of("Projects", "c"))
                .build();

        MessageCreateData first = DiscordRenderer.render(response, 0, "abcdefghij", m);
        MessageCreateData middle = DiscordRenderer.render(response, 1, "abcdefghij", m);

        List<Button> buttons = ((ActionRow) first.getComponents().get(0)).getButtons();
        assertThat(buttons).extracting(Button::getCustomId).containsExactly("page:abcdefghij:-1", "page:abcdefghij:1");
        assertThat(buttons.get(0).isDisabled()).isTrue();
        assertThat(buttons).allSatisfy(b -> assertThat(b.getCustomId()).hasSizeLessThanOrEqualTo(100));
        assertThat(((ActionRow) middle.getComponents().get(0)).getButtons()).noneMatch(Button::isDisabled);
        assertThat(middle.getEmbeds().get(0).getFooter().getText()).isEqualTo("Page 2 of 3");
    }

    @Test
    void neverAllowsMentionsToPing() {
        CommandResponse response = CommandResponse.publicText("Leaders", "<@123> @everyone <@&456>");

        MessageCreateData data = DiscordRenderer.render(response, 0, null, m);

        assertThat(data.getAllowedMentions()).isEmpty();
    }

    @Test
    void colouresRepliesByHealth() {
        CommandResponse delayed = CommandResponse.builder()
                .tone(Tone.DELAYED)
                .page(Page.of("x", "y"))
                .build();

        assertThat(DiscordRenderer.render(delayed, 0, null, m)
                        .getEmbeds()
                        .get(0)
                        .getColor())
                .isEqualTo(DiscordRenderer.color(Tone.DELAYED));
    }

    @Test
    void showsALeaderKeptAsAPlainNameAsTheNameAndKeepsRealMentions() {
        CommandResponse response = CommandResponse.builder()
                .page(new Page(
                        "Status",
                        "Leiders: " + Markup.user("Sanne de Vries") + ", " + Markup.user("123456789012345678")
                                + ", rol " + Markup.role("223456789012345678"),
                        List.of(Field.of("Eigenaar", Markup.user("Piet_Jansen"))),
                        null))
                .build();

        MessageEmbed embed =
                DiscordRenderer.render(response, 0, null, m).getEmbeds().get(0);

        assertThat(embed.getDescription())
                .isEqualTo("Leiders: Sanne de Vries, <@123456789012345678>, rol <@&223456789012345678>");
        assertThat(embed.getFields().get(0).getValue()).isEqualTo("Piet\\_Jansen");
    }

    @Test
    void aReminderPingsOnlyLeadersWithAMemberIdAndNamesTheOthers() {
        var message = new nl.regiotafel.commands.chat.OutboundMessage(
                "n1",
                nl.regiotafel.commands.chat.OutboundMessage.Purpose.REMINDERS,
                Page.of(
                        "Herinnering",
                        "Plaats je update, " + Markup.user("Sanne de Vries") + " en "
                                + Markup.user("123456789012345678")),
                java.util.Set.of("Sanne de Vries", "123456789012345678"),
                java.util.Set.of(),
                java.util.Set.of(),
                List.of(),
                "k");

        MessageCreateData data = DiscordChatGateway.data(
                message, m, new java.util.LinkedHashSet<>(message.mentionUserIds()), java.util.Set.of());

        assertThat(data.getContent()).isEqualTo("<@123456789012345678>");
        assertThat(data.getMentionedUsers()).containsExactly("123456789012345678");
        assertThat(data.getEmbeds().get(0).getDescription())
                .isEqualTo("Plaats je update, Sanne de Vries en <@123456789012345678>");
    }

    @Test
    void rendersEachKindOfMarkupInDiscordSyntax() {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        String text = Markup.bold("tizv-glasses") + " · " + Markup.user("123456789012345678") + " · "
                + Markup.role("223456789012345678") + " · " + Markup.channel("323456789012345678") + " · "
                + Markup.date(LocalDate.of(2021, 10, 10), zone) + " ("
                + Markup.relative(LocalDate.of(2021, 10, 10), zone) + ") · "
                + Markup.dateTime(Instant.parse("2021-10-10T08:00:00Z")) + " · " + Markup.code("/help") + " · "
                + Markup.command("mijlpaal toevoegen", "987654321") + " · " + Markup.command("hulp", null) + " · "
                + Markup.bold("#7 · " + Markup.user("42"));

        String shown = DiscordRenderer.render(CommandResponse.publicText("t", text), 0, null, m)
                .getEmbeds()
                .get(0)
                .getDescription();

        assertThat(shown)
                .isEqualTo("**tizv-glasses** · <@123456789012345678> · <@&223456789012345678> · <#323456789012345678>"
                        + " · <t:1633860000:D> (<t:1633860000:R>) · <t:1633852800:f> · `/help`"
                        + " · </mijlpaal toevoegen:987654321> · `/hulp` · **#7 · <@42>**");
    }

    @Test
    void textThatLooksLikeDiscordSyntaxShowsAsWrittenAndNeverPings() {
        // Names as users may store them: the core escapes Markdown, Discord's syntax is plain text to it
        String typed = "<t:99999999999999999999> <@123> <@&456> <#789> </help:1> **x**";
        CommandResponse response = CommandResponse.publicText(
                Texts.escape(typed), "Thema: " + Texts.escape(typed) + " · " + Markup.user("123456789012345678"));

        MessageCreateData data = DiscordRenderer.render(response, 0, null, m);
        MessageEmbed embed = data.getEmbeds().get(0);

        assertThat(embed.getDescription())
                .isEqualTo("Thema: \\<t:99999999999999999999\\> \\<@123\\> \\<@&456\\> \\<#789\\> \\</help:1\\>"
                        + " \\*\\*x\\*\\* · <@123456789012345678>");
        assertThat(embed.getTitle()).doesNotContain(" <").startsWith("\\<t:");
        assertThat(data.getAllowedMentions()).isEmpty();
    }
}
