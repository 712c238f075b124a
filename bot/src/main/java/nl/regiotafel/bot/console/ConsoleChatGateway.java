package nl.regiotafel.bot.console;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.regiotafel.commands.chat.ChatGateway;
import nl.regiotafel.commands.chat.OutboundMessage;

/**
 * The console's chat: messages the bot posts on its own are kept until the console prints them, between replies,
 * prefixed with the channel they would go to.
 */
public final class ConsoleChatGateway implements ChatGateway {

    /**
     * A message and when it was posted, so it reads as it did then ("in 2 days").
     *
     * @param message what was posted
     * @param at when, on the bot's clock
     */
    public record Posted(OutboundMessage message, java.time.Instant at) {}

    private final List<Posted> pending = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final java.time.Clock clock;

    public ConsoleChatGateway(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Delivery send(OutboundMessage message) {
        pending.add(new Posted(message, clock.instant()));
        return Delivery.posted("console-" + ids.incrementAndGet());
    }

    /** The messages posted since the last call, in order. */
    public synchronized List<Posted> drain() {
        List<Posted> out = List.copyOf(pending);
        pending.clear();
        return out;
    }
}
