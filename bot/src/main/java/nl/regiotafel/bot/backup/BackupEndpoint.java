package nl.regiotafel.bot.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import nl.regiotafel.storage.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * {@code GET /actuator/backup?token=…} on the management port: a consistent copy of the embedded store, taken while
 * the bot runs. The token is in the data directory ({@link BackupAccess}), so only someone who can read the data
 * can take it, even when the management port is reachable from other hosts. {@code java -jar regiotafel.jar backup}
 * calls this.
 */
@Endpoint(id = "backup")
final class BackupEndpoint {

    private static final Logger log = LoggerFactory.getLogger(BackupEndpoint.class);

    private final EmbeddedMongo store;
    private final BackupAccess access;

    BackupEndpoint(EmbeddedMongo store, BackupAccess access) {
        this.store = store;
        this.access = access;
    }

    @ReadOperation(produces = "application/zip")
    WebEndpointResponse<Resource> backup(String token) throws IOException {
        if (!MessageDigest.isEqual(
                access.token().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Backup refused: wrong token");
            return new WebEndpointResponse<>(403);
        }
        Path copy = Files.createTempFile("regiotafel-backup-", ".zip");
        try (OutputStream out = Files.newOutputStream(copy)) {
            store.backup(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        log.info("Backup of the embedded store taken ({} bytes)", Files.size(copy));
        return new WebEndpointResponse<>(new DeletedAfterReading(copy));
    }

    /** The temporary copy, removed once it has been streamed. */
    private static final class DeletedAfterReading extends FileSystemResource {

        DeletedAfterReading(Path file) {
            super(file);
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        Files.deleteIfExists(getFile().toPath());
                    }
                }
            };
        }

        @Override
        public boolean isFile() {
            // Not a file to hand to the server as is: it must be read through the stream that deletes it
            return false;
        }
    }
}
