package nl.regiotafel.bot.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.regiotafel.commands.api.AttachmentInput;
import nl.regiotafel.commands.api.CommandNames;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.api.UserRef;

/** Turns the raw text of console options into the typed values a {@code CommandRequest} carries. */
final class ConsoleRequests {

    private ConsoleRequests() {}

    /**
     * The internal subcommand named by the parsed words, in Dutch or English ({@code toevoegen}, {@code regio
     * toevoegen}), if the command has subcommands. An unknown word is passed on as typed, so the registry names the
     * possible subcommands.
     */
    static String subcommand(CommandSpec spec, ConsoleParser.Parsed parsed, CommandNames names) {
        List<String> words = parsed.words();
        if (spec.subcommands().isEmpty()) {
            if (!words.isEmpty()) {
                throw new ConsoleSyntaxException("console.syntax.option", words.get(0));
            }
            return null;
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() >= 2) {
            Optional<String> grouped = names.findSubcommand(spec, words.subList(0, 2));
            if (grouped.isPresent()) {
                // A subcommand in a group, as in /setup regions add
                if (words.size() > 2) {
                    throw new ConsoleSyntaxException("console.syntax.option", words.get(2));
                }
                return grouped.get();
            }
            throw new ConsoleSyntaxException("console.syntax.option", words.get(1));
        }
        return names.findSubcommand(spec, words).orElse(words.get(0));
    }

    /**
     * Typed option values by internal name, from names typed in Dutch or English; a choice typed in either language
     * becomes its internal value. Options the command does not have are passed on as text so the registry names them.
     */
    static Map<String, Object> options(
            CommandSpec spec, String subcommand, Map<String, String> raw, CommandNames names, Locale locale) {
        List<OptionSpec> specs = spec.optionsOf(subcommand);
        Map<String, Object> typed = new HashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String name = names.findOption(spec, subcommand, entry.getKey()).orElse(entry.getKey());
            Optional<OptionSpec> option =
                    specs.stream().filter(o -> o.name().equals(name)).findFirst();
            if (typed.containsKey(name)) {
                // The same option typed once in Dutch and once in English
                throw new ConsoleSyntaxException("console.syntax.duplicate", entry.getKey());
            }
            typed.put(
                    name,
                    option.map(o -> convert(
                                    o,
                                    entry.getValue(),
                                    names.option(spec, o.name()).in(locale),
                                    names))
                            .orElse(entry.getValue()));
        }
        return typed;
    }

    private static Object convert(OptionSpec option, String value, String shownName, CommandNames names) {
        String text = value.strip();
        return switch (option.type()) {
            case STRING ->
                option.choices().isEmpty()
                        ? value
                        : names.findValue(option, text).map(Object.class::cast).orElse(value);
            case ROLE, CHANNEL -> value;
            case INTEGER -> {
                try {
                    yield Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new UserError("error.option.integer", shownName);
                }
            }
            case NUMBER -> {
                // Dutch writes 3,5: both decimal separators, and nothing Java's parser also takes (0x1p3, 5d)
                java.util.OptionalDouble number = nl.regiotafel.commands.text.Decimals.parse(text);
                if (number.isEmpty()) {
                    throw new UserError("error.option.number", shownName);
                }
                yield number.getAsDouble();
            }
            case BOOLEAN ->
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "ja", "yes", "1", "aan", "on" -> true;
                    case "false", "nee", "no", "0", "uit", "off" -> false;
                    default -> throw new UserError("error.option.boolean", shownName);
                };
            case USER -> {
                String name = text.startsWith("@") ? text.substring(1) : text;
                if (name.isEmpty()) {
                    throw new UserError("error.option.missing", shownName);
                }
                yield new UserRef(name, name);
            }
            case ATTACHMENT -> file(shownName, Path.of(text));
        };
    }

    private static AttachmentInput file(String shownName, Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UserError("error.option.file", path.toString(), shownName);
        }
        return new AttachmentInput() {
            @Override
            public String fileName() {
                return path.getFileName().toString();
            }

            @Override
            public long size() {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public byte[] read() throws IOException {
                return Files.readAllBytes(path);
            }
        };
    }
}
