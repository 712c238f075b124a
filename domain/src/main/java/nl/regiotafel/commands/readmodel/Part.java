package nl.regiotafel.commands.readmodel;

/**
 * The parts of a network's read model, each with its own counter in the network's revision, so that a write of one
 * part makes other instances reload that part only.
 */
public enum Part {
    SETTINGS,
    PROJECTS,
    UPDATES,
    MILESTONES,
    ROUNDS
}
