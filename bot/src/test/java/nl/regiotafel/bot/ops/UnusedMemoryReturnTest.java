package nl.regiotafel.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The JVM is told to give unused heap back, unless the operator set the flags or turned it off. */
class UnusedMemoryReturnTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void everyFlagEndsAtItsValueOrAsTheOperatorSetIt() {
        // GIVEN this JVM, whose flags the bot's own start-up in another test may have set already
        // WHEN the flags still at their defaults are set
        Map<String, String> set = UnusedMemoryReturn.apply();

        // THEN each flag has the bot's value, or was set on the command line and kept; none is left at its default
        UnusedMemoryReturn.FLAGS.forEach((flag, value) -> {
            VMOption option = vm.getVMOption(flag);
            assertThat(option.getOrigin()).as(flag).isNotEqualTo(VMOption.Origin.DEFAULT);
            if (option.getOrigin() != VMOption.Origin.VM_CREATION) {
                assertThat(option.getValue()).as(flag).isEqualTo(value);
            }
        });
        // AND a second time nothing is set again
        assertThat(UnusedMemoryReturn.apply()).isEmpty();
        assertThat(set.keySet()).isSubsetOf(UnusedMemoryReturn.FLAGS.keySet());
    }

    @Test
    void theOperatorCanTurnItOff() {
        StandardEnvironment environment = new StandardEnvironment();
        assertThat(UnusedMemoryReturn.wanted(environment)).isTrue();

        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("env", Map.of("regiotafel.memory.return-unused", "false")));

        assertThat(UnusedMemoryReturn.wanted(environment)).isFalse();
    }
}
