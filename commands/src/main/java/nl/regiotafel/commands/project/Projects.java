package nl.regiotafel.commands.project;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.UserError;

/** Looks up the project a request names; shared by every command that takes a {@code project:} option. */
public final class Projects {

    /** The option name every command uses for a project code. */
    public static final String OPTION = "project";

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,31}$");

    private Projects() {}

    /** Whether {@code code} is a valid project code: 2 to 32 lower-case letters, digits and hyphens. */
    public static boolean isValidCode(String code) {
        return CODE.matcher(code).matches();
    }

    /** The project named by the {@code project} option, or a user error naming the unknown code. */
    public static Project require(ProjectStore projects, CommandRequest request) {
        String code = request.requireText(OPTION).toLowerCase(Locale.ROOT);
        return projects.find(request.networkId(), code).orElseThrow(() -> new UserError("error.project.unknown", code));
    }

    /**
     * Autocomplete for a {@code project} option: the network's active projects matching what was typed, as "code —
     * name", optionally only those {@code shown} accepts (e.g. the ones the user may edit).
     */
    public static java.util.List<nl.regiotafel.commands.api.Command.Suggestion> suggest(
            ProjectStore projects, CommandRequest request, String option, java.util.function.Predicate<Project> shown) {
        return projects.search(request.networkId(), request.text(option).orElse(""), 25).stream()
                .filter(shown)
                .map(p -> new nl.regiotafel.commands.api.Command.Suggestion(
                        nl.regiotafel.commands.text.Texts.limit(p.code() + " — " + p.name(), 100), p.code()))
                .toList();
    }
}
