package nl.regiotafel.bot.bench;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import nl.regiotafel.bot.RegiotafelApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The whole bot on a fresh embedded store, with no console and no scheduler, plus a counter of the commands the
 * MongoDB driver sends: each one is a database round trip.
 */
public final class BenchmarkContext implements AutoCloseable {

    /** Counts every command the driver sends. */
    public static final AtomicLong ROUND_TRIPS = new AtomicLong();

    private final ConfigurableApplicationContext context;

    @Configuration(proxyBeanMethods = false)
    static class RoundTripCounter {
        @Bean
        MongoClientSettingsBuilderCustomizer countRoundTrips() {
            return builder -> builder.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    ROUND_TRIPS.incrementAndGet();
                }
            });
        }
    }

    public BenchmarkContext() throws Exception {
        Path data = Files.createTempDirectory("regiotafel-bench");
        SpringApplication app = new SpringApplication(RegiotafelApplication.class, RoundTripCounter.class);
        context = app.run(
                "--regiotafel.console.enabled=false",
                "--regiotafel.scheduler.enabled=false",
                "--regiotafel.storage.data-dir=" + data,
                "--logging.level.nl.regiotafel=WARN");
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A bean by name: the MongoDB adapters ({@code mongoProjectStore}, …) behind the read model. */
    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** Median and 99th percentile of nanosecond samples, in milliseconds. */
    public static double[] medianAndP99(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        return new double[] {median, p99};
    }

    @Override
    public void close() {
        context.close();
    }
}
