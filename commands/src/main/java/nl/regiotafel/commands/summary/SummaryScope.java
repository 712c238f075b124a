package nl.regiotafel.commands.summary;

/**
 * Which projects a summary, report or calendar covers: a region (or one of its subregions), a theme, a pillar, or the
 * whole network. Null parts match everything; names are the network's canonical spelling.
 *
 * @param region region name, or null (with a subregion: a subregion that lies in more than one region)
 * @param subRegion subregion name within {@code region}, or null
 * @param theme the projects' theme, or null
 * @param pillar the projects' pillar, or null
 */
public record SummaryScope(String region, String subRegion, String theme, String pillar) {

    public static SummaryScope wholeNetwork() {
        return new SummaryScope(null, null, null, null);
    }

    public boolean isWholeNetwork() {
        return region == null && subRegion == null && theme == null && pillar == null;
    }

    /** Whether an active project lies in this scope; archived projects lie in none. */
    public boolean contains(nl.regiotafel.commands.project.Project project) {
        return !project.archived()
                && (region == null || region.equals(project.region()))
                && (subRegion == null || subRegion.equals(project.subRegion()))
                && (theme == null || theme.equals(project.theme()))
                && (pillar == null || pillar.equals(project.pillar()));
    }

    /** "Zeeland", "Arnhem – Food Valley · Behoud", or null for the whole network. */
    public String label() {
        StringBuilder label = new StringBuilder();
        if (region != null) {
            label.append(region);
            if (subRegion != null) {
                label.append(" – ").append(subRegion);
            }
        } else if (subRegion != null) {
            label.append(subRegion);
        }
        if (theme != null) {
            label.append(label.isEmpty() ? "" : " · ").append(theme);
        }
        if (pillar != null && !pillar.equals(theme)) {
            label.append(label.isEmpty() ? "" : " · ").append(pillar);
        }
        return label.isEmpty() ? null : label.toString();
    }

    /** A file-name-safe slug, e.g. {@code zeeland} or {@code netwerk}. */
    public String slug() {
        String label = label();
        if (label == null) {
            return "netwerk";
        }
        String slug = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "netwerk" : slug;
    }
}
