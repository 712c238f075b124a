package nl.regiotafel.commands.api;

/**
 * What a command changed, as its reply says ({@link CommandResponse#changed()}): what follows a reply (the round boards,
 * the forum) reacts to these, never to which command ran.
 */
public enum Changed {
    /** Projects added, edited, archived, imported or linked to a member. */
    PROJECTS,
    /** An update posted or edited. */
    UPDATES,
    /** A milestone added, reached, moved or removed (the summary counts them; the round boards do not show them). */
    MILESTONES,
    /** Someone marked away or back. */
    ABSENCES,
    /** A closed round revised. */
    ROUNDS,
    /** The network's settings (channels, calendar, names, roles …). */
    SETTINGS
}
