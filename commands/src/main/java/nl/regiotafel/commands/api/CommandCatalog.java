package nl.regiotafel.commands.api;

import java.util.List;

/** Port: the commands a user of the running adapter can type (the console also has console-only ones). */
public interface CommandCatalog {

    List<CommandSpec> available();
}
