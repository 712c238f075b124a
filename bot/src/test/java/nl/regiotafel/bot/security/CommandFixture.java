package nl.regiotafel.bot.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.milestone.MilestoneStore;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.reminder.ReminderSettingsStore;
import nl.regiotafel.commands.testing.TestRequests;
import nl.regiotafel.commands.update.UpdateStore;

/**
 * A network with one project (led by Lotte), a milestone and an update, and valid options for every command, so
 * suites can run every command and every option of the bot generically.
 */
final class CommandFixture {

    static final String PROJECT = "tizv-glasses";

    /** One invocation: a command, its subcommand (or null) and the options that make it valid. */
    record Invocation(String command, String subcommand, Map<String, Object> options) {
        String path() {
            return "/" + command + (subcommand == null ? "" : " " + subcommand);
        }
    }

    private CommandFixture() {}

    static void populate(TestRequests bot) {
        bot.run(
                TestRequests.MANAGER,
                "project",
                "add",
                "code",
                PROJECT,
                "name",
                "Pilot Smart Glasses",
                "region",
                "Zeeland",
                "theme",
                "Arbeidsbesparing",
                "status",
                "lopend",
                "leader",
                new UserRef("l1", "Lotte"));
        bot.run(TestRequests.LEADER, "project", "kpi", "project", PROJECT, "label", "Organisaties", "target", 7.0);
        bot.run(
                TestRequests.LEADER,
                "milestone",
                "add",
                "project",
                PROJECT,
                "title",
                "Eindevaluatie",
                "due",
                "juli 2031");
        bot.run(TestRequests.LEADER, "update", null, "project", PROJECT, "results", "Zeven organisaties");
    }

    /** Every command and subcommand with valid values for its required options. */
    static List<Invocation> all(List<CommandSpec> specs) {
        List<Invocation> all = new java.util.ArrayList<>();
        for (CommandSpec spec : specs) {
            if (spec.subcommands().isEmpty()) {
                all.add(new Invocation(spec.name(), null, required(spec.name(), null, spec.options())));
            }
            for (SubcommandSpec sub : spec.subcommands()) {
                all.add(new Invocation(spec.name(), sub.name(), required(spec.name(), sub.name(), sub.options())));
            }
        }
        return all;
    }

    private static Map<String, Object> required(String command, String sub, List<OptionSpec> options) {
        Map<String, Object> values = new HashMap<>();
        for (OptionSpec option : options) {
            if (option.required()) {
                values.put(option.name(), valid(command, sub, option));
            }
        }
        return values;
    }

    /** A value the command accepts for this option. */
    static Object valid(String command, String sub, OptionSpec option) {
        if (!option.choices().isEmpty()) {
            return option.choices().get(0).value();
        }
        return switch (option.type()) {
            case INTEGER -> 7L;
            case NUMBER -> 3.0;
            case BOOLEAN -> true;
            case USER -> new UserRef("l1", "Lotte");
            case ROLE, CHANNEL -> "123456789012345678";
            case ATTACHMENT ->
                nl.regiotafel.commands.api.AttachmentInput.of(
                        "projecten.csv",
                        "code;projectnaam;regio;thema\nx-1;X;Zeeland;Behoud\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case STRING ->
                switch (option.name()) {
                    case "project" -> PROJECT;
                    case "code" -> "nieuw-project";
                    case "region" -> "Zeeland";
                    case "theme", "pillar" -> "Behoud";
                    case "due", "date" -> "1-10-21";
                    case "milestone", "edit" -> "1";
                    case "from" -> "1-1-2031";
                    case "to" -> "31-1-2031";
                    case "by" -> "1h";
                    case "lead-days" -> "14,2";
                    case "time" -> "09:00";
                    case "period" -> "2021-Q3";
                    case "kpi" -> "Organisaties=5";
                    default -> "Tekst";
                };
        };
    }

    /** Everything stored about a network, to compare before and after a refused request. */
    static String fingerprint(
            String network,
            ProjectStore projects,
            MilestoneStore milestones,
            UpdateStore updates,
            ReminderSettingsStore reminders) {
        StringBuilder print = new StringBuilder();
        projects.list(network, new ProjectFilter(null, null, null, null, null, true))
                .forEach(p -> {
                    print.append(p).append('\n');
                    milestones.ofProject(network, p.code()).forEach(ms -> print.append(ms)
                            .append('\n'));
                    updates.history(network, p.code())
                            .forEach(u -> print.append(u).append('\n'));
                });
        print.append(reminders.get(network));
        return print.toString();
    }
}
