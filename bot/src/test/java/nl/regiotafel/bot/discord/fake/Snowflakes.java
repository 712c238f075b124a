package nl.regiotafel.bot.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since the Discord epoch in the top 42 bits. They must be current, because JDA and Discord
 * read an interaction's age from its id and treat one older than a few seconds as expired.
 */
public final class Snowflakes {

    /** 2015-01-01T00:00:00Z, where Discord's clock starts. */
    public static final long DISCORD_EPOCH = 1_420_070_400_000L;

    private static final AtomicLong LAST = new AtomicLong();

    private Snowflakes() {}

    /** A fresh id for now, unique within this JVM even when many are made in one millisecond. */
    public static String next() {
        long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toUnsignedString(LAST.updateAndGet(last -> Math.max(last + 1, now)));
    }

    /** When an id was made, in epoch milliseconds. */
    public static long millis(String id) {
        return (Long.parseUnsignedLong(id) >>> 22) + DISCORD_EPOCH;
    }
}
