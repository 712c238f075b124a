package nl.regiotafel.commands.api;

/**
 * Something the registry may add to every reply after a command ran, such as the one-time hint that points the first
 * administrator to {@code /setup}. Found like commands: every implementation in {@code nl.regiotafel.commands} is
 * picked up. An extension that fails leaves the reply as it was.
 */
public interface ReplyExtension {

    /** The reply to send: {@code response} itself, or a copy with something added. */
    CommandResponse extend(CommandRequest request, CommandResponse response);
}
