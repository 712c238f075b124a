package nl.regiotafel.commands.project;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A project of a network, with the attributes of the seeds' status slides and phase grid.
 *
 * @param networkId the network it belongs to
 * @param code short code, unique in the network, used in commands
 * @param name full name
 * @param region zorgkantoorregio
 * @param subRegion optional subregion or place, or null
 * @param theme the network's theme
 * @param pillar NHN pillar (or the network's own), or null
 * @param goal doel, or null
 * @param phase current phase
 * @param status current status
 * @param health latest health signal, or null before the first update
 * @param leaders project leaders' user ids
 * @param portfolioHolders portefeuillehouders (names, "n.t.b." allowed)
 * @param organisations participating organisations
 * @param kpis measurable targets
 * @param related codes of related projects
 * @param archived whether it is archived (hidden from lists and reminders)
 * @param createdAt when it was added
 * @param updatedAt when it last changed
 * @param version optimistic-locking version; concurrent edits of the same version are refused
 */
public record Project(
        String networkId,
        String code,
        String name,
        String region,
        String subRegion,
        String theme,
        String pillar,
        String goal,
        Phase phase,
        ProjectStatus status,
        Health health,
        List<String> leaders,
        List<String> portfolioHolders,
        List<String> organisations,
        List<Kpi> kpis,
        List<String> related,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Project {
        Objects.requireNonNull(networkId);
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(phase);
        Objects.requireNonNull(status);
        leaders = List.copyOf(leaders);
        portfolioHolders = List.copyOf(portfolioHolders);
        organisations = List.copyOf(organisations);
        kpis = List.copyOf(kpis);
        related = List.copyOf(related);
    }

    public boolean isLedBy(String userId) {
        return leaders.contains(userId);
    }

    /** This project with one field set; the version stays, so a save still detects concurrent changes. */
    public <T> Project with(ProjectField<T> field, T value) {
        return field.with(this, value);
    }

    /** A copy to edit; {@link Builder#build()} gives the changed project with the same version. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy used by edits. */
    public static final class Builder {
        public String name;
        public String region;
        public String subRegion;
        public String theme;
        public String pillar;
        public String goal;
        public Phase phase;
        public ProjectStatus status;
        public Health health;
        public List<String> leaders;
        public List<String> portfolioHolders;
        public List<String> organisations;
        public List<Kpi> kpis;
        public List<String> related;
        public boolean archived;
        public Instant updatedAt;
        private final Project original;

        private Builder(Project p) {
            original = p;
            name = p.name;
            region = p.region;
            subRegion = p.subRegion;
            theme = p.theme;
            pillar = p.pillar;
            goal = p.goal;
            phase = p.phase;
            status = p.status;
            health = p.health;
            leaders = p.leaders;
            portfolioHolders = p.portfolioHolders;
            organisations = p.organisations;
            kpis = p.kpis;
            related = p.related;
            archived = p.archived;
            updatedAt = p.updatedAt;
        }

        public Project build() {
            return new Project(
                    original.networkId,
                    original.code,
                    name,
                    region,
                    subRegion,
                    theme,
                    pillar,
                    goal,
                    phase,
                    status,
                    health,
                    leaders,
                    portfolioHolders,
                    organisations,
                    kpis,
                    related,
                    archived,
                    original.createdAt,
                    updatedAt,
                    original.version);
        }
    }
}
