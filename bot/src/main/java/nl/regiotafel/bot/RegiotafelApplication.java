package nl.regiotafel.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.regiotafel.bot.backup.BackupCommandLine;
import nl.regiotafel.bot.config.DataDirectoryLock;
import nl.regiotafel.bot.console.ConsoleRunner;
import nl.regiotafel.bot.ops.HealthProbe;
import nl.regiotafel.storage.StorageConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Starts Regiotafel: on Discord when {@code DISCORD_TOKEN} is set, otherwise as a console chat that exits at the end
 * of its input.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(StorageConfiguration.class)
public class RegiotafelApplication {

    public static void main(String[] args) {
        if (args.length > 0 && OPERATIONS.contains(args[0])) {
            // Operations commands run without Spring, so a health check or a backup starts in well under a second
            System.exit(operation(args[0], List.of(args).subList(1, args.length)));
        }
        String[] expanded = withPlainContext(expand(args));
        java.util.Optional<String> inUse = DataDirectoryLock.inUse(expanded, System.getenv());
        if (inUse.isPresent()) {
            // One clear line, not the trace of a failed start-up
            System.err.println(inUse.get());
            System.exit(1);
        }
        SpringApplication application = new SpringApplication(RegiotafelApplication.class);
        if (Boolean.getBoolean("regiotafel.startup.trace")) {
            // docs/benchmarks.md: the slowest start-up steps, printed when the console is ready
            application.setApplicationStartup(StartupTrace.recording());
        }
        ConfigurableApplicationContext context = application.run(expanded);
        if (context.getBeanProvider(ConsoleRunner.class).getIfAvailable() != null) {
            // The console has read all its input; the embedded store's threads would keep the JVM alive otherwise
            System.exit(SpringApplication.exit(context));
        }
    }

    /**
     * The bot's own context is a plain one; the meeting view and the management server run in a web context beside it
     * that starts once the bot is ready (WebViewLauncher), so the console and the gateway do not wait for Tomcat.
     */
    static String[] withPlainContext(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--spring.main.web-application-type=")) {
                return args;
            }
        }
        // (an explicit web application type keeps the old single context, where Tomcat keeps the process alive)
        String[] plain = java.util.Arrays.copyOf(args, args.length + 2);
        plain[args.length] = "--spring.main.web-application-type=none";
        // Nothing else keeps a Discord bot's process alive until the web side has started, or at all on a standby
        // waiting for the lease or with SERVER_PORT=-1 (a console ends by System.exit below)
        plain[args.length + 1] = "--spring.main.keep-alive=true";
        return plain;
    }

    /** {@code health}, {@code backup FILE}, {@code restore FILE}: see README → Operations. */
    static final Set<String> OPERATIONS = Set.of("health", "backup", "restore");

    static int operation(String command, List<String> arguments) {
        if (command.equals("health")) {
            return HealthProbe.run(arguments.isEmpty() ? "readiness" : arguments.get(0), System.out);
        }
        return new BackupCommandLine(BackupCommandLine.defaultDataDir(), System.out, System.err)
                .run(command, arguments);
    }

    /** Short flags for the console: {@code --now=…}, {@code --demo}, {@code --roles=…}, {@code --user=…}. */
    static String[] expand(String[] args) {
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--now=")) {
                expanded.add("--regiotafel.clock.start=" + arg.substring("--now=".length()));
            } else if (arg.equals("--demo")) {
                expanded.add("--regiotafel.demo=true");
            } else if (arg.startsWith("--roles=")) {
                expanded.add("--regiotafel.console.roles=" + arg.substring("--roles=".length()));
            } else if (arg.startsWith("--user=")) {
                expanded.add("--regiotafel.console.user=" + arg.substring("--user=".length()));
            } else if (arg.startsWith("--network=")) {
                expanded.add("--regiotafel.console.network=" + arg.substring("--network=".length()));
            } else if (arg.startsWith("--lang=")) {
                expanded.add("--regiotafel.console.language=" + arg.substring("--lang=".length()));
            } else {
                expanded.add(arg);
            }
        }
        return expanded.toArray(String[]::new);
    }
}
