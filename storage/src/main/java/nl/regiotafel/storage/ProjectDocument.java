package nl.regiotafel.storage;

import java.time.Instant;
import java.util.List;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Kpi;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A project as stored; {@code _id} is {@code networkId/code}, so a code is unique per network by construction. */
@Document("projects")
record ProjectDocument(
        @Id String id,
        String networkId,
        String code,
        String name,
        String region,
        String subRegion,
        String theme,
        String pillar,
        String goal,
        String phase,
        String status,
        String health,
        List<String> leaders,
        List<String> portfolioHolders,
        List<String> organisations,
        List<KpiDocument> kpis,
        List<String> related,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The field names queries and indexes use (the components' names; {@code _id} for the id). */
    static final class Fields {
        static final String ID = "_id";
        static final String NETWORK_ID = "networkId";
        static final String CODE = "code";
        static final String NAME = "name";
        static final String REGION = "region";
        static final String THEME = "theme";
        static final String STATUS = "status";
        static final String PHASE = "phase";
        static final String LEADERS = "leaders";
        static final String ARCHIVED = "archived";
        static final String CREATED_AT = "createdAt";
        static final String UPDATED_AT = "updatedAt";
        static final String VERSION = "version";

        private Fields() {}
    }

    record KpiDocument(String label, String unit, Double baseline, Double target, Double actual, String direction) {}

    static String id(String networkId, String code) {
        return networkId + "/" + code;
    }

    static ProjectDocument from(Project p, long version) {
        return new ProjectDocument(
                id(p.networkId(), p.code()),
                p.networkId(),
                p.code(),
                p.name(),
                p.region(),
                p.subRegion(),
                p.theme(),
                p.pillar(),
                p.goal(),
                p.phase().slug(),
                p.status().slug(),
                p.health() == null ? null : p.health().slug(),
                p.leaders(),
                p.portfolioHolders(),
                p.organisations(),
                p.kpis().stream()
                        .map(k -> new KpiDocument(
                                k.label(),
                                k.unit(),
                                k.baseline(),
                                k.target(),
                                k.actual(),
                                k.direction() == Kpi.Direction.LOWER
                                        ? k.direction().slug()
                                        : null))
                        .toList(),
                p.related(),
                p.archived(),
                p.createdAt(),
                p.updatedAt(),
                version);
    }

    Project toProject() {
        return new Project(
                networkId,
                code,
                name,
                region,
                subRegion,
                theme,
                pillar,
                goal,
                Phase.fromSlug(phase).orElseThrow(),
                ProjectStatus.fromSlug(status).orElseThrow(),
                health == null ? null : Health.fromSlug(health).orElseThrow(),
                nonNull(leaders),
                nonNull(portfolioHolders),
                nonNull(organisations),
                kpis == null
                        ? List.of()
                        : kpis.stream()
                                .map(k -> new Kpi(
                                        k.label(),
                                        k.unit(),
                                        k.baseline(),
                                        k.target(),
                                        k.actual(),
                                        Kpi.Direction.parse(k.direction()).orElse(Kpi.Direction.HIGHER)))
                                .toList(),
                nonNull(related),
                archived,
                createdAt,
                updatedAt,
                version);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
