package nl.regiotafel.commands.api;

/** The colour a reply carries; adapters map it to embed colours. */
public enum Tone {
    NEUTRAL,
    SUCCESS,
    /** Health "op schema". */
    ON_TRACK,
    /** Health "aandacht nodig". */
    ATTENTION,
    /** Health "vertraagd". */
    DELAYED,
    ERROR
}
