package nl.regiotafel.commands.network;

import java.util.List;

/**
 * Which chat roles give which {@link nl.regiotafel.commands.api.Role}. Empty lists mean: only the platform's own
 * administrators (Discord's Manage Server permission) are administrators.
 *
 * @param adminRoleIds roles whose members configure the network
 * @param managerRoleIds roles whose members read everything and edit any project
 * @param leaderRoleIds roles whose members may lead projects
 */
public record RoleMapping(List<String> adminRoleIds, List<String> managerRoleIds, List<String> leaderRoleIds) {

    public RoleMapping {
        adminRoleIds = List.copyOf(adminRoleIds);
        managerRoleIds = List.copyOf(managerRoleIds);
        leaderRoleIds = List.copyOf(leaderRoleIds);
    }

    public static RoleMapping none() {
        return new RoleMapping(List.of(), List.of(), List.of());
    }
}
