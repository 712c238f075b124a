package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class ThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final Throttle throttle = new Throttle(now::get);

    @Test
    void throttlesAFloodFromOneUserAndLeavesOthersAlone() {
        // GIVEN 50 commands from one user within 10 seconds
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            now.addAndGet(200_000_000L);
            if (throttle.allow("g1", "flooder")) {
                allowed++;
            }
        }

        // THEN only the first 30 pass, while another user is not affected at all
        assertThat(allowed).isEqualTo(Throttle.LIMIT);
        assertThat(throttle.allow("g1", "someone-else")).isTrue();
        assertThat(throttle.allow("g2", "flooder")).isTrue();
    }

    @Test
    void letsTheUserGoOnOnceTheWindowHasPassed() {
        for (int i = 0; i < Throttle.LIMIT; i++) {
            throttle.allow("g1", "u1");
        }
        assertThat(throttle.allow("g1", "u1")).isFalse();

        now.addAndGet(Throttle.WINDOW_NANOS + 1);

        assertThat(throttle.allow("g1", "u1")).isTrue();
    }
}
