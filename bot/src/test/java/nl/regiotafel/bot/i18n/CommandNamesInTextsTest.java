package nl.regiotafel.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiotafel.bot.RegiotafelTest;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandNames;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every message that names a command names it in its own language: the Dutch bundle says {@code /mijlpaal lijst},
 * the English one {@code /milestone list}, down to the subcommands and the options written after them
 * ({@code /update project:<code>}). A renamed command that a text still calls by its old name fails here.
 */
@RegiotafelTest
final class CommandNamesInTextsTest {

    /** A slash that starts a word, the name after it, and what follows on the line. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}<])/([\\p{L}\\p{N}_-]+)([^\\n.;,)/]*)");

    @Autowired
    CommandRegistry registry;

    private final CommandNames names = CommandNames.standard();

    @Test
    void theDutchMessagesNameCommandsInDutchAndTheEnglishOnesInEnglish() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "i18n.messages",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : Collections.list(bundle.getKeys())) {
                Matcher m = MENTION.matcher(bundle.getString(key));
                while (m.find()) {
                    checked += check(key, locale, m.group(1), m.group(2).strip(), wrong);
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(checked).as("commands named in the messages").isGreaterThan(20);
    }

    @Test
    void catchesACommandNamedInTheOtherLanguage() {
        List<String> wrong = new ArrayList<>();

        check("test", Messages.DUTCH, "milestone", "list", wrong);
        check("test", Messages.ENGLISH, "instellen", "tonen", wrong);
        check("test", Messages.DUTCH, "update", "project:<code> health:x", wrong);

        assertThat(wrong)
                .containsExactly(
                        "test (nl): /milestone should be /mijlpaal",
                        "test (nl): /milestone list should be /mijlpaal lijst",
                        "test (en): /instellen should be /setup",
                        "test (en): /instellen tonen should be /setup show",
                        "test (nl): option health: of /update should be signaal:");
    }

    /** Checks one mention; returns 1 when it named a command, else 0. */
    private int check(String key, Locale locale, String typed, String rest, List<String> wrong) {
        Optional<CommandSpec> found = registry.findNamed(typed).map(Command::spec);
        if (found.isEmpty()) {
            return 0;
        }
        CommandSpec spec = found.get();
        String where = key + " (" + locale.getLanguage() + ")";
        String expected = names.command(spec).in(locale);
        if (!typed.equals(expected)) {
            wrong.add(where + ": /" + typed + " should be /" + expected);
        }
        String subcommand = null;
        List<String> words = new ArrayList<>();
        for (String word : rest.isEmpty() ? new String[0] : rest.split("\\s+")) {
            int colon = word.indexOf(':');
            if (colon > 0) {
                option(where, spec, subcommand, word.substring(0, colon), locale, wrong);
                continue;
            }
            words.add(word);
            Optional<String> sub = names.findSubcommand(spec, words);
            if (sub.isPresent()) {
                subcommand = sub.get();
                String shown = names.subcommand(spec, subcommand, locale);
                if (!String.join(" ", words).equals(shown)) {
                    wrong.add(where + ": /" + typed + " " + String.join(" ", words) + " should be /" + expected + " "
                            + shown);
                }
            } else if (words.size() == 1
                    && spec.groups().stream()
                            .noneMatch(g -> names.group(spec, g).matches(word))) {
                break;
            }
        }
        return 1;
    }

    private void option(
            String where, CommandSpec spec, String subcommand, String typed, Locale locale, List<String> wrong) {
        List<OptionSpec> options = new ArrayList<>(spec.optionsOf(subcommand));
        if (subcommand == null) {
            spec.subcommands().stream().map(SubcommandSpec::options).forEach(options::addAll);
        }
        for (OptionSpec option : options) {
            CommandNames.Names optionNames = names.option(spec, option.name());
            if (optionNames.dutch().equals(typed) || optionNames.english().equals(typed)) {
                if (!optionNames.in(locale).equals(typed)) {
                    wrong.add(where + ": option " + typed + ": of /"
                            + names.command(spec).in(locale) + " should be " + optionNames.in(locale) + ":");
                }
                return;
            }
        }
    }
}
