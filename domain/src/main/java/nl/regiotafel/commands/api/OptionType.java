package nl.regiotafel.commands.api;

/** The value types a command option can take; each adapter maps them to its own input widgets. */
public enum OptionType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    /** A chat user; the value is a {@link UserRef}. */
    USER,
    /** A chat role; the value is its id as a string. */
    ROLE,
    /** A chat channel; the value is its id as a string. */
    CHANNEL,
    /** A file; the value is an {@link AttachmentInput}. In the console it is a file path. */
    ATTACHMENT
}
