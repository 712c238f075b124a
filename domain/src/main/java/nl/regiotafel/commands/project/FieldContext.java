package nl.regiotafel.commands.project;

import java.util.Optional;

/**
 * What reading a {@link ProjectField} from text needs to know about the network: its vocabulary and its projects. A
 * command's context refuses an unknown value with a {@link nl.regiotafel.commands.api.UserError}; an import's context
 * records the problem against its row and column and returns null, so the file is read to the end.
 */
public interface FieldContext {

    /** The region of this name. */
    String region(String text);

    /** The theme of this name. */
    String theme(String text);

    /** The pillar of this name. */
    String pillar(String text);

    /** The pillar a project of this theme gets when none is given: the pillar of the same name, if any. */
    Optional<String> pillarOfTheme(String theme);

    Phase phase(String text);

    ProjectStatus status(String text);

    /** A user id from how a file writes a person (a mention, an id or a name). */
    String user(String text);

    /** The code of a related project, which must exist and not be the project itself. */
    String related(String code);
}
