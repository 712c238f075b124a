package nl.regiotafel.commands.milestone;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: milestones, per network. */
public interface MilestoneStore {

    /** Stores a new milestone with the project's next number, atomically allocated. */
    Milestone create(Milestone milestone);

    Optional<Milestone> find(String networkId, String projectCode, int number);

    /** All milestones of a project, by due date. */
    List<Milestone> ofProject(String networkId, String projectCode);

    /**
     * Milestones of the given projects (all projects when {@code projectCodes} is null) by due date.
     *
     * @param openOnly only open ones
     * @param dueBefore only those due before this day, or null
     * @param limit at most this many
     */
    List<Milestone> list(
            String networkId, Collection<String> projectCodes, boolean openOnly, LocalDate dueBefore, int limit);

    /**
     * Replaces a milestone if nobody changed it since it was read.
     *
     * @throws nl.regiotafel.commands.api.ConcurrentEditException when the stored version differs
     */
    Milestone update(Milestone changed);

    /** Removes a milestone; false when it did not exist. */
    boolean remove(String networkId, String projectCode, int number);

    /**
     * Reserves {@code count} consecutive numbers for new milestones of a project, atomically, and returns the first.
     * A reserved number that is never used leaves a gap, never a duplicate.
     */
    int reserveNumbers(String networkId, String projectCode, int count);

    /**
     * Records that numbers 1 to the given highest one are taken in projects that had no milestones, so that later
     * milestones of those projects are numbered after them; one round trip for all projects.
     */
    void claimNumbers(String networkId, Map<String, Integer> highestByProject);

    /**
     * Writes many milestones at once: each of {@code creates} (with its reserved number) only if that number is not
     * stored yet, each of {@code replacements} only if the stored version is still its version. Returns the keys
     * ({@code projectCode#number}) it could not confirm as written, for the caller to look at one by one.
     */
    Set<String> writeAll(String networkId, List<Milestone> creates, List<Milestone> replacements);

    /** The key {@link #writeAll} reports a milestone by. */
    static String key(Milestone milestone) {
        return milestone.projectCode() + "#" + milestone.number();
    }
}
