package nl.regiotafel.commands.project;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.api.Choice;

/** The five project statuses of the Zorgverzekeraars Nederland progress report (Table 6). */
public enum ProjectStatus {
    LOPEND("lopend"),
    NOG_NIET_GESTART("nog-niet-gestart"),
    AFGEROND_SUCCESVOL("afgerond-succesvol"),
    AFGEROND_NIET_SUCCESVOL("afgerond-niet-succesvol"),
    VROEGTIJDIG_GESTOPT("vroegtijdig-gestopt");

    private final String slug;

    ProjectStatus(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String labelKey() {
        return "status." + slug;
    }

    /** Whether a project with this status owes an update in every reporting round: running or not yet started. */
    public boolean reports() {
        return this == LOPEND || this == NOG_NIET_GESTART;
    }

    public boolean isFinished() {
        return this == AFGEROND_SUCCESVOL || this == AFGEROND_NIET_SUCCESVOL || this == VROEGTIJDIG_GESTOPT;
    }

    public static Optional<ProjectStatus> fromSlug(String text) {
        return Arrays.stream(values())
                .filter(s -> s.slug.equalsIgnoreCase(text.strip()))
                .findFirst();
    }

    /** The value for {@code text}, or a user error naming {@code option} and every accepted value. */
    public static ProjectStatus require(String option, String text) {
        return fromSlug(text)
                .orElseThrow(() -> new nl.regiotafel.commands.api.UserError(
                        "error.option.choice",
                        option,
                        String.join(
                                ", ",
                                Arrays.stream(values()).map(ProjectStatus::slug).toList())));
    }

    public static List<Choice> choices() {
        return Arrays.stream(values())
                .map(s -> new Choice(s.slug, s.labelKey()))
                .toList();
    }
}
