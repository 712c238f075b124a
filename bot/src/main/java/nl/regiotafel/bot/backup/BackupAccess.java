package nl.regiotafel.bot.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Tells a backup command on this machine how to reach the running bot: once the management server listens, writes
 * {@value #FILE} into the data directory with its URL and a fresh random token, readable by the owner only, and
 * removes it on shutdown.
 */
final class BackupAccess implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {

    static final String FILE = "backup-access.properties";

    private final Path file;
    private final String address;
    private final String token;

    BackupAccess(Path dataDir, String address) {
        this.file = dataDir.resolve(FILE);
        this.address = address == null || address.isBlank() || address.equals("0.0.0.0") ? "127.0.0.1" : address;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    String token() {
        return token;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty(
                "url", "http://" + address + ":" + event.getWebServer().getPort() + "/actuator/backup");
        properties.setProperty("token", token);
        try {
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(
                        out, "How 'java -jar regiotafel.jar backup' reaches this running bot; removed on exit");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @Override
    public void destroy() throws IOException {
        Files.deleteIfExists(file);
    }
}
