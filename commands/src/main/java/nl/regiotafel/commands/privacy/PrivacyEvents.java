package nl.regiotafel.commands.privacy;

/**
 * Port: tells the rest of the bot that a person was erased, once the store no longer names them, so every message the
 * bot posted about them (forum posts, the round board) can be rendered again. The bot publishes it as an application
 * event; anything that shows stored data outside the store listens for {@link PersonErased}.
 */
@FunctionalInterface
public interface PrivacyEvents {

    /** After the erasure is stored; must not throw for a listener's failure (the erasure itself succeeded). */
    void erased(PersonErased event);
}
