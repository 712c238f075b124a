package nl.regiotafel.bot.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;

/** Renders replies as plain text: markup as names and written-out dates, the core's Markdown escapes undone. */
final class ConsoleRenderer {

    /** The core's Markdown escapes ({@code \\*}): users' words show as they typed them. */
    private static final Pattern ESCAPED = Pattern.compile("\\\\([*_`~|>\\[\\]\\\\])");

    private final Path outputDir;
    private final ZoneId zone;
    private final java.time.Clock clock;

    ConsoleRenderer(Path outputDir, ZoneId zone, java.time.Clock clock) {
        this.outputDir = outputDir;
        this.zone = zone;
        this.clock = clock;
    }

    String render(CommandResponse response, Locale locale) {
        return render(response, locale, clock.instant());
    }

    /** A reply as it read at {@code now}: relative dates count from then. */
    String render(CommandResponse response, Locale locale, Instant now) {
        if (response.form() != null) {
            // The console has no modals: the form's inputs are options of the same command
            String options = String.join(
                    " ",
                    response.form().inputs().stream()
                            .map(input -> input.option() + ":\"…\"")
                            .toList());
            return Messages.of(locale).get("console.form", options);
        }
        StringBuilder out = new StringBuilder();
        if (response.tone() == nl.regiotafel.commands.api.Tone.ERROR) {
            out.append("! ");
        }
        for (Page page : response.pages()) {
            if (page.title() != null && !page.title().isBlank()) {
                out.append(plain(page.title(), locale, now)).append('\n');
            }
            if (!page.text().isBlank()) {
                out.append(plain(page.text(), locale, now).strip()).append('\n');
            }
            for (Field field : page.fields()) {
                out.append(plain(field.name(), locale, now)).append(':');
                String value = plain(field.value(), locale, now);
                out.append(value.contains("\n") ? "\n  " + value.replace("\n", "\n  ") : " " + value)
                        .append('\n');
            }
            if (page.footer() != null) {
                out.append("(").append(plain(page.footer(), locale, now)).append(")\n");
            }
        }
        if (!response.attachments().isEmpty()) {
            List<String> written = new ArrayList<>();
            for (Attachment attachment : response.attachments()) {
                written.add(write(attachment).toString());
            }
            out.append(Messages.of(locale).get("console.more", written.size(), String.join(", ", written)))
                    .append('\n');
        }
        if (response.action() != null && response.action().userOption() != null) {
            // No member list here: name the command to type, with the member to fill in
            Action pick = response.action();
            out.append(Messages.of(locale)
                            .get(
                                    "console.pick",
                                    "/" + pick.command() + (pick.subcommand() == null ? "" : " " + pick.subcommand()),
                                    actionOptions(pick),
                                    pick.userOption()))
                    .append('\n');
        } else if (response.action() != null) {
            // No buttons here: name the options that do what the button would
            out.append(Messages.of(locale)
                            .get(
                                    "console.action",
                                    Messages.of(locale).get(response.action().labelKey()),
                                    actionOptions(response.action())))
                    .append('\n');
        }
        if (response.note() != null) {
            out.append(plain(response.note(), locale, now)).append('\n');
        }
        // No blank line inside a reply: in a script, a blank line is what separates one reply from the next
        return out.toString().replaceAll("\n{2,}", "\n").stripTrailing();
    }

    /** A message the bot posted by itself: {@code [channel reminders] → @sanne} and the page. */
    String render(nl.regiotafel.commands.chat.OutboundMessage message, Messages m, Instant at) {
        StringBuilder head = new StringBuilder(m.get(
                "console.channel", m.get("console.channel." + message.purpose().name())));
        if (!message.directTo().isEmpty()) {
            head.append(" (")
                    .append(m.get("console.dm", String.join(", ", message.directTo())))
                    .append(')');
        }
        CommandResponse asReply = CommandResponse.builder().page(message.page()).build();
        String body = render(asReply, m.locale(), at);
        if (!message.actions().isEmpty()) {
            body += "\n"
                    + String.join(
                            " ",
                            message.actions().stream()
                                    .map(a -> "[" + m.get(a.labelKey()) + "]")
                                    .toList());
        }
        return head + " " + body;
    }

    private static String actionOptions(Action action) {
        List<String> options = new ArrayList<>();
        action.options().entrySet().stream()
                .filter(e -> !(e.getValue() instanceof AttachmentInput))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> options.add(e.getKey() + ":" + typed(e.getValue())));
        return String.join(" ", options);
    }

    /** An option value as it is typed: a user as {@code @id}, text with spaces in quotes. */
    private static String typed(Object value) {
        if (value instanceof nl.regiotafel.commands.api.UserRef user) {
            return "@" + user.id();
        }
        String text = String.valueOf(value);
        return text.chars().anyMatch(Character::isWhitespace) && !text.contains("\"") ? "\"" + text + "\"" : text;
    }

    /**
     * Reply text as the console shows it: markup rendered by {@link ConsoleMarkup} (mentions as {@code @id}, dates
     * written out); nothing in the text itself is read as markup, so a name such as {@code <t:99999999999999999999>}
     * shows as typed.
     */
    String plain(String text, Locale locale, Instant now) {
        return Markup.render(text, new ConsoleMarkup(Messages.of(locale), zone, now));
    }

    /** Markup for a terminal. */
    private static final class ConsoleMarkup extends Markup.PlainStyle {
        private final Messages m;
        private final ZoneId zone;
        private final Instant now;

        ConsoleMarkup(Messages m, ZoneId zone, Instant now) {
            super(m, zone);
            this.m = m;
            this.zone = zone;
            this.now = now;
        }

        @Override
        public String text(String text) {
            return text.indexOf('\\') < 0 ? text : ESCAPED.matcher(text).replaceAll("$1");
        }

        @Override
        public String code(String text) {
            return "`" + text + "`";
        }

        @Override
        public String command(String path, String id) {
            return "`/" + path + "`";
        }

        @Override
        public String time(long epochSecond, Markup.TimeStyle style) {
            // Only the core writes timestamps; a number no calendar can show is printed as it is, never thrown
            try {
                return timeOrThrow(Instant.ofEpochSecond(epochSecond), style);
            } catch (java.time.DateTimeException | ArithmeticException e) {
                return Long.toString(epochSecond);
            }
        }

        private String timeOrThrow(Instant instant, Markup.TimeStyle style) {
            if (style == Markup.TimeStyle.RELATIVE) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(
                        java.time.LocalDate.ofInstant(now, zone),
                        instant.atZone(zone).toLocalDate());
                return days == 0
                        ? m.get("console.today")
                        : days > 0 ? m.get("console.inDays", days) : m.get("console.daysAgo", -days);
            }
            DateTimeFormatter format = style == Markup.TimeStyle.DATE
                    ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT);
            return format.withLocale(m.locale()).withZone(zone).format(instant);
        }
    }

    private Path write(Attachment attachment) {
        try {
            Files.createDirectories(outputDir);
            // Only the file name: a reply can never write outside the output directory
            Path target = outputDir
                    .resolve(Path.of(attachment.fileName()).getFileName().toString())
                    .toAbsolutePath()
                    .normalize();
            Files.write(target, attachment.content());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + attachment.fileName() + " to " + outputDir, e);
        }
    }
}
