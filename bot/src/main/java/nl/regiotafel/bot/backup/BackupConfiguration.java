package nl.regiotafel.bot.backup;

import nl.regiotafel.storage.EmbeddedMongo;
import nl.regiotafel.storage.StorageConfiguration;
import nl.regiotafel.storage.StorageProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The online backup of the embedded store; with a real MongoDB, use {@code mongodump} (README → Operations). */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

    @Bean
    @ConditionalOnExpression(StorageConfiguration.NO_URI)
    BackupAccess backupAccess(StorageProperties storage, Environment environment) {
        return new BackupAccess(storage.dataDir(), environment.getProperty("management.server.address"));
    }

    @Bean
    @ConditionalOnExpression(StorageConfiguration.NO_URI)
    BackupEndpoint backupEndpoint(EmbeddedMongo store, BackupAccess access) {
        return new BackupEndpoint(store, access);
    }
}
