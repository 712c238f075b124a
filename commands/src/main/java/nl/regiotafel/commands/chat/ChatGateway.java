package nl.regiotafel.commands.chat;

/** Port: posts messages the bot sends by itself. Discord in production, standard output in the console. */
public interface ChatGateway {

    /**
     * Posts a message.
     *
     * @return the platform's message id
     * @throws ChatUnavailableException when the platform cannot be reached now (retry later)
     */
    String send(OutboundMessage message);

    /**
     * After a crash between sending and recording it, whether this message was in fact posted; its id if so. A
     * platform that cannot tell returns empty, and the message is sent again.
     */
    default java.util.Optional<String> findSent(OutboundMessage message) {
        return java.util.Optional.empty();
    }

    /** The platform is unreachable or rate-limits us; the message was not sent and may be retried. */
    final class ChatUnavailableException extends RuntimeException {
        public ChatUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
