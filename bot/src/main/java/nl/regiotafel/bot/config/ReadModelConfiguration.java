package nl.regiotafel.bot.config;

import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.privacy.PersonalDataStore;
import nl.regiotafel.commands.privacy.RetentionStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.readmodel.ReadModel;
import nl.regiotafel.commands.readmodel.RevisionStore;
import nl.regiotafel.commands.round.RoundStore;
import nl.regiotafel.commands.update.UpdateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Puts the read model in front of the MongoDB stores: every bean that asks for a {@code ProjectStore}, {@code
 * UpdateStore}, … gets the modelled one (reads from memory, writes through to MongoDB and into the model); the model
 * itself loads from the Mongo adapters, named here by their bean names.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "regiotafel.read-model.enabled", havingValue = "true", matchIfMissing = true)
public class ReadModelConfiguration {

    @Bean
    ReadModel readModel(
            @Qualifier("mongoProjectStore") ProjectStore projects,
            @Qualifier("mongoUpdateStore") UpdateStore updates,
            @Qualifier("mongoMilestoneStore") MilestoneStore milestones,
            @Qualifier("mongoRoundStore") RoundStore rounds,
            @Qualifier("mongoNetworkStore") NetworkStore networks,
            RevisionStore revisions,
            ReadModelProperties properties) {
        return new ReadModel(projects, updates, milestones, rounds, networks, revisions, properties.maxAge());
    }

    @Bean
    @Primary
    ProjectStore modelledProjectStore(ReadModel model) {
        return model.projectStore();
    }

    @Bean
    @Primary
    UpdateStore modelledUpdateStore(ReadModel model) {
        return model.updateStore();
    }

    @Bean
    @Primary
    MilestoneStore modelledMilestoneStore(ReadModel model) {
        return model.milestoneStore();
    }

    @Bean
    @Primary
    RoundStore modelledRoundStore(ReadModel model) {
        return model.roundStore();
    }

    @Bean
    @Primary
    NetworkStore modelledNetworkStore(ReadModel model) {
        return model.networkStore();
    }

    @Bean
    @Primary
    PersonalDataStore modelledPersonalDataStore(
            ReadModel model, @Qualifier("mongoPersonalDataStore") PersonalDataStore store) {
        return model.personalDataStore(store);
    }

    @Bean
    @Primary
    RetentionStore modelledRetentionStore(ReadModel model, @Qualifier("mongoRetentionStore") RetentionStore store) {
        return model.retentionStore(store);
    }
}
