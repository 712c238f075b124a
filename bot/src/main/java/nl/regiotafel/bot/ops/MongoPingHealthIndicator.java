package nl.regiotafel.bot.ops;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * MongoDB for readiness: one {@code ping} to our own database. Replaces Spring Boot 4.1's indicator, which lists
 * every database on each check (a privilege a user limited to one database lacks, so hosted MongoDBs answer 503)
 * before sending {@code hello}; {@code ping} needs no privilege and costs one round trip.
 */
final class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoDatabaseFactory databases;

    MongoPingHealthIndicator(MongoDatabaseFactory databases) {
        super("MongoDB ping failed");
        this.databases = databases;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var database = databases.getMongoDatabase();
        database.runCommand(PING);
        builder.up().withDetail("database", database.getName());
    }
}
