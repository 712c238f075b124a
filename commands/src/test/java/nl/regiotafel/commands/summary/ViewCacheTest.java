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
}
