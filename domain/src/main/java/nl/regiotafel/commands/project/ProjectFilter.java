package nl.regiotafel.commands.project;

/**
 * Which projects {@link ProjectStore#list} returns; null fields match everything. Values are compared exactly, never
 * as patterns.
 *
 * @param region region name
 * @param theme theme name
 * @param status status
 * @param phase phase
 * @param leaderId a leader's user id
 * @param includeArchived whether archived projects are included
 */
public record ProjectFilter(
        String region, String theme, ProjectStatus status, Phase phase, String leaderId, boolean includeArchived) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, null, null, false);
    }
}
