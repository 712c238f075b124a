package nl.regiotafel.bot.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import nl.regiotafel.storage.EmbeddedBackup;
import nl.regiotafel.storage.EmbeddedMongo;

/**
 * {@code java -jar regiotafel.jar backup FILE} and {@code restore FILE}, for the embedded store in the data directory
 * ({@code REGIOTAFEL_STORAGE_DATA_DIR}, default {@code ./data}). Runs without Spring: it starts in well under a second.
 *
 * <ul>
 *   <li>{@code backup FILE}: when a bot runs on that data directory, asks it for a consistent copy over its management
 *       port (the address and token it left in the data directory); when none runs, copies the store itself. Writes
 *       FILE whole or not at all.
 *   <li>{@code restore FILE}: puts the backup into the data directory, which must be empty or absent; start the bot
 *       afterwards.
 * </ul>
 */
public final class BackupCommandLine {

    private final Path dataDir;
    private final PrintStream out;
    private final PrintStream err;

    public BackupCommandLine(Path dataDir, PrintStream out, PrintStream err) {
        this.dataDir = dataDir;
        this.out = out;
        this.err = err;
    }

    /** The data directory as the bot would choose it. */
    public static Path defaultDataDir() {
        String configured = System.getenv("REGIOTAFEL_STORAGE_DATA_DIR");
        return Path.of(configured == null || configured.isBlank() ? "./data" : configured);
    }

    /** Runs {@code backup FILE} or {@code restore FILE}; returns the process exit code. */
    public int run(String command, List<String> arguments) {
        if (arguments.size() != 1) {
            err.println("Usage: java -jar regiotafel.jar " + command + " FILE");
            return 2;
        }
        Path file = Path.of(arguments.get(0));
        try {
            return switch (command) {
                case "backup" -> backup(file);
                case "restore" -> restore(file);
                default -> throw new AssertionError("Not a backup command: " + command);
            };
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println(command + " failed: " + e.getMessage());
            return 1;
        }
    }

    int backup(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Path access = dataDir.resolve(BackupAccess.FILE);
        String how;
        try (OutputStream copy = Files.newOutputStream(partial)) {
            if (Files.isRegularFile(access)) {
                fromRunningBot(access, copy);
                how = "from the running bot";
            } else {
                EmbeddedBackup.writeOffline(dataDir.resolve(EmbeddedMongo.FILE_NAME), copy);
                how = "from the store file (no bot running)";
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println(
                "Backup of " + dataDir + " written to " + target + " (" + Files.size(target) + " bytes, " + how + ")");
        return 0;
    }

    private static void fromRunningBot(Path access, OutputStream copy) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(access)) {
            properties.load(in);
        }
        String url = properties.getProperty("url") + "?token="
                + URLEncoder.encode(properties.getProperty("token", ""), StandardCharsets.UTF_8);
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(120_000);
        int status;
        try {
            status = connection.getResponseCode();
        } catch (IOException e) {
            throw new IllegalStateException("The bot that left " + access + " does not answer (" + e.getMessage()
                    + "). If it is no longer running, delete that file and try again.");
        }
        if (status != 200) {
            throw new IllegalStateException("The running bot refused the backup (HTTP " + status + ")");
        }
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(copy);
        }
    }

    int restore(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No backup file at " + file);
        }
        List<String> maps;
        try (InputStream in = Files.newInputStream(file)) {
            maps = EmbeddedBackup.restore(in, dataDir);
        }
        out.println("Restored " + file + " into " + dataDir.toAbsolutePath() + " (" + maps.size()
                + " collections and indexes). Start the bot to use it.");
        return 0;
    }
}
