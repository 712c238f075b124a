package nl.regiotafel.commands.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;

final class RoundBoardTextTest {

    private static final Instant DEADLINE = Instant.parse("2021-10-10T21:59:59Z");

    private static RoundBoard board(int reported, int total, List<RoundBoard.Missing> missing) {
        return new RoundBoard("n1", "2021-Q3", DEADLINE, reported, total, missing);
    }

    @Test
    void showsPeriodDeadlineProgressAndWhoIsMissingWithAwayMarked() {
        RoundBoard board = board(
                3,
                5,
                List.of(
                        new RoundBoard.Missing("zomerzorg — ZomerZorg", false),
                        new RoundBoard.Missing("acute-psy — Acute psychiatrie", true)));

        Page dutch = RoundBoardText.page(board, Messages.of(Messages.DUTCH));
        Page english = RoundBoardText.page(board, Messages.of(Messages.ENGLISH));

        assertThat(dutch.title()).isEqualTo("Rapportageronde 2021-Q3");
        assertThat(dutch.text())
                .isEqualTo(
                        "Deadline: " + Markup.dateTime(DEADLINE) + " (" + Markup.relative(DEADLINE) + ")\n"
                                + """
                        ██████░░░░ 3 van 5 projecten gerapporteerd (60%)

                        Nog geen update (2):
                        • zomerzorg — ZomerZorg
                        • acute-psy — Acute psychiatrie (afwezig)""");
        assertThat(english.title()).isEqualTo("Reporting round 2021-Q3");
        assertThat(english.text())
                .contains("3 of 5 projects reported (60%)")
                .contains("• acute-psy — Acute psychiatrie (away)");
    }

    @Test
    void saysSoWhenEveryProjectHasReportedAndCountsOneProjectInTheSingular() {
        Page page = RoundBoardText.page(board(1, 1, List.of()), Messages.of(Messages.DUTCH));

        assertThat(page.text())
                .contains("██████████ 1 van 1 project gerapporteerd (100%)")
                .endsWith("Alle projecten hebben gerapporteerd.");
    }

    @Test
    void keepsALongListWithinAnEmbedAndSaysHowManyMore() {
        List<RoundBoard.Missing> missing = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            missing.add(new RoundBoard.Missing("project-" + i + " — Een project met een lange naam", i % 7 == 0));
        }

        Page page = RoundBoardText.page(board(0, 400, missing), Messages.of(Messages.DUTCH));

        assertThat(page.text().length()).isLessThanOrEqualTo(4_096);
        assertThat(page.text()).contains("Nog geen update (400):").containsPattern("… en nog \\d+$");
    }

    @Test
    void refusesMoreReportedThanExpected() {
        assertThatThrownBy(() -> board(6, 5, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
