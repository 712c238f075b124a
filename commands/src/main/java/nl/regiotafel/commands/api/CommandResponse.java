package nl.regiotafel.commands.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a command answers: one or more pages, files, and whether only the invoker sees it. A response may instead ask
 * the adapter to collect long text in a {@link Form} (a Discord modal) and run the command again with the answers.
 *
 * @param pages at least one page unless a form is asked for; adapters page through them
 * @param attachments files to send with the first page
 * @param visibility who sees the reply
 * @param tone the colour of the reply
 * @param form a form to show instead of a reply, or null
 * @param action a follow-up the user may choose, shown as a button, or null
 * @param note a short text only the invoker sees, after the reply (a private follow-up in Discord), or null
 * @param changed what the command changed in the network's data; empty for a reply that only reads
 */
public record CommandResponse(
        List<Page> pages,
        List<Attachment> attachments,
        Visibility visibility,
        Tone tone,
        Form form,
        Action action,
        String note,
        Set<Changed> changed) {

    /** Who sees a reply. Errors and refusals are always private. */
    public enum Visibility {
        PUBLIC,
        PRIVATE
    }

    public CommandResponse {
        pages = List.copyOf(pages);
        attachments = List.copyOf(attachments);
        changed = changed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(changed));
        if (pages.isEmpty() && form == null) {
            throw new IllegalArgumentException("A response needs a page or a form");
        }
    }

    /** A response that changed nothing. */
    public CommandResponse(
            List<Page> pages,
            List<Attachment> attachments,
            Visibility visibility,
            Tone tone,
            Form form,
            Action action,
            String note) {
        this(pages, attachments, visibility, tone, form, action, note, Set.of());
    }

    /** A response without action or note. */
    public CommandResponse(
            List<Page> pages, List<Attachment> attachments, Visibility visibility, Tone tone, Form form) {
        this(pages, attachments, visibility, tone, form, null, null);
    }

    /** This response with a private note after it; a note already there comes first. */
    public CommandResponse withNote(String text) {
        String joined = note == null ? text : note + "\n" + text;
        return new CommandResponse(pages, attachments, visibility, tone, form, action, joined, changed);
    }

    /** This response, saying that the command changed {@code what} as well. */
    public CommandResponse changing(Changed... what) {
        Set<Changed> all = EnumSet.noneOf(Changed.class);
        all.addAll(changed);
        all.addAll(Arrays.asList(what));
        return new CommandResponse(pages, attachments, visibility, tone, form, action, note, all);
    }

    public Optional<Action> actionRequest() {
        return Optional.ofNullable(action);
    }

    public static CommandResponse publicText(String title, String text) {
        return new CommandResponse(List.of(Page.of(title, text)), List.of(), Visibility.PUBLIC, Tone.NEUTRAL, null);
    }

    public static CommandResponse privateText(String title, String text) {
        return new CommandResponse(List.of(Page.of(title, text)), List.of(), Visibility.PRIVATE, Tone.NEUTRAL, null);
    }

    public static CommandResponse error(String text) {
        return new CommandResponse(List.of(Page.of(null, text)), List.of(), Visibility.PRIVATE, Tone.ERROR, null);
    }

    public static CommandResponse form(Form form) {
        return new CommandResponse(List.of(), List.of(), Visibility.PRIVATE, Tone.NEUTRAL, form);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isPrivate() {
        return visibility == Visibility.PRIVATE;
    }

    public Optional<Form> formRequest() {
        return Optional.ofNullable(form);
    }

    /** Collects the parts of a response. */
    public static final class Builder {
        private final List<Page> pages = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();
        private Visibility visibility = Visibility.PUBLIC;
        private Tone tone = Tone.NEUTRAL;
        private Action action;
        private final Set<Changed> changed = EnumSet.noneOf(Changed.class);

        private Builder() {}

        /** Says what the command changed (see {@link CommandResponse#changed()}). */
        public Builder changed(Changed... what) {
            changed.addAll(Arrays.asList(what));
            return this;
        }

        public Builder page(Page page) {
            pages.add(page);
            return this;
        }

        public Builder pages(List<Page> morePages) {
            pages.addAll(morePages);
            return this;
        }

        public Builder attachment(Attachment attachment) {
            attachments.add(attachment);
            return this;
        }

        public Builder privately() {
            visibility = Visibility.PRIVATE;
            return this;
        }

        public Builder visibility(Visibility value) {
            visibility = value;
            return this;
        }

        public Builder tone(Tone value) {
            tone = value;
            return this;
        }

        /** Offers a follow-up, shown as a button under the reply. */
        public Builder action(Action value) {
            action = value;
            return this;
        }

        public CommandResponse build() {
            return new CommandResponse(pages, attachments, visibility, tone, null, action, null, changed);
        }
    }
}
