package nl.regiotafel.bot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work off the command's thread: once per burst of a key, never starved, one failure never stops the rest. */
class SingleThreadBackgroundTest {

    @Test
    void aBurstUnderOneKeyRunsOnlyItsLastWorkAndAFailureDoesNotStopTheThread() throws Exception {
        try (SingleThreadBackground background = new SingleThreadBackground(Duration.ZERO, Duration.ofSeconds(5))) {
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

            // THEN a's latest work ran once, and c's after b's failure
            assertThat(done).containsExactly("busy", "a once more", "c");
        }
    }

    @Test
    void workStartsOnceItsKeyHasBeenQuietAndABurstDoesNotPutItOffForEver() throws Exception {
        try (SingleThreadBackground background =
                new SingleThreadBackground(Duration.ofMillis(150), Duration.ofMillis(400))) {
            AtomicInteger runs = new AtomicInteger();
            // WHEN a network is written to every 50 ms for a second
            long start = System.nanoTime();
            while (System.nanoTime() - start < 1_000_000_000L) {
                background.submit("summary:a", runs::incrementAndGet);
                Thread.sleep(50);
            }
            // THEN its work ran during the burst (put off at most 400 ms at a time), far fewer times than asked
            int during = runs.get();
            assertThat(during).isBetween(1, 6);

            // AND once quiet, the last write's work runs, and then nothing more
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (runs.get() == during && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            int after = runs.get();
            assertThat(after).isBetween(during + 1, during + 2);
            Thread.sleep(500);
            assertThat(runs.get()).isEqualTo(after);
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
