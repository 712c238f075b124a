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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiotafel.commands.api.Action;
import nl.regiotafel.commands.api.Attachment;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.i18n.Messages;

/** Renders replies as plain text: Markdown markers removed, mentions and Discord timestamps made readable. */
final class ConsoleRenderer {

    private static final Pattern MENTION = Pattern.compile("<@[!&]?([^>]+)>");
    private static final Pattern CHANNEL = Pattern.compile("<#([^>]+)>");
    private static final Pattern TIMESTAMP = Pattern.compile("<t:(-?\\d+)(?::([tTdDfFR]))?>");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([*_`~|>\\[\\]\\\\])");

    private static final Pattern SINGLE_STAR = Pattern.compile("(?<!\\\\)\\*");

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

    String plain(String text, Locale locale, Instant now) {
        String result = MENTION.matcher(text).replaceAll(m -> Matcher.quoteReplacement("@" + m.group(1)));
        result = CHANNEL.matcher(result).replaceAll(m -> Matcher.quoteReplacement("#" + m.group(1)));
        result = TIMESTAMP.matcher(result).replaceAll(m -> Matcher.quoteReplacement(time(m, locale, now)));
        result = SINGLE_STAR.matcher(result.replace("**", "")).replaceAll("");
        return ESCAPED.matcher(result).replaceAll("$1");
    }

    private String time(java.util.regex.MatchResult m, Locale locale, Instant now) {
        // Stored text can hold anything that looks like a timestamp (a leader named <t:99999999999999999999>): what is
        // no instant the calendar can show stays as written, so rendering never throws
        try {
            return timeOrThrow(m, locale, now);
        } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
            return m.group();
        }
    }

    private String timeOrThrow(java.util.regex.MatchResult m, Locale locale, Instant now) {
        Instant instant = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
        String style = m.group(2) == null ? "f" : m.group(2);
        if (style.equals("R")) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(
                    java.time.LocalDate.ofInstant(now, zone),
                    instant.atZone(zone).toLocalDate());
            Messages messages = Messages.of(locale);
            return days == 0
                    ? messages.get("console.today")
                    : days > 0 ? messages.get("console.inDays", days) : messages.get("console.daysAgo", -days);
        }
        DateTimeFormatter format =
                switch (style) {
                    case "t", "T" -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
                    case "d" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
                    case "D" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
                    default -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT);
                };
        return format.withLocale(locale).withZone(zone).format(instant);
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
