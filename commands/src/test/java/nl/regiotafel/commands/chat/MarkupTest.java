package nl.regiotafel.commands.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.TextInput;
import org.junit.jupiter.api.Test;

final class MarkupTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Records what a style is asked to render, in order. */
    private static final class Recording implements Markup.Style {
        final List<String> calls = new ArrayList<>();

        @Override
        public String text(String text) {
            calls.add("text:" + text);
            return text;
        }

        @Override
        public String user(String id) {
            calls.add("user:" + id);
            return "U";
        }

        @Override
        public String role(String id) {
            calls.add("role:" + id);
            return "R";
        }

        @Override
        public String channel(String id) {
            calls.add("channel:" + id);
            return "C";
        }

        @Override
        public String bold(String inner) {
            calls.add("bold:" + inner);
            return "[" + inner + "]";
        }

        @Override
        public String code(String text) {
            calls.add("code:" + text);
            return "K";
        }

        @Override
        public String command(String path, String id) {
            calls.add("command:" + path + "|" + id);
            return "/";
        }

        @Override
        public String time(long epochSecond, Markup.TimeStyle style) {
            calls.add("time:" + epochSecond + ":" + style);
            return "T";
        }
    }

    @Test
    void givesEachPartToTheStyleInOrder() {
        String text = "Hallo " + Markup.user("123") + ", " + Markup.bold("code " + Markup.role("9")) + " "
                + Markup.channel("7") + Markup.code("/help") + Markup.command("mijlpaal toevoegen", "55")
                + Markup.date(LocalDate.of(2021, 10, 10), ZONE) + Markup.relative(LocalDate.of(2021, 10, 10), ZONE)
                + Markup.dateTime(Instant.ofEpochSecond(42)) + " eind";
        Recording style = new Recording();

        String shown = Markup.render(text, style);

        assertThat(shown).isEqualTo("Hallo U, [code R] CK/TTT eind");
        assertThat(style.calls)
                .containsExactly(
                        "text:Hallo ",
                        "user:123",
                        "text:, ",
                        "text:code ",
                        "role:9",
                        "bold:code R",
                        "text: ",
                        "channel:7",
                        "code:/help",
                        "command:mijlpaal toevoegen|55",
                        "time:1633860000:DATE",
                        "time:1633860000:RELATIVE",
                        "time:42:DATE_TIME",
                        "text: eind");
    }

    @Test
    void leavesTextThatLooksLikeAnyPlatformsMarkupAsText() {
        String typed = "<t:99999999999999999999> <@123> <@&4> <#5> </help:1> **x** `y` __z__";
        Recording style = new Recording();

        assertThat(Markup.render(typed, style)).isEqualTo(typed);
        assertThat(style.calls).containsExactly("text:" + typed);
        assertThat(Markup.contains(typed)).isFalse();
    }

    @Test
    void textAUserMayStoreCannotHoldMarkup() {
        // Every token starts with a delimiter that the check on stored text refuses
        for (String token : List.of(
                Markup.user("1"),
                Markup.bold("x"),
                Markup.dateTime(Instant.EPOCH),
                Markup.command("help", null),
                Markup.code("x"))) {
            assertThat(TextInput.check("naam " + token)).as(token).isPresent();
        }
    }

    @Test
    void valuesPutIntoATokenCannotBreakIt() {
        String sneaky = "1" + Markup.CLOSE + "evil" + Markup.OPEN + "u2";
        Recording style = new Recording();

        Markup.render(Markup.user(sneaky) + Markup.bold("a" + Markup.CLOSE + "b"), style);

        assertThat(style.calls)
                .contains("user:1" + Markup.REPLACEMENT + "evil" + Markup.REPLACEMENT + "u2")
                .doesNotContain("user:2");
    }

    @Test
    void malformedMarkupRendersAsReplacementsAndNeverThrows() {
        List<String> broken = List.of(
                String.valueOf(Markup.OPEN),
                String.valueOf(Markup.CLOSE),
                Markup.OPEN + "t",
                Markup.OPEN + "tD" + Markup.CLOSE,
                Markup.OPEN + "tD99999999999999999999999" + Markup.CLOSE,
                Markup.OPEN + "tX12" + Markup.CLOSE,
                Markup.OPEN + "q12" + Markup.CLOSE,
                Markup.OPEN + "*open bold",
                "a" + Markup.CLOSE + "b" + Markup.CLOSE + "c",
                Markup.OPEN + "u1" + Markup.OPEN + "u2" + Markup.CLOSE);
        for (String text : broken) {
            String shown = Markup.plain(text, Messages.of(Messages.ENGLISH), ZONE);
            assertThat(shown).as(text).doesNotContain(String.valueOf(Markup.OPEN), String.valueOf(Markup.CLOSE));
        }
        assertThat(Markup.plain("a" + Markup.CLOSE + "b", Messages.of(Messages.ENGLISH), ZONE))
                .isEqualTo("a" + Markup.REPLACEMENT + "b");
    }

    @Test
    void aTokenCutByALengthLimitShowsOnlyTheEllipsis() {
        String line = "utr-rein · " + Markup.user("demo-eva") + ", " + Markup.user("demo-iris");
        String cut = nl.regiotafel.commands.text.Texts.limit(line, line.indexOf("demo-iris") + 4);
        String cutInBold = nl.regiotafel.commands.text.Texts.limit(Markup.bold("a " + Markup.user("demo-eva")), 7);

        assertThat(Markup.plain(cut, Messages.of(Messages.ENGLISH), ZONE)).isEqualTo("utr-rein · @demo-eva, …");
        assertThat(Markup.render(cutInBold, new Recording())).isEqualTo("[a …]");
    }

    @Test
    void plainTextForFilesNamesPeopleAndWritesDatesOut() {
        String text = Markup.bold("tizv") + " · " + Markup.user("demo-sanne") + " · "
                + Markup.date(LocalDate.of(2021, 10, 10), ZONE) + " · "
                + Markup.dateTime(Instant.parse("2021-10-10T08:00:00Z")) + " · " + Markup.command("hulp", "1")
                + " · " + Markup.OPEN + "tf" + Long.MAX_VALUE + Markup.CLOSE;

        assertThat(Markup.plain(text, Messages.of(Messages.DUTCH), ZONE))
                .isEqualTo("tizv · @demo-sanne · 10 oktober 2021 · 10 oktober 2021 10:00 · /hulp · " + Long.MAX_VALUE);
    }
}
