package nl.regiotafel.commands.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.RoleMapping;
import nl.regiotafel.commands.project.Project;

/** Who may do what. Every refusal is a {@link UserError}, which becomes a private, localised reply. */
public final class Access {

    private Access() {}

    /**
     * The roles a member has in a network.
     *
     * @param settings the network's role mapping
     * @param memberRoleIds the chat roles the member has
     * @param platformAdmin whether the platform itself calls the member an administrator (Discord: Manage Server)
     */
    public static Set<Role> rolesOf(NetworkSettings settings, Collection<String> memberRoleIds, boolean platformAdmin) {
        RoleMapping mapping = settings.roles();
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        if (platformAdmin || memberRoleIds.stream().anyMatch(mapping.adminRoleIds()::contains)) {
            roles.add(Role.ADMIN);
        }
        if (memberRoleIds.stream().anyMatch(mapping.managerRoleIds()::contains)) {
            roles.add(Role.MANAGER);
        }
        if (memberRoleIds.stream().anyMatch(mapping.leaderRoleIds()::contains)) {
            roles.add(Role.LEADER);
        }
        return roles;
    }

    public static void requireAdmin(CommandRequest request) {
        if (!request.invoker().isAdmin()) {
            throw new UserError("error.access.admin");
        }
    }

    public static void requireManager(CommandRequest request) {
        if (!request.invoker().isManager()) {
            throw new UserError("error.access.manager");
        }
    }

    /** Managers may edit any project; leaders only the projects they lead. */
    public static boolean mayEdit(CommandRequest request, Project project) {
        return request.invoker().isManager()
                || project.isLedBy(request.invoker().userId());
    }

    public static void requireEditor(CommandRequest request, Project project) {
        if (!mayEdit(request, project)) {
            throw new UserError("error.access.editor", project.code());
        }
    }

    /** Reading status is open to every member unless the network closed it; leaders and managers may always read. */
    public static void requireReader(CommandRequest request, NetworkSettings settings) {
        Set<Role> roles = request.invoker().roles();
        boolean privileged = roles.contains(Role.LEADER) || request.invoker().isManager();
        if (!privileged && !settings.membersMayRead()) {
            throw new UserError("error.access.reader");
        }
    }
}
