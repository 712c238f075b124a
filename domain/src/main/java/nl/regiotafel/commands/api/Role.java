package nl.regiotafel.commands.api;

/** What a person may do in a network, from the network's role mapping. Project leadership is per project. */
public enum Role {
    /** Configures the network; may do everything a manager may. */
    ADMIN,
    /** Reads everything and may edit any project. */
    MANAGER,
    /** Posts updates and manages milestones for the projects they lead. */
    LEADER,
    /** Any member of the network's server. */
    MEMBER
}
