package nl.regiotafel.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.regiotafel.bot.RegiotafelApplication;
import nl.regiotafel.storage.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process on a data directory in use stops at once with one line, not a failed start-up's trace. */
final class DataDirectoryLockTest {

    @TempDir
    Path data;

    @Test
    void aSecondProcessOnTheSameDataDirectoryExitsWithOneClearLine() throws Exception {
        // GIVEN this process holds the embedded store of a data directory
        try (EmbeddedMongo first = new EmbeddedMongo(data.resolve("regiotafel.mv"))) {
            // WHEN a second Regiotafel starts on it
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            RegiotafelApplication.class.getName())
                    .directory(data.toFile())
                    .redirectOutput(data.resolve("out.log").toFile())
                    .redirectError(data.resolve("err.log").toFile());
            Map<String, String> env = builder.environment();
            env.remove("DISCORD_TOKEN");
            env.remove("SPRING_DATA_MONGODB_URI");
            env.remove("SPRING_MONGODB_URI");
            env.put("REGIOTAFEL_STORAGE_DATA_DIR", data.toString());
            Process second = builder.start();
            second.getOutputStream().close();

            // THEN it exits with 1 and says why in one line
            assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String err = Files.readString(data.resolve("err.log"), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).as(err).isEqualTo(1);
            assertThat(err.lines().filter(l -> !l.isBlank()).toList())
                    .as(err)
                    .containsExactly("Regiotafel cannot start: the data directory " + data.toAbsolutePath()
                            + " is in use by another Regiotafel process. Stop that process, or set"
                            + " REGIOTAFEL_STORAGE_DATA_DIR to another directory or SPRING_DATA_MONGODB_URI to a"
                            + " MongoDB.");
        }
    }

    @Test
    void findsNothingInUseWithoutAFileOrWithAMongoUri() {
        assertThat(DataDirectoryLock.inUse(new String[0], Map.of("REGIOTAFEL_STORAGE_DATA_DIR", data.toString())))
                .isEmpty();
        assertThat(DataDirectoryLock.inUse(
                        new String[] {"--spring.data.mongodb.uri=mongodb://db/regiotafel"},
                        Map.of("REGIOTAFEL_STORAGE_DATA_DIR", data.toString())))
                .isEmpty();
    }
}
