package nl.regiotafel.commands.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

final class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties dutch = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
    }

    @Test
    void everyMessageIsAValidPatternWithQuotedApostrophes() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = bundle(file);
            for (String key : properties.stringPropertyNames()) {
                String pattern = properties.getProperty(key);
                // A lone apostrophe would swallow the rest of the message in MessageFormat
                assertThat(pattern.replace("''", "")).as(file + " " + key).doesNotContain("'");
                assertThat(new MessageFormat(pattern, Locale.ROOT).toPattern())
                        .as(key)
                        .isNotNull();
            }
        }
    }

    @Test
    void speaksDutchByDefaultAndEnglishWhenAsked() {
        assertThat(Messages.of(Messages.DUTCH).get("help.title")).isEqualTo("Regiotafel — commando's");
        assertThat(Messages.of(Locale.forLanguageTag("en-GB")).get("help.title"))
                .isEqualTo("Regiotafel — commands");
        assertThat(Messages.of(Locale.GERMAN).get("help.title")).isEqualTo("Regiotafel — commando's");
    }

    @Test
    void choosesTheUsersLanguageWhenSpokenElseTheNetworks() {
        assertThat(Messages.choose(Locale.forLanguageTag("en-US"), Messages.DUTCH))
                .isEqualTo(Messages.ENGLISH);
        assertThat(Messages.choose(Locale.forLanguageTag("de"), Messages.ENGLISH))
                .isEqualTo(Messages.ENGLISH);
        assertThat(Messages.choose(Locale.forLanguageTag("fr"), Messages.DUTCH)).isEqualTo(Messages.DUTCH);
    }

    @Test
    void aMessageFormattedFromManyThreadsAtOnceIsAlwaysRight() throws Exception {
        // GIVEN one instance per language, whose parsed patterns are shared between threads
        Messages dutch = Messages.of(Messages.DUTCH);
        assertThat(Messages.of(Locale.forLanguageTag("nl"))).isSameAs(dutch);
        String reference = java.util.ResourceBundle.getBundle(
                        "i18n.messages",
                        Messages.DUTCH,
                        java.util.ResourceBundle.Control.getNoFallbackControl(
                                java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("reminder.milestone.before");

        // WHEN eight threads format the same plural message with their own numbers at the same time
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 1; i <= 2_000; i++) {
                        Object[] arguments = {"Project " + thread, thread * 10_000 + i};
                        // A pattern parsed for this text alone is the reference
                        String expected = new MessageFormat(reference, Messages.DUTCH).format(arguments);
                        if (!dutch.get("reminder.milestone.before", arguments).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            // THEN every one of the 16,000 texts has its own thread's name and number
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
