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

    /**
     * Sends a message whose earlier send may have been cut off by a crash, after {@link #findSent} found it not
     * (wholly) there: parts of it the platform already shows (a direct message to one of its addressees, say) are not
     * sent again. A platform that cannot tell sends it whole.
     *
     * @return the platform's message id
     */
    default String sendRemaining(OutboundMessage message) {
        return send(message);
    }

    /** The platform is unreachable or rate-limits us; the message was not sent and may be retried. */
    final class ChatUnavailableException extends RuntimeException {
        public ChatUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
