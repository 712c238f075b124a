package nl.regiotafel.commands.api;

/**
 * A fixed value an option accepts. The label is a message key, so choices show in the reader's language while the
 * value stays stable.
 *
 * @param value what the command receives
 * @param labelKey the message key of the label shown to the user
 */
public record Choice(String value, String labelKey) {}
