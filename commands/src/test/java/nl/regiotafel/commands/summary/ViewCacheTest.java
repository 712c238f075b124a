package nl.regiotafel.commands.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ViewCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private byte[] get(ViewCache cache, String key, int size) {
        return cache.get(
                key,
                () -> {
                    computed.incrementAndGet();
                    return new byte[size];
                },
                b -> b.length);
    }

    @Test
    void aKeptValueIsComputedOnce() {
        ViewCache cache = new ViewCache(1_000);
        byte[] first = get(cache, "a", 100);
        assertThat(get(cache, "a", 100)).isSameAs(first);
        assertThat(computed).hasValue(1);
        assertThat(cache.hitsAndMisses()).containsExactly(1, 1);
    }

    @Test
    void theLeastRecentlyUsedGoOutWhenTheWeightIsExceeded() {
        ViewCache cache = new ViewCache(1_000);
        get(cache, "a", 400);
        get(cache, "b", 400);
        get(cache, "a", 400); // a is now the most recently used
        get(cache, "c", 400); // 1,200 > 1,000: b goes

        assertThat(cache.weight()).isEqualTo(800);
        assertThat(cache.size()).isEqualTo(2);
        computed.set(0);
        get(cache, "a", 400);
        get(cache, "c", 400);
        assertThat(computed).as("a and c still kept").hasValue(0);
        get(cache, "b", 400);
        assertThat(computed).as("b was dropped").hasValue(1);
    }

    @Test
    void aValueHeavierThanTheCacheIsReturnedButNotKept() {
        ViewCache cache = new ViewCache(1_000);
        get(cache, "small", 10);
        assertThat(get(cache, "big", 2_000)).hasSize(2_000);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.weight()).isEqualTo(10);

        ViewCache none = new ViewCache(0);
        get(none, "a", 1);
        get(none, "a", 1);
        assertThat(none.size()).isZero();
        assertThat(computed).hasValue(4);
    }

    @Test
    void aThreadMissingAKeyAnotherThreadIsComputingWaitsForThatValue() throws Exception {
        ViewCache cache = new ViewCache(1_000);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // GIVEN a background thread computing "a" slowly
        java.util.concurrent.FutureTask<byte[]> background = new java.util.concurrent.FutureTask<>(() -> cache.get(
                "a",
                () -> {
                    computed.incrementAndGet();
                    started.countDown();
                    await(release);
                    return new byte[10];
                },
                b -> b.length));
        new Thread(background).start();
        assertThat(started.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        // WHEN this thread asks for "a" meanwhile
        java.util.concurrent.FutureTask<byte[]> user = new java.util.concurrent.FutureTask<>(() -> get(cache, "a", 10));
        new Thread(user).start();
        awaitJoined(cache);
        release.countDown();

        // THEN both have the one value, computed once
        byte[] value = background.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(user.get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(value);
        assertThat(computed).hasValue(1);
    }

    @Test
    void whenTheOtherThreadsComputationFailsTheWaiterComputesItself() throws Exception {
        ViewCache cache = new ViewCache(1_000);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.FutureTask<byte[]> failing = new java.util.concurrent.FutureTask<>(() -> cache.get(
                "a",
                () -> {
                    started.countDown();
                    await(release);
                    throw new IllegalStateException("store timed out");
                },
                (byte[] b) -> b.length));
        new Thread(failing).start();
        assertThat(started.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        java.util.concurrent.FutureTask<byte[]> user = new java.util.concurrent.FutureTask<>(() -> get(cache, "a", 10));
        new Thread(user).start();
        awaitJoined(cache);
        release.countDown();

        assertThat(user.get(5, java.util.concurrent.TimeUnit.SECONDS)).hasSize(10);
        assertThat(computed).hasValue(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> failing.get(5, java.util.concurrent.TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(get(cache, "a", 10)).isNotNull();
        assertThat(computed).as("kept after the waiter computed it").hasValue(1);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until the second thread has found the key being computed and waits for it (a join counts as a hit). */
    private static void awaitJoined(ViewCache cache) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (cache.hitsAndMisses()[0] < 1) {
            assertThat(System.nanoTime())
                    .as("the second thread never waited for the first")
                    .isLessThan(deadline);
            Thread.sleep(5);
        }
        assertThat(cache.hitsAndMisses()[1])
                .as("misses: only the first thread computes")
                .isEqualTo(1);
    }
}
