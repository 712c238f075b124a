package nl.regiotafel.bot.config;

import java.time.Clock;
import java.util.List;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.ReplyExtension;
import nl.regiotafel.commands.audit.AuditStore;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.readmodel.ReadModel;
import nl.regiotafel.commands.round.RoundCloser;
import nl.regiotafel.commands.round.RoundFacts;
import nl.regiotafel.commands.round.RoundStore;
import nl.regiotafel.commands.round.Rounds;
import nl.regiotafel.commands.summary.RoundSummaries;
import nl.regiotafel.commands.summary.ViewCache;
import nl.regiotafel.commands.transfer.ImportJournal;
import nl.regiotafel.commands.transfer.Importer;
import nl.regiotafel.commands.update.UpdateStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Every {@link Command} and {@link ReplyExtension} class in {@code nl.regiotafel.commands} becomes a bean, built
 * through its constructor from the ports and the clock: adding a command means adding one class, no list to keep.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = "nl.regiotafel.commands",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.ASSIGNABLE_TYPE,
                        classes = {Command.class, ReplyExtension.class}),
        // A command is a top-level class; nested ones are the fakes of the commands' tests, which the bot's tests
        // have on their classpath (the commands' test-jar, for TestBot and TestRequests)
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\$.*"))
public class CommandsConfiguration {

    @Bean
    AdjustableClock clock(ClockProperties properties) {
        Clock machine = Clock.systemUTC();
        return new AdjustableClock(
                properties.skew() == null ? machine : Clock.offset(machine, properties.skew()),
                properties.start() == null ? null : properties.start().toInstant());
    }

    @Bean
    Importer importer(
            ProjectStore projects,
            MilestoneStore milestones,
            NetworkStore networks,
            AuditStore audit,
            ImportJournal journal,
            Clock clock) {
        return new Importer(projects, milestones, networks, audit, journal, clock);
    }

    @Bean
    RoundFacts roundFacts(ProjectStore projects, UpdateStore updates, MilestoneStore milestones, AuditStore audit) {
        return new RoundFacts(projects, updates, milestones, audit);
    }

    @Bean
    Rounds rounds(RoundStore store, RoundFacts facts, AuditStore audit, Clock clock) {
        return new Rounds(store, facts, audit, clock);
    }

    @Bean
    nl.regiotafel.commands.privacy.RetentionSweep retentionSweep(
            nl.regiotafel.commands.privacy.RetentionStore retention,
            ProjectStore projects,
            NetworkStore networks,
            Clock clock) {
        return new nl.regiotafel.commands.privacy.RetentionSweep(retention, projects, networks, clock);
    }

    /**
     * Erasures become application events ({@link nl.regiotafel.commands.privacy.PersonErased}): the forum, the round
     * board and whatever else shows stored data outside the store listen with {@code @EventListener}. A listener's
     * failure is logged, never turned into a failed erasure.
     */
    @Bean
    nl.regiotafel.commands.privacy.PrivacyEvents privacyEvents(
            org.springframework.context.ApplicationEventPublisher publisher) {
        return event -> {
            try {
                publisher.publishEvent(event);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(CommandsConfiguration.class)
                        .warn("After the erasure in network {} a listener failed: {}", event.networkId(), e.toString());
            }
        };
    }

    @Bean
    RoundCloser roundCloser(Rounds rounds, NetworkStore networks, ProjectStore projects) {
        return new RoundCloser(rounds, networks, projects);
    }

    /**
     * With the read model, what the round views compute is kept, keyed by the network's revision as each command reads
     * it; without it, every view is computed afresh.
     */
    @Bean
    RoundSummaries summaries(
            Rounds rounds, NetworkStore networks, ObjectProvider<ReadModel> model, ReadModelProperties properties) {
        ReadModel readModel = model.getIfAvailable();
        if (readModel == null) {
            return new RoundSummaries(rounds, networks);
        }
        return new RoundSummaries(
                rounds,
                networks,
                readModel.stamps(),
                new ViewCache(properties.viewCache().toBytes()));
    }

    /** Work done off the commands' threads: the round views rendered ahead after a write (ViewsAhead). */
    @Bean(destroyMethod = "close")
    SingleThreadBackground background() {
        return new SingleThreadBackground();
    }

    @Bean
    CommandRegistry commandRegistry(List<Command> commands, List<ReplyExtension> extensions, NetworkStore networks) {
        return new CommandRegistry(commands, extensions, networks);
    }
}
