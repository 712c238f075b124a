package nl.regiotafel.bot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ConsoleParserTest {

    @Test
    void readsCommandSubcommandAndQuotedOptions() {
        ConsoleParser.Parsed parsed =
                ConsoleParser.parse("/project add code:tizv-glasses name:\"Pilot Smart Glasses\" region:Zeeland");

        assertThat(parsed.command()).isEqualTo("project");
        assertThat(parsed.words()).isEqualTo(List.of("add"));
        assertThat(parsed.options())
                .isEqualTo(Map.of("code", "tizv-glasses", "name", "Pilot Smart Glasses", "region", "Zeeland"));
    }

    @Test
    void keepsColonsAndEscapedQuotesInsideValues() {
        ConsoleParser.Parsed parsed =
                ConsoleParser.parse("/milestone add title:\"Fase 2: \\\"pilot\\\" start\" due:1-10-21");

        assertThat(parsed.options().get("title")).isEqualTo("Fase 2: \"pilot\" start");
        assertThat(parsed.options().get("due")).isEqualTo("1-10-21");
    }

    @Test
    void acceptsTypographicQuotesAsTypedOnPhonesAndInWord() {
        ConsoleParser.Parsed parsed = ConsoleParser.parse("/project add name:“Zeeuwse Zorgcentrale”");

        assertThat(parsed.options().get("name")).isEqualTo("Zeeuwse Zorgcentrale");
    }

    @Test
    void keepsAnEmptyQuotedValueSoTheRegistryCanNameIt() {
        assertThat(ConsoleParser.parse("/project add name:\"\"").options()).containsEntry("name", "");
    }

    @Test
    void explainsAMissingClosingQuote() {
        assertThatThrownBy(() -> ConsoleParser.parse("/project add name:\"Pilot"))
                .isInstanceOfSatisfying(
                        ConsoleSyntaxException.class, e -> assertThat(e.key()).isEqualTo("console.syntax.quote"));
    }

    @Test
    void explainsALineWithoutSlashAndAWordAfterOptions() {
        assertThatThrownBy(() -> ConsoleParser.parse("project list"))
                .isInstanceOfSatisfying(
                        ConsoleSyntaxException.class, e -> assertThat(e.key()).isEqualTo("console.syntax.start"));
        assertThatThrownBy(() -> ConsoleParser.parse("/project add code:x Smart"))
                .isInstanceOfSatisfying(
                        ConsoleSyntaxException.class, e -> assertThat(e.key()).isEqualTo("console.syntax.option"));
        assertThatThrownBy(() -> ConsoleParser.parse("/project add code:x code:y"))
                .isInstanceOfSatisfying(
                        ConsoleSyntaxException.class, e -> assertThat(e.key()).isEqualTo("console.syntax.duplicate"));
    }
}
