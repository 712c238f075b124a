package nl.regiotafel.commands.forum;

import java.util.Optional;

/** Port: which forum post belongs to which project. */
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
}
