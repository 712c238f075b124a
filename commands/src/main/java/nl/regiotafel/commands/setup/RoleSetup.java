package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.setup.SetupCommand.ADMIN;
import static nl.regiotafel.commands.setup.SetupCommand.LEADER;
import static nl.regiotafel.commands.setup.SetupCommand.MANAGER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.RoleMapping;

/** {@code /setup roles add} and {@code /setup roles remove}: which Discord roles are administrators, managers, leaders. */
final class RoleSetup {

    private final SettingsChanges changes;

    RoleSetup(SettingsChanges changes) {
        this.changes = changes;
    }

    CommandResponse add(CommandRequest request) {
        return changes.save(request, AuditAction.SETUP_ROLES_ADD, next -> roles(request, next, true));
    }

    CommandResponse remove(CommandRequest request) {
        return changes.save(request, AuditAction.SETUP_ROLES_REMOVE, next -> roles(request, next, false));
    }

    private static void roles(CommandRequest request, NetworkSettings.Builder next, boolean add) {
        Optional<String> admin = request.text(ADMIN).map(SettingsChanges::id);
        Optional<String> manager = request.text(MANAGER).map(SettingsChanges::id);
        Optional<String> leader = request.text(LEADER).map(SettingsChanges::id);
        if (admin.isEmpty() && manager.isEmpty() && leader.isEmpty()) {
            throw new UserError("error.setup.roleMissing");
        }
        RoleMapping roles = next.roles;
        next.roles = new RoleMapping(
                edit(roles.adminRoleIds(), admin, add),
                edit(roles.managerRoleIds(), manager, add),
                edit(roles.leaderRoleIds(), leader, add));
    }

    private static List<String> edit(List<String> ids, Optional<String> id, boolean add) {
        if (id.isEmpty()) {
            return ids;
        }
        List<String> result = new ArrayList<>(ids);
        result.remove(id.get());
        if (add) {
            result.add(id.get());
        }
        return result;
    }
}
