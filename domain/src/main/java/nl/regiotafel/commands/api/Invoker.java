package nl.regiotafel.commands.api;

import java.util.Set;

/**
 * Who runs a command.
 *
 * @param userId platform user id
 * @param displayName name to show in replies and the audit log
 * @param roles the roles the network's role mapping gives this person
 */
public record Invoker(String userId, String displayName, Set<Role> roles) {

    public Invoker {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Managers and administrators read everything and may edit any project. */
    public boolean isManager() {
        return roles.contains(Role.MANAGER) || isAdmin();
    }
}
