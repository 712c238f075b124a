package nl.regiotafel.commands.board;

import java.time.Instant;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.text.Texts;

/**
 * The round board as a page in the reader's language: period, deadline, a progress bar with reported x of y, and who
 * is still missing (away marked). The deadline is a timestamp with its relative form, which Discord shows in each
 * reader's own time zone.
 */
public final class RoundBoardText {

    /** Stays well inside an embed description (4,096 characters) whatever the names. */
    static final int MAX_TEXT = 3_500;

    private RoundBoardText() {}

    public static Page page(RoundBoard board, Messages m) {
        Instant deadline = board.deadline();
        StringBuilder text = new StringBuilder()
                .append(m.get("board.deadline", Markup.dateTime(deadline) + " (" + Markup.relative(deadline) + ")"))
                .append('\n')
                .append(m.get("board.progress", Texts.bar(board.fraction()), board.reported(), board.total(), (int)
                        Math.floor(board.fraction() * 100)));
        if (board.missing().isEmpty()) {
            text.append("\n\n").append(m.get("board.complete"));
        } else {
            text.append("\n\n")
                    .append(m.get(
                            board.closed() ? "board.missing.closed" : "board.missing",
                            board.missing().size()));
            int shown = 0;
            for (RoundBoard.Missing missing : board.missing()) {
                String line = "\n• " + missing.name() + (missing.away() ? " (" + m.get("board.away") + ")" : "");
                if (text.length() + line.length() > MAX_TEXT) {
                    text.append('\n').append(m.get("board.more", board.missing().size() - shown));
                    break;
                }
                text.append(line);
                shown++;
            }
        }
        return new Page(
                m.get("board.title", board.period()),
                text.toString(),
                java.util.List.of(),
                m.get(board.closed() ? "board.footer.closed" : "board.footer"));
    }
}
