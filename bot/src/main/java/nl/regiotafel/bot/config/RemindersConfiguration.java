package nl.regiotafel.bot.config;

import java.time.Clock;
import nl.regiotafel.bot.lease.ActiveInstance;
import nl.regiotafel.bot.metrics.BotMetrics;
import nl.regiotafel.bot.metrics.MeteredReminderStore;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.reminder.AbsenceStore;
import nl.regiotafel.commands.reminder.ClaimFence;
import nl.regiotafel.commands.reminder.ReminderComposer;
import nl.regiotafel.commands.reminder.ReminderDispatcher;
import nl.regiotafel.commands.reminder.ReminderEngine;
import nl.regiotafel.commands.reminder.ReminderPlanner;
import nl.regiotafel.commands.reminder.ReminderSettingsStore;
import nl.regiotafel.commands.reminder.ReminderStore;
import nl.regiotafel.commands.update.UpdateStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder machinery, built from the ports; the chat gateway comes from the adapter that runs. */
@Configuration(proxyBeanMethods = false)
class RemindersConfiguration {

    @Bean
    ReminderPlanner reminderPlanner(
            ProjectStore projects,
            MilestoneStore milestones,
            NetworkStore networks,
            ReminderSettingsStore settings,
            ReminderStore ledger,
            BotMetrics metrics) {
        // Counted ledgers are built here, not beans: the commands read the plain ledger
        return new ReminderPlanner(projects, milestones, networks, settings, new MeteredReminderStore(ledger, metrics));
    }

    @Bean
    ReminderComposer reminderComposer(
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            NetworkStore networks,
            ReminderSettingsStore settings,
            AbsenceStore absences) {
        return new ReminderComposer(projects, milestones, updates, networks, settings, absences);
    }

    @Bean
    ReminderDispatcher reminderDispatcher(
            ReminderStore ledger,
            ReminderComposer composer,
            ChatGateway chat,
            ReminderSettingsStore settings,
            BotMetrics metrics,
            ObjectProvider<ActiveInstance> lease) {
        return new ReminderDispatcher(
                new MeteredReminderStore(ledger, metrics), composer, chat, settings, fence(lease));
    }

    /**
     * Claims under the lease's epoch when the lease is on, else under the constant one. Looked up at each claim, not
     * here: the lease starts the scheduler that runs this dispatcher.
     */
    static ClaimFence fence(ObjectProvider<ActiveInstance> lease) {
        ClaimFence withoutLease = ClaimFence.withoutLease();
        return () -> {
            ActiveInstance active = lease.getIfAvailable();
            return active == null ? withoutLease.current() : active.claimEpoch();
        };
    }

    @Bean
    ReminderEngine reminderEngine(
            ProjectStore projects, ReminderPlanner planner, ReminderDispatcher dispatcher, Clock clock) {
        return new ReminderEngine(projects, planner, dispatcher, clock);
    }
}
