package nl.regiotafel.commands.forum;

import java.util.List;
import java.util.Optional;

/** Port: which forum post belongs to which project, and which of its messages shows which update. */
public interface ForumPostStore {

    Optional<ProjectForum.Post> find(String networkId, String projectCode);

    /**
     * Records a project's post. Atomic: when two instances create a post for the same project, exactly one is kept.
     *
     * @return true if recorded, false if the project already had one
     */
    boolean save(String networkId, String projectCode, ProjectForum.Post post);

    /** Forgets a project's post (it was deleted in Discord, so a new one is due). */
    void remove(String networkId, String projectCode);

    /**
     * Records that a message in the project's post shows one version of an update, so the message can be rendered
     * again when what it shows changes in the store (an erasure). Nothing of the update's text is kept here.
     */
    void recordUpdateMessage(String networkId, String projectCode, UpdateMessage message);

    /** The update messages recorded in the project's post, oldest first. */
    List<UpdateMessage> updateMessages(String networkId, String projectCode);

    /**
     * A message in a project's post showing one version of one update.
     *
     * @param messageId the platform's id of the message
     * @param number the update's number in the project
     * @param version the version shown
     */
    record UpdateMessage(String messageId, int number, int version) {}
}
