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
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.api.UserRef;

/** Turns the raw text of console options into the typed values a {@code CommandRequest} carries. */
final class ConsoleRequests {

    private ConsoleRequests() {}

    /** The subcommand named by the parsed words, if the command has subcommands. */
    static String subcommand(CommandSpec spec, ConsoleParser.Parsed parsed) {
        List<String> words = parsed.words();
        if (spec.subcommands().isEmpty()) {
            if (!words.isEmpty()) {
                throw new ConsoleSyntaxException("console.syntax.option", words.get(0));
            }
            return null;
        }
        if (words.size() == 2
                && spec.subcommand(words.get(0) + " " + words.get(1)).isPresent()) {
            // A subcommand in a group, as in /setup regions add
            return words.get(0) + " " + words.get(1);
        }
        if (words.size() > 1) {
            throw new ConsoleSyntaxException("console.syntax.option", words.get(1));
        }
        return words.isEmpty() ? null : words.get(0);
    }

    /** Typed option values; options the command does not have are passed on as text so the registry names them. */
    static Map<String, Object> options(CommandSpec spec, String subcommand, Map<String, String> raw) {
        List<OptionSpec> specs = spec.optionsOf(subcommand);
        Map<String, Object> typed = new HashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            Optional<OptionSpec> option =
                    specs.stream().filter(o -> o.name().equals(entry.getKey())).findFirst();
            typed.put(
                    entry.getKey(),
                    option.map(o -> convert(o, entry.getValue())).orElse(entry.getValue()));
        }
        return typed;
    }

    private static Object convert(OptionSpec option, String value) {
        String text = value.strip();
        return switch (option.type()) {
            case STRING, ROLE, CHANNEL -> value;
            case INTEGER -> {
                try {
                    yield Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new UserError("error.option.integer", option.name());
                }
            }
            case NUMBER -> {
                // Dutch writes 3,5: both decimal separators, and nothing Java's parser also takes (0x1p3, 5d)
                java.util.OptionalDouble number = nl.regiotafel.commands.text.Decimals.parse(text);
                if (number.isEmpty()) {
                    throw new UserError("error.option.number", option.name());
                }
                yield number.getAsDouble();
            }
            case BOOLEAN ->
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "ja", "yes", "1", "aan", "on" -> true;
                    case "false", "nee", "no", "0", "uit", "off" -> false;
                    default -> throw new UserError("error.option.boolean", option.name());
                };
            case USER -> {
                String name = text.startsWith("@") ? text.substring(1) : text;
                if (name.isEmpty()) {
                    throw new UserError("error.option.missing", option.name());
                }
                yield new UserRef(name, name);
            }
            case ATTACHMENT -> file(option, Path.of(text));
        };
    }

    private static AttachmentInput file(OptionSpec option, Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UserError("error.option.file", path.toString(), option.name());
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
