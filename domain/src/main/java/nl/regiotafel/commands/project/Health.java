package nl.regiotafel.commands.project;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.api.Choice;
import nl.regiotafel.commands.api.Tone;

/** The project leader's own signal in an update; the seeds have no traffic lights, so this is a product choice. */
public enum Health {
    OP_SCHEMA("op-schema", Tone.ON_TRACK),
    AANDACHT("aandacht", Tone.ATTENTION),
    VERTRAAGD("vertraagd", Tone.DELAYED);

    private final String slug;
    private final Tone tone;

    Health(String slug, Tone tone) {
        this.slug = slug;
        this.tone = tone;
    }

    public String slug() {
        return slug;
    }

    public Tone tone() {
        return tone;
    }

    public String labelKey() {
        return "health." + slug;
    }

    public static Optional<Health> fromSlug(String text) {
        return Arrays.stream(values())
                .filter(h -> h.slug.equalsIgnoreCase(text.strip()))
                .findFirst();
    }

    /** The value for {@code text}, or a user error naming {@code option} and every accepted value. */
    public static Health require(String option, String text) {
        return fromSlug(text)
                .orElseThrow(() -> new nl.regiotafel.commands.api.UserError(
                        "error.option.choice",
                        option,
                        String.join(
                                ", ", Arrays.stream(values()).map(Health::slug).toList())));
    }

    public static List<Choice> choices() {
        return Arrays.stream(values())
                .map(h -> new Choice(h.slug, h.labelKey()))
                .toList();
    }
}
