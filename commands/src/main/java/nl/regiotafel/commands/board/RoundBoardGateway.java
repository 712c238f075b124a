package nl.regiotafel.commands.board;

/**
 * Port: the live round board as a message in the network's updates channel. Discord in production (the message is
 * edited in place); another adapter may print it.
 */
public interface RoundBoardGateway {

    /**
     * Posts a new board.
     *
     * @return the platform's message id, to keep with the round and pass to {@link #update}
     * @throws nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException when the platform cannot be reached
     */
    String post(RoundBoard board);

    /**
     * Shows {@code board} in the message {@code messageId} instead of what it showed. When that message is gone
     * (deleted by someone), posts a new one.
     *
     * @return the id of the message that now shows the board: {@code messageId}, or the new one
     * @throws nl.regiotafel.commands.chat.ChatGateway.ChatUnavailableException when the platform cannot be reached
     */
    String update(String messageId, RoundBoard board);
}
