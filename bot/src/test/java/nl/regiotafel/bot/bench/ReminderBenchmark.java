package nl.regiotafel.bot.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regiotafel.bot.config.AdjustableClock;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFields;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.reminder.ReminderEngine;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.Precision;

/**
 * Planning and dispatching 10,000 due reminders on the embedded store: 1,000 projects with 10 milestones each, all
 * due on the same Friday, so the morning's run has 10,000 due-day reminders to send. Prints a Markdown table.
 *
 * <pre>
 * scripts/bench.sh ReminderBenchmark
 * </pre>
 */
public final class ReminderBenchmark {

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int perProject = 10;
        try (BenchmarkContext bench = new BenchmarkContext()) {
            AdjustableClock clock = bench.bean(AdjustableClock.class);
            ProjectStore projectStore = bench.bean(ProjectStore.class);
            MilestoneStore milestoneStore = bench.bean(MilestoneStore.class);
            ReminderEngine engine = bench.bean(ReminderEngine.class);
            String network = "bench-" + System.nanoTime();
            Instant created = Instant.parse("2021-09-20T08:00:00Z");
            LocalDate due = LocalDate.parse("2021-10-01");
            for (int p = 0; p < projects; p++) {
                String code = "p-" + p;
                Project.Builder project = ProjectFields.blank(network, code, created).toBuilder();
                project.name = "Project " + p;
                project.region = "Zeeland";
                project.theme = "Behoud";
                project.pillar = "Behoud";
                project.phase = Phase.UITVOERING;
                project.status = ProjectStatus.LOPEND;
                project.leaders = List.of("leader-" + p);
                projectStore.create(project.build());
                for (int m = 0; m < perProject; m++) {
                    milestoneStore.create(new Milestone(
                            network,
                            code,
                            0,
                            "Mijlpaal " + m,
                            new DueDate(due, Precision.DAY, "1-10-21"),
                            MilestoneStatus.OPEN,
                            null,
                            null,
                            0,
                            null,
                            created,
                            created,
                            0));
                }
            }
            // Just before 09:00 on the due day: only the due-day reminders are due in the planning window
            clock.set(Instant.parse("2021-10-01T06:59:00Z"));
            BenchmarkContext.ROUND_TRIPS.set(0);
            long start = System.nanoTime();
            int planned = engine.plan();
            long planNanos = System.nanoTime() - start;
            long planTrips = BenchmarkContext.ROUND_TRIPS.get();

            clock.set(Instant.parse("2021-10-01T07:00:00Z"));
            BenchmarkContext.ROUND_TRIPS.set(0);
            start = System.nanoTime();
            int sent = 0;
            for (int run; (run = engine.dispatch()) > 0; ) {
                sent += run;
            }
            long dispatchNanos = System.nanoTime() - start;
            long dispatchTrips = BenchmarkContext.ROUND_TRIPS.get();
            ChatGateway gateway = bench.bean(ChatGateway.class);

            System.out.println("| step | entries | time (s) | per entry (ms) | database round trips | per entry |");
            System.out.println("|---|---|---|---|---|---|");
            row("plan", planned, planNanos, planTrips);
            row("dispatch (compose + send + record)", sent, dispatchNanos, dispatchTrips);
            System.out.println();
            System.out.println("gateway: " + gateway.getClass().getSimpleName() + ", JDK " + Runtime.version());
        }
        System.exit(0);
    }

    private static void row(String step, int entries, long nanos, long trips) {
        System.out.printf(
                "| %s | %,d | %.2f | %.3f | %,d | %.1f |%n",
                step,
                entries,
                nanos / 1e9,
                entries == 0 ? 0 : nanos / 1e6 / entries,
                trips,
                entries == 0 ? 0 : (double) trips / entries);
    }
}
