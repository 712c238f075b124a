package nl.regiotafel.commands.board;

/**
 * Port: "show the round boards of this network again". Call it after anything that changes what a board shows (an
 * update, an import, an absence, a round closing, an erasure of personal data). It returns at once; the adapter redraws
 * soon after, coalescing many calls into few edits within the platform's rate limits. Where there is no board (the
 * console) it does nothing.
 */
@FunctionalInterface
public interface RoundBoardRefresh {

    /** Does nothing: for adapters without boards. */
    RoundBoardRefresh NONE = networkId -> {};

    /** Asks for the boards of {@code networkId} to be redrawn soon. Never blocks, never throws. */
    void refresh(String networkId);
}
