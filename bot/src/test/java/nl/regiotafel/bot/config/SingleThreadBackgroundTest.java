package nl.regiotafel.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work off the command's thread: one piece waiting per key, one failure never stops the rest. */
class SingleThreadBackgroundTest {

    @Test
    void workWaitingUnderAKeyIsNotQueuedAgainAndAFailureDoesNotStopTheThread() throws Exception {
        try (SingleThreadBackground background = new SingleThreadBackground()) {
            List<String> done = new CopyOnWriteArrayList<>();
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            // GIVEN the thread busy with one piece of work
            background.submit("busy", () -> {
                started.countDown();
                await(release);
                done.add("busy");
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            // WHEN one network's work is asked for three times while it waits, and another network's fails
            background.submit("summary:a", () -> done.add("a"));
            background.submit("summary:a", () -> done.add("a again"));
            background.submit("summary:b", () -> {
                throw new IllegalStateException("broken network");
            });
            background.submit("summary:a", () -> done.add("a once more"));
            background.submit("summary:c", () -> done.add("c"));
            release.countDown();
            CountDownLatch end = new CountDownLatch(1);
            background.submit("end", end::countDown);
            assertThat(end.await(5, TimeUnit.SECONDS)).isTrue();

            // THEN a's work ran once, c's after b's failure, off the caller's thread
            assertThat(done).containsExactly("busy", "a", "c");
        }
    }

    @Test
    void afterClosingNothingRunsAndNothingThrows() {
        SingleThreadBackground background = new SingleThreadBackground();
        background.close();

        background.submit("summary:a", () -> {
            throw new AssertionError("ran after close");
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
