package nl.regiotafel.bot.ops;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Lets the JVM give heap it no longer uses back to the system. With its defaults HotSpot keeps up to 70 % of the heap
 * free after a collection and G1 never collects an idle process, so a bot that once read many networks (or imported a
 * large file) kept that memory committed for good: 460–520 MB resident with 100 networks read, of which 130–180 MB
 * live (docs/benchmarks.md). Set when the environment is ready, before anything large is read, and only for flags the
 * operator left at their defaults (flags on the command line always win):
 *
 * <ul>
 *   <li>{@code MinHeapFreeRatio=10}, {@code MaxHeapFreeRatio=30}: after a collection the heap keeps 10–30 % free;
 *   <li>{@code G1PeriodicGCInterval=120000}: G1 runs a concurrent cycle after two minutes without a collection, which
 *       shrinks the heap to that band when the bot is idle.
 * </ul>
 *
 * {@code REGIOTAFEL_MEMORY_RETURN_UNUSED=false} leaves the JVM's defaults.
 */
public final class UnusedMemoryReturn implements EnvironmentPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(UnusedMemoryReturn.class);

    /** Flag → value, in an order the JVM accepts (the minimum must never exceed the maximum). */
    static final Map<String, String> FLAGS = flags();

    private static final AtomicBoolean DONE = new AtomicBoolean();

    private static Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("MinHeapFreeRatio", "10");
        flags.put("MaxHeapFreeRatio", "30");
        flags.put("G1PeriodicGCInterval", "120000");
        return flags;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (wanted(environment) && DONE.compareAndSet(false, true)) {
            apply();
        }
    }

    static boolean wanted(ConfigurableEnvironment environment) {
        return environment.getProperty("regiotafel.memory.return-unused", Boolean.class, true);
    }

    /** Sets the flags still at their defaults; returns those it set. */
    static Map<String, String> apply() {
        Map<String, String> set = new LinkedHashMap<>();
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            for (Map.Entry<String, String> flag : FLAGS.entrySet()) {
                VMOption option = vm.getVMOption(flag.getKey());
                if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
                    vm.setVMOption(flag.getKey(), flag.getValue());
                    set.put(flag.getKey(), flag.getValue());
                }
            }
        } catch (RuntimeException e) {
            // Another JVM (no HotSpot flags, or not writeable): its defaults stay, the bot runs as before
            log.debug("Could not set the heap's free ratios: {}", e.toString());
        }
        return set;
    }
}
