package nl.regiotafel.commands.chat;

/** Port: posts messages the bot sends by itself. Discord in production, standard output in the console. */
public interface ChatGateway {

    /**
     * Posts a message. A direct message the platform refuses (the user does not accept them) does not fail the send:
     * that user is addressed in the channel instead, and the refusal is reported in the result, for the caller to
     * record; the gateway changes no settings itself.
     *
     * @return the platform's message id and the direct messages it refused
     * @throws ChatUnavailableException when the platform cannot be reached now (retry later)
     */
    Delivery send(OutboundMessage message);

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
     * @return the platform's message id and the direct messages it refused
     */
    default Delivery sendRemaining(OutboundMessage message) {
        return send(message);
    }

    /**
     * What became of a posted message.
     *
     * @param messageId the platform's id of the message (the first part, when it went out in several)
     * @param refusedDirect addressees whose direct message the platform refused (Discord error 50007): they were
     *     addressed in the channel instead, and should not be sent direct messages again until they opt in anew
     */
    record Delivery(String messageId, java.util.Set<String> refusedDirect) {

        public Delivery {
            java.util.Objects.requireNonNull(messageId);
            refusedDirect = java.util.Set.copyOf(refusedDirect);
        }

        /** Posted as asked, nothing refused. */
        public static Delivery posted(String messageId) {
            return new Delivery(messageId, java.util.Set.of());
        }
    }

    /** The platform is unreachable or rate-limits us; the message was not sent and may be retried. */
    final class ChatUnavailableException extends RuntimeException {
        public ChatUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
