package nl.regiotafel.commands.project;

/** A project with this code already exists in the network. */
public final class DuplicateProjectException extends RuntimeException {

    public DuplicateProjectException(String code) {
        super("Duplicate project code " + code);
    }
}
