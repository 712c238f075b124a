package nl.regiotafel.bot.discord;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.EntitySelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;

/**
 * Renders replies as Discord embeds within Discord's limits: a page that is too long is cut and its full text
 * attached as a file; several pages get previous/next buttons. Replies never ping anyone.
 */
final class DiscordRenderer {

    static final int MAX_TITLE = 256;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_FIELDS = 25;
    static final int MAX_FIELD_NAME = 256;
    static final int MAX_FIELD_VALUE = 1024;
    static final int MAX_FOOTER = 2048;
    static final int MAX_EMBED_TOTAL = 6000;

    /** Prefix of paging buttons' custom ids: {@code page:<token>:<index>}. */
    static final String PAGE_PREFIX = "page:";

    /** Prefix of action buttons' custom ids: {@code action:<token>}. */
    static final String ACTION_PREFIX = "action:";

    /** Discord's longest select menu placeholder. */
    static final int MAX_PLACEHOLDER = 150;

    /** Discord's longest button label. */
    static final int MAX_BUTTON_LABEL = 80;

    private DiscordRenderer() {}

    /**
     * One page of a reply.
     *
     * @param pageToken the token of the stored pages, or null when there is a single page
     */
    static MessageCreateData render(CommandResponse response, int pageIndex, String pageToken, Messages m) {
        return render(response, pageIndex, pageToken, null, m);
    }

    /**
     * One page of a reply, with its action button.
     *
     * @param pageToken the token of the stored pages, or null when there is a single page
     * @param actionToken the token of the stored action, or null when the reply offers none
     */
    static MessageCreateData render(
            CommandResponse response, int pageIndex, String pageToken, String actionToken, Messages m) {
        Page page = response.pages().get(pageIndex);
        MessageCreateBuilder message = new MessageCreateBuilder();
        // Mentions in replies show names but notify nobody: the bot never pings what the user could not
        message.setAllowedMentions(EnumSet.noneOf(net.dv8tion.jda.api.entities.Message.MentionType.class));
        List<FileUpload> files = new ArrayList<>();
        message.setEmbeds(
                embed(page, response.tone(), pageIndex, response.pages().size(), m, files));
        if (pageIndex == 0) {
            for (Attachment attachment : response.attachments()) {
                files.add(FileUpload.fromData(attachment.content(), attachment.fileName()));
            }
        }
        message.setFiles(files);
        List<Button> buttons = new ArrayList<>();
        if (pageToken != null && response.pages().size() > 1) {
            buttons.add(Button.secondary(PAGE_PREFIX + pageToken + ":" + (pageIndex - 1), "◀")
                    .withDisabled(pageIndex == 0));
            buttons.add(Button.secondary(PAGE_PREFIX + pageToken + ":" + (pageIndex + 1), "▶")
                    .withDisabled(pageIndex == response.pages().size() - 1));
        }
        List<ActionRow> rows = new ArrayList<>();
        if (actionToken != null && response.action() != null) {
            if (response.action().userOption() != null) {
                // A choice of member: Discord lists the server's members itself, no privileged intent needed
                rows.add(ActionRow.of(EntitySelectMenu.create(
                                ACTION_PREFIX + actionToken, EntitySelectMenu.SelectTarget.USER)
                        .setPlaceholder(Texts.limit(m.get(response.action().labelKey()), MAX_PLACEHOLDER))
                        .setRequiredRange(1, 1)
                        .build()));
            } else {
                buttons.add(Button.success(
                        ACTION_PREFIX + actionToken,
                        Texts.limit(m.get(response.action().labelKey()), MAX_BUTTON_LABEL)));
            }
        }
        if (!buttons.isEmpty()) {
            rows.add(0, ActionRow.of(buttons));
        }
        if (!rows.isEmpty()) {
            message.setComponents(rows);
        }
        return message.build();
    }

    private static MessageEmbed embed(
            Page original, Tone tone, int index, int count, Messages m, List<FileUpload> files) {
        // Markup in Discord's syntax; whatever users wrote stays literal text
        Page page = new Page(
                DiscordMarkup.render(original.title()),
                DiscordMarkup.render(original.text()),
                original.fields().stream()
                        .map(f ->
                                new Field(DiscordMarkup.render(f.name()), DiscordMarkup.render(f.value()), f.inline()))
                        .toList(),
                DiscordMarkup.render(original.footer()));
        EmbedBuilder embed = new EmbedBuilder().setColor(color(tone));
        int budget = MAX_EMBED_TOTAL;
        if (page.title() != null && !page.title().isBlank()) {
            String title = Texts.limit(page.title(), MAX_TITLE);
            embed.setTitle(title);
            budget -= title.length();
        }
        String footer = page.footer();
        if (count > 1 && footer == null) {
            footer = m.get("common.page", index + 1, count);
        }
        if (footer != null) {
            footer = Texts.limit(footer, MAX_FOOTER);
            embed.setFooter(footer);
            budget -= footer.length();
        }
        String text = page.text();
        int textLimit = Math.min(MAX_DESCRIPTION, budget - 200);
        if (text.length() > textLimit) {
            // Too long for one embed: show the start and attach the whole text
            files.add(FileUpload.fromData(text.getBytes(StandardCharsets.UTF_8), "regiotafel-" + (index + 1) + ".md"));
            text = Texts.limit(text, textLimit);
        }
        embed.setDescription(text.isBlank() ? null : text);
        budget -= text.length();
        int fields = 0;
        for (Field field : page.fields()) {
            String name = Texts.limit(field.name(), MAX_FIELD_NAME);
            String value = Texts.limit(field.value().isBlank() ? "–" : field.value(), MAX_FIELD_VALUE);
            if (fields == MAX_FIELDS || name.length() + value.length() > budget) {
                break;
            }
            embed.addField(name, value, field.inline());
            budget -= name.length() + value.length();
            fields++;
        }
        return embed.build();
    }

    static Color color(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> new Color(0x4F6D7A);
            case SUCCESS -> new Color(0x2E7D32);
            case ON_TRACK -> new Color(0x43A047);
            case ATTENTION -> new Color(0xF9A825);
            case DELAYED -> new Color(0xC62828);
            case ERROR -> new Color(0xB71C1C);
        };
    }
}
