package nl.regiotafel.commands.project;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.api.Choice;

/** The phases of the Zeeuwse Zorg Coalitie phase grid, in order, plus embedding (borging) after realisation. */
public enum Phase {
    PLAN_VAN_AANPAK("plan-van-aanpak"),
    BESTUURLIJK_AKKOORD("bestuurlijk-akkoord"),
    UITVOERING("uitvoering"),
    ONTWERP("ontwerp"),
    REALISATIE("realisatie"),
    BORGING("borging");

    private final String slug;

    Phase(String slug) {
        this.slug = slug;
    }

    /** The value typed in commands and stored in the database. */
    public String slug() {
        return slug;
    }

    public String labelKey() {
        return "phase." + slug;
    }

    public static Optional<Phase> fromSlug(String text) {
        return Arrays.stream(values())
                .filter(p -> p.slug.equalsIgnoreCase(text.strip()))
                .findFirst();
    }

    /** The value for {@code text}, or a user error naming {@code option} and every accepted value. */
    public static Phase require(String option, String text) {
        return fromSlug(text)
                .orElseThrow(() -> new nl.regiotafel.commands.api.UserError(
                        "error.option.choice",
                        option,
                        String.join(
                                ", ", Arrays.stream(values()).map(Phase::slug).toList())));
    }

    public static List<Choice> choices() {
        return Arrays.stream(values())
                .map(p -> new Choice(p.slug, p.labelKey()))
                .toList();
    }
}
